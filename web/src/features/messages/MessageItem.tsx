import { useTranslation } from 'react-i18next';
import type { Message } from '../../api';
import type { Relationship } from '../../api_types';
import { formatDateTime } from '../../lib/format';
import { ReportDialog } from './ReportDialog';

/** One message: its author, time and body as plain text (never HTML); others' can be reported. */
export function MessageItem({
  relationship: r,
  message: m,
  canReport,
}: {
  relationship: Relationship;
  message: Message;
  canReport: boolean;
}) {
  const { t, i18n } = useTranslation();
  const author = m.mine ? t('messages.you') : m.author_side === 'mentor' ? r.mentor_name : r.mentee_name;
  return (
    <li className={`message ${m.mine ? 'message--mine' : ''}`} data-message-id={m.id}>
      <div className="message__meta">
        <span className="message__author">{author}</span>{' '}
        <time className="muted" dateTime={m.created_at}>
          {formatDateTime(m.created_at, i18n.language)}
        </time>
      </div>
      <p className="message__body">{m.body}</p>
      {m.flag && (
        <p className="message__flag">
          {t(`messages.flag.${m.flag.status}`)}: {m.flag.reasons.map((x) => t(`messages.flagReasons.${x}`)).join(', ')}
        </p>
      )}
      {canReport && !m.mine && <ReportDialog relationship={r} message={m} />}
    </li>
  );
}
