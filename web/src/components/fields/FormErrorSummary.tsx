import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** Shown after a failed submit: focusable, announced, one line per problem. */
export function FormErrorSummary({ messages, title }: { messages: readonly string[]; title?: string }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const count = messages.length;
  useEffect(() => {
    if (count > 0) ref.current?.focus();
  }, [count, messages]);
  if (count === 0) return null;
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
