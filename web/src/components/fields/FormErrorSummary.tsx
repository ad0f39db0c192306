import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Shown after a failed submit: focusable, announced, one line per problem. Focus moves here when
 * the problems change or `attempt` (a submit counter) does, not on every re-render.
 */
export function FormErrorSummary({
  messages,
  title,
  attempt = 0,
}: {
  messages: readonly string[];
  title?: string;
  attempt?: number;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const signature = messages.join('\n');
  useEffect(() => {
    if (signature) ref.current?.focus();
  }, [signature, attempt]);
  if (messages.length === 0) return null;
  return (
    <div className="alert alert--error" role="alert" tabIndex={-1} ref={ref}>
      <p className="alert__title">{title ?? t('forms.fixErrors')}</p>
      <ul className="alert__list">
        {messages.map((m, i) => (
          <li key={i}>{m}</li>
        ))}
      </ul>
    </div>
  );
}
