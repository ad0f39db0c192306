import { useTranslation } from 'react-i18next';
import type { MatchRoundStatus, MentorRequestStatus, RelationshipStatus } from '../../api_types';

const TONES: Record<string, string> = {
  draft: 'neutral',
  published: 'success',
  discarded: 'neutral',
  pending: 'warning',
  accepted: 'success',
  declined: 'danger',
  withdrawn: 'neutral',
  expired: 'neutral',
  proposed: 'warning',
  active: 'success',
  ended: 'neutral',
  paused: 'danger',
};

/** Status badges for rounds, requests and relationships (text from matchStatus.*). */
export function RoundStatusBadge({ status }: { status: MatchRoundStatus | MentorRequestStatus | RelationshipStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge--${TONES[status] ?? 'neutral'}`}>{t(`matchStatus.${status}`)}</span>;
}
