import type { Key } from 'react-aria-components';
import { Button, ComboBox, FieldError, Input, Label, ListBox, ListBoxItem, Popover, Text } from 'react-aria-components';
import type { ReactNode } from 'react';

export interface Suggestion {
  id: string;
  label: string;
}

/**
 * Free text with suggestions (react-aria ComboBox, allowsCustomValue): the organisation's
 * taxonomy terms are offered, anything else is accepted.
 */
export function TermComboBox({
  label,
  value,
  onChange,
  suggestions,
  error,
  description,
  isRequired,
  className,
  onEnter,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  suggestions: readonly Suggestion[];
  error?: string;
  description?: ReactNode;
  isRequired?: boolean;
  className?: string;
  /** Called on Enter when no suggestion is highlighted (e.g. to add the term to a list). */
  onEnter?: () => void;
}) {
  const onSelectionChange = (key: Key | null) => {
    const chosen = suggestions.find((s) => s.id === key);
    if (chosen) onChange(chosen.label);
  };
  return (
    <ComboBox
      className={`field combobox ${className ?? ''}`}
      allowsCustomValue
      inputValue={value}
      onInputChange={onChange}
      onSelectionChange={onSelectionChange}
      defaultItems={suggestions}
      isInvalid={Boolean(error)}
      isRequired={isRequired}
      validationBehavior="aria"
      menuTrigger="input"
    >
      <Label className="field__label">{label}</Label>
      <div className="combobox__control">
        <Input
          className="input combobox__input"
          onKeyDown={(e) => {
            if (e.key === 'Enter' && onEnter && e.currentTarget.getAttribute('aria-activedescendant') == null) {
              e.preventDefault();
              onEnter();
            }
          }}
        />
        {suggestions.length > 0 && (
          <Button className="combobox__button">
            <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
              <path d="M4 6l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
            </svg>
          </Button>
        )}
      </div>
      {description && (
        <Text slot="description" className="field__description">
          {description}
        </Text>
      )}
      <FieldError className="field__error">{error}</FieldError>
      <Popover className="popover">
        <ListBox className="listbox" items={suggestions}>
          {(item) => (
            <ListBoxItem className="listbox__item" id={item.id} textValue={item.label}>
              {item.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </ComboBox>
  );
}
