import { PasswordField } from '../../components/fields/PasswordField';
import type { PasswordPairErrors } from './use_password_pair_errors';

/** A new password, with its rule, and the same typed again (usePasswordPairErrors checks them). */
export function PasswordPairFields({
  password,
  confirm,
  onPasswordChange,
  onConfirmChange,
  errors,
}: {
  password: string;
  confirm: string;
  onPasswordChange: (value: string) => void;
  onConfirmChange: (value: string) => void;
  errors: PasswordPairErrors;
}) {
  return (
    <>
      <PasswordField kind="new" value={password} onChange={onPasswordChange} error={errors.password} />
      <PasswordField kind="confirm" value={confirm} onChange={onConfirmChange} error={errors.confirm} />
    </>
  );
}
