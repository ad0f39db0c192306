import type { ReactNode } from 'react';
import { useFieldIds } from './use_field_ids';
import type { Person } from '../use_program_people';

/** A native multiple select (keyboard and screen-reader friendly everywhere) over people. */
export function MultiSelectField({
  label,
  people,
  value,
  onChange,
  description,
}: {
  label: string;
  people: readonly Person[];
  value: string[];
  onChange: (ids: string[]) => void;
  description?: ReactNode;
}) {
  const ids = useFieldIds(Boolean(description), false);
  return (
    <div className="field">
      <label className="field__label" htmlFor={ids.inputId}>
        {label}
      </label>
      <select
        id={ids.inputId}
        multiple
        size={6}
        className="input select-multiple"
        value={value}
        aria-describedby={ids.describedBy}
        onChange={(e) => onChange([...e.target.selectedOptions].map((o) => o.value))}
      >
        {people.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
      {description && (
        <p id={ids.descriptionId} className="field__description">
          {description}
        </p>
      )}
    </div>
  );
}
