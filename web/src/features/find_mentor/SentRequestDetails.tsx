import { useTranslation } from 'react-i18next';
import type { MentorRequest } from '../../api_types';
import { formatDay } from '../../lib/format';

/** A sent request's dates (and program, where the list spans programs), message, and why it was declined or withdrawn. */
export function SentRequestDetails({ request: r, showProgram = false }: { request: MentorRequest; showProgram?: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <span className="muted">
        {showProgram && `${r.program_name} · `}
        {t('findMentor.sentOn', { date: formatDay(r.created_at, i18n.language) })}
        {r.status === 'pending' && ` · ${t('findMentor.expiresOn', { date: formatDay(r.expires_at, i18n.language) })}`}
      </span>
      {r.message && <q className="cell-quote">{r.message}</q>}
      {r.status === 'declined' && r.decline_reason && (
        <p>
          <strong>{t('findMentor.declineReason')}</strong> {r.decline_reason}
        </p>
      )}
      {r.status === 'withdrawn' && r.withdraw_reason === 'matched_elsewhere' && (
        <p className="muted">{t('findMentor.withdrawnMatched')}</p>
      )}
    </>
  );
}
