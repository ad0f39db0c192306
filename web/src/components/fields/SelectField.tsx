import type { ReactNode } from 'react';
import { useFieldIds } from './use_field_ids';

export interface SelectOption {
  value: string;
  label: string;
}

/** A native select (best on phones and for long lists) with the same label/error pattern. */
export function SelectField({
  label,
  value,
  onChange,
  options,
  error,
  description,
  isRequired,
  className,
  name,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly SelectOption[];
  error?: string;
  description?: ReactNode;
  isRequired?: boolean;
  className?: string;
  name?: string;
}) {
  const ids = useFieldIds(Boolean(description), Boolean(error));
  return (
    <div className={`field ${className ?? ''}`}>
      <label className="field__label" htmlFor={ids.inputId}>
        {label}
        {isRequired && (
          <span className="field__required" aria-hidden="true">
            {' '}
            *
          </span>
        )}
      </label>
      <div className="select-wrap">
        <select
        id={ids.inputId}
        name={name}
        className="input select"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-required={isRequired || undefined}
        aria-describedby={ids.describedBy}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
        </select>
      </div>
      {description && (
        <p id={ids.descriptionId} className="field__description">
          {description}
        </p>
      )}
      {error && (
        <p id={ids.errorId} className="field__error">
          {error}
        </p>
      )}
    </div>
  );
}
