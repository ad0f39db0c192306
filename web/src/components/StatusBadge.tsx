import { useTranslation } from 'react-i18next';
import type { EnrollmentStatus, InvitationStatus, ProgramStatus } from '../api_types';

type AnyStatus = EnrollmentStatus | InvitationStatus | ProgramStatus;

const TONES: Record<AnyStatus, string> = {
  pending: 'warning',
  active: 'success',
  declined: 'danger',
  withdrawn: 'neutral',
  ended: 'neutral',
  accepted: 'success',
  revoked: 'neutral',
  expired: 'neutral',
  draft: 'neutral',
  open: 'success',
  closed: 'danger',
};

export function StatusBadge({ status }: { status: AnyStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge--${TONES[status] ?? 'neutral'}`}>{t(`status.${status}`)}</span>;
}
