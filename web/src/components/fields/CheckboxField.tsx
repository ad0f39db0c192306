import type { ReactNode } from 'react';
import { Checkbox } from 'react-aria-components';
import { useFieldIds } from './use_field_ids';

export function CheckIcon() {
  return (
    <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M3.5 8.5l3 3 6-7" fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

/** A react-aria Checkbox with our box styling and an optional description. */
export function CheckboxField({
  label,
  isSelected,
  onChange,
  description,
  value,
  isDisabled,
}: {
  label: ReactNode;
  isSelected?: boolean;
  onChange?: (selected: boolean) => void;
  description?: ReactNode;
  /** Set when used inside a CheckboxGroup. */
  value?: string;
  isDisabled?: boolean;
}) {
  const ids = useFieldIds(Boolean(description), false);
  return (
    <div className="checkbox-field">
      <Checkbox
        className="checkbox"
        isSelected={isSelected}
        onChange={onChange}
        value={value}
        isDisabled={isDisabled}
        aria-describedby={ids.describedBy}
      >
        {({ isSelected: checked }) => (
          <>
            <span className={`checkbox__box ${checked ? 'is-checked' : ''}`} aria-hidden="true">
              {checked && <CheckIcon />}
            </span>
            <span className="checkbox__label">{label}</span>
          </>
        )}
      </Checkbox>
      {description && (
        <p id={ids.descriptionId} className="field__description checkbox-field__description">
          {description}
        </p>
      )}
    </div>
  );
}
