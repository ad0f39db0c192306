import type { ReactNode } from 'react';
import { useFieldIds } from './use_field_ids';

/** Number and date inputs, kept native for the phone keyboards and pickers. */
export function NativeInputField({
  label,
  value,
  onChange,
  type,
  error,
  description,
  isRequired,
  min,
  max,
  className,
  name,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  type: 'number' | 'date';
  error?: string;
  description?: ReactNode;
  isRequired?: boolean;
  min?: number | string;
  max?: number | string;
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
      <input
        id={ids.inputId}
        name={name}
        className="input"
        type={type}
        inputMode={type === 'number' ? 'numeric' : undefined}
        value={value}
        min={min}
        max={max}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-required={isRequired || undefined}
        aria-describedby={ids.describedBy}
      />
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
