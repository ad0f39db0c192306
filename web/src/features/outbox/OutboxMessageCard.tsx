import { useTranslation } from 'react-i18next';
import type { OutboxMessage } from '../../api_types';
import { StatusBadge } from '../../components/StatusBadge';
import { formatDateTime } from '../../lib/format';
import { LinkifiedText } from './LinkifiedText';

/** One message: always its delivery details; its text only when the server sent it (development mode). */
export function OutboxMessageCard({ message, delivering }: { message: OutboxMessage; delivering: boolean }) {
  const { t, i18n } = useTranslation();
  const time = (at: string) => formatDateTime(at, i18n.language);
  return (
    <article className="card outbox-message">
      <header className="outbox-message__head">
        <h2 className="outbox-message__subject">{message.subject}</h2>
        <time className="muted" dateTime={message.created_at}>
          {time(message.created_at)}
        </time>
      </header>
      <p className="outbox-message__to">
        <span className="muted">{t('outbox.to')}</span> {message.to}
      </p>
      {delivering && (
        <ul className="outbox-message__delivery" data-testid="outbox-delivery">
          <li>
            <span className="muted">{t('outbox.status')}</span> <StatusBadge kind="delivery" status={message.status} />
          </li>
          <li>{t('outbox.attempts', { count: message.attempts })}</li>
          {message.next_attempt_at && <li>{t('outbox.nextAttempt', { time: time(message.next_attempt_at) })}</li>}
          {message.sent_at && <li>{t('outbox.sentAt', { time: time(message.sent_at) })}</li>}
          {message.last_error && <li>{t('outbox.lastError', { error: message.last_error })}</li>}
        </ul>
      )}
      {message.body !== undefined && (
        <div className="outbox-message__body">
          <LinkifiedText text={message.body} />
        </div>
      )}
    </article>
  );
}
