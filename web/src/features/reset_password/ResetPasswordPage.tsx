import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useMutation } from '@tanstack/react-query';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { confirmPasswordReset, isApiError } from '../../api';
import { Alert } from '../../components/Alert';
import { PageHeader } from '../../components/PageHeader';
import { useErrorMessage } from '../../components/use_error_message';
import { PasswordPairFields } from './PasswordPairFields';
import { usePasswordPairErrors, type PasswordPairErrors } from './use_password_pair_errors';

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const errorMessage = useErrorMessage();
  const validatePair = usePasswordPairErrors();
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<PasswordPairErrors>({});
  const mutation = useMutation({ mutationFn: () => confirmPasswordReset(token, password) });

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const found = validatePair(password, confirm);
    setErrors(found);
    if (Object.keys(found).length === 0) mutation.mutate();
  };

  const serverPasswordError =
    mutation.error && isApiError(mutation.error) ? mutation.error.fieldError('password') : undefined;

  return (
    <div className="auth-page">
      <div className="card auth-card">
        <PageHeader title={t('reset.title')} lead={t('reset.lead')} />
        {!token ? (
          <Alert tone="error" title={t('reset.missingTokenTitle')}>
            <p>{t('reset.missingToken')}</p>
            <p>
              <Link to="/forgot-password">{t('reset.requestNew')}</Link>
            </p>
          </Alert>
        ) : mutation.isSuccess ? (
          <Alert tone="success" title={t('reset.doneTitle')}>
            <p>
              <Link to="/login">{t('reset.signIn')}</Link>
            </p>
          </Alert>
        ) : (
          <>
            {mutation.isError && (
              <Alert tone="error" title={t('reset.failedTitle')}>
                <p>{errorMessage(mutation.error)}</p>
                <p>
                  <Link to="/forgot-password">{t('reset.requestNew')}</Link>
                </p>
              </Alert>
            )}
            <form className="form" onSubmit={onSubmit} noValidate>
              <PasswordPairFields
                password={password}
                confirm={confirm}
                onPasswordChange={setPassword}
                onConfirmChange={setConfirm}
                errors={{ password: errors.password ?? serverPasswordError, confirm: errors.confirm }}
              />
              <Button type="submit" className="button button--primary button--block" isDisabled={mutation.isPending}>
                {t('reset.submit')}
              </Button>
            </form>
          </>
        )}
      </div>
    </div>
  );
}
