import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { getMyProfile, listMeetings, proposeMeeting, type Meeting } from '../../api';
import type { Relationship } from '../../api_types';
import { useCurrentUser } from '../../auth/session';
import { ListFooter } from '../../components/ListFooter';
import { queryKeys } from '../../lib/query_keys';
import { usePagedList } from '../../lib/use_paged_list';
import { PROFILE_KEY } from '../profile/profile_query';
import { MeetingForm } from './MeetingForm';
import { MeetingItem } from './MeetingItem';
import { viewerZone } from './meeting_time';

/** Whether a meeting is still to come (proposed or accepted, not yet over). */
export function isUpcoming(m: Meeting, now: number): boolean {
  const end = Date.parse(m.start_at) + m.duration_minutes * 60_000;
  return (m.status === 'proposed' || m.status === 'accepted') && end >= now;
}

/**
 * A relationship's meetings in its workspace: what is coming (earliest first) and what is past,
 * with the pair's actions on each, times in the viewer's profile time zone, and for the pair a
 * form to propose one. The coordinator sees the schedule only.
 */
export function RelationshipMeetingsPanel({ relationship: r }: { relationship: Relationship }) {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const client = useQueryClient();
  const key = queryKeys.meetings(r.organisation_id, r.id);
  const list = usePagedList({ queryKey: key, load: (page) => listMeetings(r.organisation_id, r.id, page) });
  const profile = useQuery({ queryKey: PROFILE_KEY, queryFn: getMyProfile, retry: false });
  const zone = viewerZone(profile.data?.time_zone);
  const [proposing, setProposing] = useState(false);
  const refresh = () => {
    void client.invalidateQueries({ queryKey: key });
    void client.invalidateQueries({ queryKey: queryKeys.notifications() });
  };
  const propose = useMutation({
    mutationFn: (input: Parameters<typeof proposeMeeting>[2]) => proposeMeeting(r.organisation_id, r.id, input),
    onSuccess: () => {
      setProposing(false);
      refresh();
    },
  });
  const isParty = user.id === r.mentee_id || user.id === r.mentor_id;
  const otherName = user.id === r.mentor_id ? r.mentee_name : r.mentor_name;
  const now = Date.now();
  const upcoming = list.items.filter((m) => isUpcoming(m, now)).reverse();
  const past = list.items.filter((m) => !isUpcoming(m, now));
  const item = (m: Meeting) => (
    <MeetingItem key={m.id} relationship={r} meeting={m} zone={zone} otherName={otherName} onChanged={refresh} />
  );
  return (
    <section className="meetings-panel" aria-label={t('meetings.panelLabel')}>
      <h3 className="subsection-title">{t('meetings.panelLabel')}</h3>
      <p className="muted">{t('meetings.timesIn', { zone })}</p>
      {isParty && r.status === 'active' && !proposing && (
        <Button className="button button--secondary button--small" onPress={() => setProposing(true)}>
          {t('meetings.propose')}
        </Button>
      )}
      {proposing && (
        <MeetingForm
          zone={zone}
          label={t('meetings.proposeFormLabel', { name: otherName })}
          submitLabel={t('meetings.sendProposal')}
          isPending={propose.isPending}
          error={propose.error}
          onSubmit={(input) => propose.mutate(input)}
          onCancel={() => setProposing(false)}
        />
      )}
      <h4 className="meetings-panel__heading">{t('meetings.upcoming')}</h4>
      {upcoming.length === 0 ? (
        <p className="muted">{list.isPending ? t('common.loading') : t('meetings.noneUpcoming')}</p>
      ) : (
        <ul className="plain-list meetings-list" aria-label={t('meetings.upcoming')}>
          {upcoming.map(item)}
        </ul>
      )}
      <h4 className="meetings-panel__heading">{t('meetings.past')}</h4>
      {past.length === 0 ? (
        <p className="muted">{list.isPending ? t('common.loading') : t('meetings.nonePast')}</p>
      ) : (
        <ul className="plain-list meetings-list" aria-label={t('meetings.past')}>
          {past.map(item)}
        </ul>
      )}
      <ListFooter list={list} />
    </section>
  );
}
