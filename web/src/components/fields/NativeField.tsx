import type { ReactNode } from 'react';
import { useFieldIds } from './use_field_ids';

/** The star after a required field's label (the control itself says "required" to screen readers). */
export function RequiredMark() {
  return (
    <span className="field__required" aria-hidden="true">
      {' '}
      *
    </span>
  );
}

/** What a native control inside NativeField takes to be labelled, described and marked invalid. */
export interface NativeControlProps {
  id: string;
  'aria-invalid': true | undefined;
  'aria-required': true | undefined;
  'aria-describedby': string | undefined;
}

/**
 * The frame of a native control (input, select): its label, the control, its description and its
 * error, joined by ids so the control is read with all of them.
 */
export function NativeField({
  label,
  error,
  description,
  isRequired,
  className,
  children,
}: {
  label: string;
  error?: string;
  description?: ReactNode;
  isRequired?: boolean;
  className?: string;
  children: (control: NativeControlProps) => ReactNode;
}) {
  const ids = useFieldIds(Boolean(description), Boolean(error));
  return (
    <div className={`field ${className ?? ''}`}>
      <label className="field__label" htmlFor={ids.inputId}>
        {label}
        {isRequired && <RequiredMark />}
      </label>
      {children({
        id: ids.inputId,
        'aria-invalid': error ? true : undefined,
        'aria-required': isRequired || undefined,
        'aria-describedby': ids.describedBy,
      })}
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
