import type { ReactNode } from 'react';
import { FieldError, Input, Label, Text, TextArea, TextField } from 'react-aria-components';
import { RequiredMark } from './NativeField';

export interface TextInputFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  description?: ReactNode;
  type?: 'text' | 'email' | 'password' | 'search' | 'url' | 'tel';
  multiline?: boolean;
  rows?: number;
  isRequired?: boolean;
  autoComplete?: string;
  name?: string;
  placeholder?: string;
  maxLength?: number;
  className?: string;
  autoFocus?: boolean;
  inputMode?: 'text' | 'email' | 'search';
}

/**
 * A labelled text input (react-aria TextField). Description and error are linked to the input by
 * aria-describedby; `error` marks it aria-invalid. Validation is ours, not the browser's.
 */
export function TextInputField(props: TextInputFieldProps) {
  const { label, value, onChange, error, description, multiline, isRequired } = props;
  return (
    <TextField
      className={`field ${props.className ?? ''}`}
      value={value}
      onChange={onChange}
      isInvalid={Boolean(error)}
      isRequired={isRequired}
      validationBehavior="aria"
      type={props.type ?? 'text'}
      autoComplete={props.autoComplete}
      name={props.name}
      maxLength={props.maxLength}
      autoFocus={props.autoFocus}
      inputMode={props.inputMode}
    >
      <Label className="field__label">
        {label}
        {isRequired && <RequiredMark />}
      </Label>
      {multiline ? (
        <TextArea className="input textarea" rows={props.rows ?? 4} placeholder={props.placeholder} />
      ) : (
        <Input className="input" placeholder={props.placeholder} />
      )}
      {description && (
        <Text slot="description" className="field__description">
          {description}
        </Text>
      )}
      <FieldError className="field__error">{error}</FieldError>
    </TextField>
  );
}
