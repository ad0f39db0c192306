import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  answerMeeting,
  cancelMeeting,
  logMeetingHeld,
  meetingIcsUrl,
  rescheduleMeeting,
  type Meeting,
  type MeetingInput,
  type MeetingStatus,
} from '../../api';
import type { Relationship } from '../../api_types';
import { InlineError } from '../../components/ErrorAlert';
import { Badge } from '../../components/StatusBadge';
import { TextInputField } from '../../components/fields/TextInputField';
import type { BadgeTone } from '../../lib/statuses';
import { MeetingForm } from './MeetingForm';
import { PrivateNotePanel } from './PrivateNotePanel';
import { formatMeetingTime } from './meeting_time';

const TONES: Record<MeetingStatus, BadgeTone> = {
  proposed: 'warning',
  accepted: 'success',
  declined: 'danger',
  cancelled: 'neutral',
  held: 'info',
};
const MAX_NOTES = 20000;

type Mode = 'view' | 'reschedule' | 'log';

/** One meeting: when, how, what for, its status and who proposed it, and what the viewer may do. */
export function MeetingItem({
  relationship: r,
  meeting: m,
  zone,
  otherName,
  onChanged,
}: {
  relationship: Relationship;
  meeting: Meeting;
  zone: string;
  otherName: string;
  onChanged: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [mode, setMode] = useState<Mode>('view');
  const [notes, setNotes] = useState(m.shared_notes ?? '');
  const act = useMutation({
    mutationFn: (action: 'accept' | 'decline' | 'cancel') =>
      action === 'cancel'
        ? cancelMeeting(r.organisation_id, r.id, m.id)
        : answerMeeting(r.organisation_id, r.id, m.id, action === 'accept'),
    onSuccess: onChanged,
  });
  const reschedule = useMutation({
    mutationFn: (input: MeetingInput) => rescheduleMeeting(r.organisation_id, r.id, m.id, input),
    onSuccess: () => {
      setMode('view');
      onChanged();
    },
  });
  const log = useMutation({
    mutationFn: () => logMeetingHeld(r.organisation_id, r.id, m.id, notes),
    onSuccess: () => {
      setMode('view');
      onChanged();
    },
  });
  const when = formatMeetingTime(m.start_at, zone, i18n.language);
  const proposer =
    m.proposer === 'system'
      ? t('meetings.suggestedByTandem')
      : m.proposer === m.viewer_side
        ? t('meetings.proposedByYou')
        : m.viewer_side
          ? t('meetings.proposedBy', { name: otherName })
          : t(`meetings.proposedBySide.${m.proposer}`);
  return (
    <li className="meeting" aria-label={t('meetings.meetingLabel', { when })}>
      <div className="meeting__head">
        <strong>{when}</strong> <Badge tone={TONES[m.status]}>{t(`meetings.statuses.${m.status}`)}</Badge>
      </div>
      <p className="muted">
        {t('meetings.minutes', { count: m.duration_minutes })} · {t(`meetings.modes.${m.mode}`)}:{' '}
        {m.mode === 'online' ? (
          <a href={m.location} target="_blank" rel="noreferrer noopener">
            {m.location}
          </a>
        ) : (
          m.location
        )}{' '}
        · {proposer}
      </p>
      {m.agenda && <p className="meeting__agenda">{m.agenda}</p>}
      {m.status === 'held' && m.shared_notes !== null && (
        <div className="meeting__notes">
          <h5 className="meeting__notes-title">{t('meetings.sharedNotes')}</h5>
          <p className="meeting__agenda">{m.shared_notes || t('meetings.noSharedNotes')}</p>
        </div>
      )}
      <div className="meeting-actions">
        {m.can_answer && (
          <>
            <Button className="button button--primary button--small" isDisabled={act.isPending} onPress={() => act.mutate('accept')}>
              {t('meetings.accept')}
            </Button>
            <Button className="button button--danger button--small" isDisabled={act.isPending} onPress={() => act.mutate('decline')}>
              {t('meetings.decline')}
            </Button>
          </>
        )}
        {m.can_change && mode === 'view' && (
          <>
            <Button className="button button--secondary button--small" onPress={() => setMode('reschedule')}>
              {t('meetings.reschedule')}
            </Button>
            <Button className="button button--secondary button--small" isDisabled={act.isPending} onPress={() => act.mutate('cancel')}>
              {t('meetings.cancelMeeting')}
            </Button>
          </>
        )}
        {m.can_log && mode === 'view' && (
          <Button className="button button--secondary button--small" onPress={() => setMode('log')}>
            {m.status === 'held' ? t('meetings.editNotes') : t('meetings.logHeld')}
          </Button>
        )}
        {m.status !== 'declined' && (
          <a className="button button--secondary button--small" href={meetingIcsUrl(r.organisation_id, r.id, m.id)} download="meeting.ics">
            {t('meetings.addToCalendar')}
          </a>
        )}
      </div>
      <InlineError error={act.error} />
      {mode === 'reschedule' && (
        <MeetingForm
          zone={zone}
          meeting={m}
          label={t('meetings.rescheduleFormLabel', { when })}
          submitLabel={t('meetings.sendNewTime')}
          isPending={reschedule.isPending}
          error={reschedule.error}
          onSubmit={(input) => reschedule.mutate(input)}
          onCancel={() => setMode('view')}
        />
      )}
      {mode === 'log' && (
        <form
          className="form"
          aria-label={t('meetings.logFormLabel', { when })}
          onSubmit={(e) => {
            e.preventDefault();
            log.mutate();
          }}
        >
          <TextInputField
            label={t('meetings.sharedNotes')}
            description={t('meetings.sharedNotesHelp', { name: otherName })}
            value={notes}
            onChange={setNotes}
            multiline
            rows={4}
            maxLength={MAX_NOTES}
          />
          <InlineError error={log.error} />
          <div className="meeting-actions">
            <Button type="submit" className="button button--primary button--small" isDisabled={log.isPending}>
              {t('meetings.saveHeld')}
            </Button>
            <Button className="button button--secondary button--small" onPress={() => setMode('view')}>
              {t('common.cancel')}
            </Button>
          </div>
        </form>
      )}
      {m.viewer_side && <PrivateNotePanel relationship={r} meeting={m} />}
    </li>
  );
}
