import type { ReactNode } from 'react';
import { NativeField } from './NativeField';

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
  return (
    <NativeField label={label} error={error} description={description} isRequired={isRequired} className={className}>
      {(control) => (
        <div className="select-wrap">
          <select {...control} name={name} className="input select" value={value} onChange={(e) => onChange(e.target.value)}>
            {options.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        </div>
      )}
    </NativeField>
  );
}
