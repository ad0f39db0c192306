import type { TFunction } from 'i18next';
import type { Notification, NotificationKind, NotificationParams } from '../../api_types';

type Param = keyof NotificationParams;

const MEETING_PARAMS: readonly Param[] = ['relationship_id', 'meeting_id', 'program_name', 'other_name', 'start_at'];

/** The parameters each kind carries (api/openapi.yaml NotificationParams; domain/notification.h). */
export const NOTIFICATION_PARAMS: Readonly<Record<NotificationKind, readonly Param[]>> = {
  match_proposed: ['relationship_id', 'program_name', 'other_name', 'other_role'],
  match_matched: ['relationship_id', 'program_name', 'other_name', 'other_role'],
  match_accepted: ['relationship_id', 'program_name', 'other_name'],
  match_confirmed: ['relationship_id', 'program_name', 'other_name'],
  match_declined: ['relationship_id', 'program_name', 'other_name'],
  match_paused: ['relationship_id', 'program_name'],
  match_resumed: ['relationship_id', 'program_name'],
  request_received: ['request_id', 'program_name', 'mentee_name'],
  request_accepted: ['request_id', 'relationship_id', 'program_name', 'mentor_name'],
  request_declined: ['request_id', 'program_name', 'mentor_name', 'reason'],
  request_withdrawn: ['request_id', 'program_name', 'other_name', 'left'],
  relationship_ended: ['relationship_id', 'program_name', 'other_name'],
  enrollment_ended: ['program_id', 'program_name'],
  safeguarding_paused: ['program_id', 'program_name', 'paused', 'requests_withdrawn', 'proposals_withdrawn'],
  agreement_updated: ['relationship_id', 'program_name', 'version'],
  request_matched_elsewhere: ['request_id', 'program_name', 'mentee_name'],
  meeting_proposed: MEETING_PARAMS,
  meeting_suggested: MEETING_PARAMS,
  meeting_accepted: MEETING_PARAMS,
  meeting_declined: MEETING_PARAMS,
  meeting_rescheduled: MEETING_PARAMS,
  meeting_cancelled: MEETING_PARAMS,
  message_flagged: ['program_id', 'program_name', 'relationship_id', 'message_id'],
  safety_report: ['program_id', 'program_name', 'relationship_id', 'report_id', 'report_kind'],
  caseload_assigned: ['relationship_id', 'program_name', 'mentee_name', 'mentor_name'],
  pulse_survey_due: ['survey_id', 'program_name', 'other_name'],
};

const key = (name: string) => `notifications.kinds.${name}`;

/** A count parameter as a number (the server sends decimal strings). */
const count = (value: string | undefined) => Number.parseInt(value ?? '0', 10) || 0;

/**
 * What a notification says, in the reader's language, from its kind and parameters (the server
 * sends no sentence). Notifications stored before kinds had parameters get a generic line for
 * their kind.
 */
export function notificationText(n: Notification, t: TFunction, timeZone?: string): string {
  const text = notificationSentence(n, t, timeZone);
  const complete = NOTIFICATION_PARAMS[n.kind].every((name) => typeof n.params[name] === 'string');
  // A match that has just become active: both sides are told what to do next.
  return complete && BECOMES_ACTIVE.has(n.kind) ? `${text} ${t('nextSteps.notice')}` : text;
}

/** Kinds sent when a match becomes active (a request accepted, a match made or confirmed). */
const BECOMES_ACTIVE: ReadonlySet<NotificationKind> = new Set(['request_accepted', 'match_matched', 'match_confirmed']);

function notificationSentence(n: Notification, t: TFunction, timeZone: string | undefined): string {
  const p = n.params;
  if (!NOTIFICATION_PARAMS[n.kind].every((name) => typeof p[name] === 'string')) {
    return t(`notifications.generic.${n.kind}`);
  }
  const program = p.program_name;
  switch (n.kind) {
    case 'match_proposed':
    case 'match_matched':
      return t(key(`${n.kind}_${p.other_role}`), { name: p.other_name, program });
    case 'match_accepted':
    case 'match_confirmed':
    case 'match_declined':
    case 'relationship_ended':
      return t(key(n.kind), { name: p.other_name, program });
    case 'match_paused':
    case 'match_resumed':
    case 'enrollment_ended':
      return t(key(n.kind), { program });
    case 'request_received':
    case 'request_matched_elsewhere':
      return t(key(n.kind), { name: p.mentee_name, program });
    case 'request_accepted':
      return t(key(n.kind), { name: p.mentor_name, program });
    case 'request_declined':
      return p.reason
        ? t(key('request_declined_reason'), { name: p.mentor_name, program, reason: p.reason })
        : t(key(n.kind), { name: p.mentor_name, program });
    case 'request_withdrawn':
      return t(key(`request_withdrawn_${p.left}`), { name: p.other_name, program });
    case 'safeguarding_paused':
      return t(key(n.kind), {
        program,
        matches: t('notifications.counts.matchesPaused', { count: count(p.paused) }),
        requests: t('notifications.counts.requests', { count: count(p.requests_withdrawn) }),
        proposals: t('notifications.counts.proposals', { count: count(p.proposals_withdrawn) }),
      });
    case 'agreement_updated':
      return t(key(n.kind), { program, version: p.version });
    case 'meeting_proposed':
    case 'meeting_suggested':
    case 'meeting_accepted':
    case 'meeting_declined':
    case 'meeting_rescheduled':
    case 'meeting_cancelled':
      // The start in the reader's language, in `timeZone` (the browser's when not given).
      return t(key(n.kind), {
        name: p.other_name,
        program,
        when: new Date(p.start_at ?? ''),
        formatParams: { when: { dateStyle: 'medium', timeStyle: 'short', timeZone } },
      });
    case 'message_flagged':
      return t(key(n.kind), { program });
    case 'safety_report':
      return t(`${key(n.kind)}_${p.report_kind === 'unsafe' ? 'unsafe' : 'report'}`, { program });
    case 'caseload_assigned':
      return t(key(n.kind), { mentee: p.mentee_name, mentor: p.mentor_name, program });
    case 'pulse_survey_due':
      return t(key(n.kind), { name: p.other_name, program });
  }
}
