import type { TFunction } from 'i18next';
import type { HealthReason, HealthStatus } from '../../api';

/** The badge tone of each health status. */
export const HEALTH_TONE: Readonly<Record<HealthStatus, 'success' | 'warning' | 'danger'>> = {
  on_track: 'success',
  needs_checkin: 'warning',
  at_risk: 'danger',
};

const num = (v: unknown) => (typeof v === 'number' ? v : Number(v ?? 0));

/**
 * One health reason in the reader's language (docs/relationship_health.md lists the ids and
 * their params). An id this app does not know yet is shown by a generic line, never dropped.
 */
export function healthReasonText(t: TFunction, r: HealthReason): string {
  const p = r.params;
  const key = `caseload.reasons.${r.id}`;
  switch (r.id) {
    case 'no_meeting_for':
    case 'no_meeting_yet':
    case 'checkin_due':
    case 'no_checkin_yet':
    case 'met_recently':
      return t(key, { count: num(p.days), cadence: num(p.cadence) });
    case 'quiet_messages':
    case 'no_messages':
    case 'just_started':
      return t(key, { count: num(p.days) });
    case 'milestones_overdue':
    case 'follow_ups_overdue':
      return t(key, { count: num(p.count) });
    case 'pulse_low':
    case 'pulse_mixed':
      return t(key, { score: num(p.score) });
    case 'paused':
    case 'pulse_not_met':
      return t(key);
    default:
      return t('caseload.reasons.unknown', { id: r.id });
  }
}
