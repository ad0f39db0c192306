import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Meeting, MeetingInput, MeetingMode } from '../../api';
import { InlineError } from '../../components/ErrorAlert';
import { NativeInputField } from '../../components/fields/NativeInputField';
import { SelectField } from '../../components/fields/SelectField';
import { TextInputField } from '../../components/fields/TextInputField';
import { utcToZoned, zonedToUtc } from './meeting_time';

const MODES: readonly MeetingMode[] = ['online', 'in_person'];
export const MIN_MINUTES = 5;
export const MAX_MINUTES = 480;
const MAX_LOCATION = 500;
const MAX_AGENDA = 4000;

interface Draft {
  when: string; // "YYYY-MM-DDTHH:MM" in the viewer's zone
  duration: string;
  mode: MeetingMode;
  location: string;
  agenda: string;
}

function draftOf(m: Meeting | undefined, zone: string): Draft {
  if (!m) return { when: '', duration: '60', mode: 'online', location: '', agenda: '' };
  return {
    when: utcToZoned(m.start_at, zone),
    duration: String(m.duration_minutes),
    mode: m.mode,
    location: m.location,
    agenda: m.agenda,
  };
}

type Errors = Partial<Record<keyof Draft, string>>;

/** What the form would send, or the fields it refuses (i18n keys). */
export function meetingInputOf(d: Draft, zone: string): { input?: MeetingInput; errors: Errors } {
  const errors: Errors = {};
  const start = zonedToUtc(d.when, zone);
  if (!start) errors.when = 'meetings.errors.when';
  const minutes = Number(d.duration);
  if (!Number.isInteger(minutes) || minutes < MIN_MINUTES || minutes > MAX_MINUTES) errors.duration = 'meetings.errors.duration';
  const location = d.location.trim();
  if (d.mode === 'online' && !/^https?:\/\/\S+$/.test(location)) errors.location = 'meetings.errors.link';
  if (d.mode === 'in_person' && location === '') errors.location = 'meetings.errors.place';
  if (Object.keys(errors).length > 0 || !start) return { errors };
  return {
    errors,
    input: { start_at: start, duration_minutes: minutes, mode: d.mode, location, agenda: d.agenda, time_zone: zone },
  };
}

/**
 * Propose or reschedule a meeting. Times are read and written in `zone` (the viewer's profile
 * zone) and sent as UTC instants with that zone, which the next proposed meeting keeps.
 */
export function MeetingForm({
  zone,
  meeting,
  label,
  submitLabel,
  isPending,
  error,
  onSubmit,
  onCancel,
}: {
  zone: string;
  meeting?: Meeting;
  label: string;
  submitLabel: string;
  isPending: boolean;
  error: unknown;
  onSubmit: (input: MeetingInput) => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Draft>(() => draftOf(meeting, zone));
  const [errors, setErrors] = useState<Errors>({});
  const update = (change: Partial<Draft>) => setDraft((d) => ({ ...d, ...change }));
  const errorFor = (field: keyof Draft) => (errors[field] ? t(errors[field]) : undefined);
  return (
    <form
      className="form meeting-form"
      aria-label={label}
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        const { input, errors: found } = meetingInputOf(draft, zone);
        setErrors(found);
        if (input) onSubmit(input);
      }}
    >
      <NativeInputField
        label={t('meetings.when')}
        type="datetime-local"
        value={draft.when}
        onChange={(when) => update({ when })}
        description={t('meetings.inZone', { zone })}
        error={errorFor('when')}
        isRequired
      />
      <NativeInputField
        label={t('meetings.duration')}
        type="number"
        min={MIN_MINUTES}
        max={MAX_MINUTES}
        value={draft.duration}
        onChange={(duration) => update({ duration })}
        error={errorFor('duration')}
        isRequired
      />
      <SelectField
        label={t('meetings.mode')}
        value={draft.mode}
        onChange={(v) => update({ mode: v as MeetingMode })}
        options={MODES.map((m) => ({ value: m, label: t(`meetings.modes.${m}`) }))}
      />
      <TextInputField
        label={draft.mode === 'online' ? t('meetings.link') : t('meetings.place')}
        type={draft.mode === 'online' ? 'url' : 'text'}
        value={draft.location}
        onChange={(location) => update({ location })}
        maxLength={MAX_LOCATION}
        error={errorFor('location')}
        isRequired
      />
      <TextInputField
        label={t('meetings.agenda')}
        value={draft.agenda}
        onChange={(agenda) => update({ agenda })}
        multiline
        rows={3}
        maxLength={MAX_AGENDA}
      />
      <InlineError error={error} />
      <div className="meeting-actions">
        <Button type="submit" className="button button--primary button--small" isDisabled={isPending}>
          {submitLabel}
        </Button>
        {onCancel && (
          <Button className="button button--secondary button--small" onPress={onCancel}>
            {t('common.cancel')}
          </Button>
        )}
      </div>
    </form>
  );
}
