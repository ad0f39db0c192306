import { useTranslation } from 'react-i18next';
import { TextInputField } from './TextInputField';

const KINDS = {
  current: { label: 'fields.password', autoComplete: 'current-password' },
  new: { label: 'fields.newPassword', autoComplete: 'new-password' },
  confirm: { label: 'fields.confirmPassword', autoComplete: 'new-password' },
} as const;

/**
 * A required password field: the account's password (`current`), a new one (with the rule it must
 * follow), or the new one typed again (`confirm`); labelled and autocompleted accordingly.
 */
export function PasswordField({
  kind,
  value,
  onChange,
  error,
}: {
  kind: keyof typeof KINDS;
  value: string;
  onChange: (value: string) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  return (
    <TextInputField
      label={t(KINDS[kind].label)}
      type="password"
      autoComplete={KINDS[kind].autoComplete}
      value={value}
      onChange={onChange}
      error={error}
      description={kind === 'new' ? t('validation.passwordRule') : undefined}
      isRequired
    />
  );
}
