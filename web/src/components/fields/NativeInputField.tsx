import type { ReactNode } from 'react';
import { NativeField } from './NativeField';

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
  type: 'number' | 'date' | 'datetime-local';
  error?: string;
  description?: ReactNode;
  isRequired?: boolean;
  min?: number | string;
  max?: number | string;
  className?: string;
  name?: string;
}) {
  return (
    <NativeField label={label} error={error} description={description} isRequired={isRequired} className={className}>
      {(control) => (
        <input
          {...control}
          name={name}
          className="input"
          type={type}
          inputMode={type === 'number' ? 'numeric' : undefined}
          value={value}
          min={min}
          max={max}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </NativeField>
  );
}
