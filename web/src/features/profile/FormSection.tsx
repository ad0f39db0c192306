import { useId, type ReactNode } from 'react';

/** A titled card grouping related fields. */
export function FormSection({
  title,
  description,
  children,
  error,
}: {
  title: string;
  description?: ReactNode;
  children: ReactNode;
  error?: string;
}) {
  const titleId = useId();
  return (
    <section className="card form-section" aria-labelledby={titleId}>
      <h2 id={titleId} className="section-title">
        {title}
      </h2>
      {description && <p className="form-section__description">{description}</p>}
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
      {children}
    </section>
  );
}
