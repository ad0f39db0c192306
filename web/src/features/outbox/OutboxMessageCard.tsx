import { useTranslation } from 'react-i18next';
import type { OutboxMessage } from '../../api_types';
import { formatDateTime } from '../../lib/format';
import { LinkifiedText } from './LinkifiedText';

export function OutboxMessageCard({ message }: { message: OutboxMessage }) {
  const { t, i18n } = useTranslation();
  return (
    <article className="card outbox-message">
      <header className="outbox-message__head">
        <h2 className="outbox-message__subject">{message.subject}</h2>
        <time className="muted" dateTime={message.created_at}>
          {formatDateTime(message.created_at, i18n.language)}
        </time>
      </header>
      <p className="outbox-message__to">
        <span className="muted">{t('outbox.to')}</span> {message.to}
      </p>
      <div className="outbox-message__body">
        <LinkifiedText text={message.body} />
      </div>
    </article>
  );
}
