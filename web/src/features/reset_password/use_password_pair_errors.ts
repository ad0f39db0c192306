import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { MIN_PASSWORD_LENGTH } from '../../lib/limits';
import { isStrongEnoughPassword } from '../../lib/validation';

export interface PasswordPairErrors {
  password?: string;
  confirm?: string;
}

/** A new password (at least 10 characters) typed twice. */
export function usePasswordPairErrors() {
  const { t } = useTranslation();
  return useCallback(
    (password: string, confirm: string): PasswordPairErrors => {
      const errors: PasswordPairErrors = {};
      if (!password) errors.password = t('validation.required');
      else if (!isStrongEnoughPassword(password))
        errors.password = t('validation.passwordTooShort', { min: MIN_PASSWORD_LENGTH });
      if (!confirm) errors.confirm = t('validation.required');
      else if (confirm !== password) errors.confirm = t('validation.passwordMismatch');
      return errors;
    },
    [t],
  );
}
