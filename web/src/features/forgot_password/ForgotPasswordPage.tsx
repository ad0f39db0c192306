import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation } from '@tanstack/react-query';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { requestPasswordReset } from '../../api';
import { Alert } from '../../components/Alert';
import { PageHeader } from '../../components/PageHeader';
import { TextInputField } from '../../components/fields/TextInputField';
import { useErrorMessage } from '../../components/use_error_message';
import { isEmail } from '../../lib/validation';
import { useMailMode } from '../outbox/use_mail_status';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string>();
  const mutation = useMutation({ mutationFn: () => requestPasswordReset(email.trim()) });
  const mailMode = useMailMode();

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const value = email.trim();
    const problem = !value ? t('validation.required') : !isEmail(value) ? t('validation.email') : undefined;
    setError(problem);
    if (!problem) mutation.mutate();
  };

  return (
    <div className="auth-page">
      <div className="card auth-card">
        <PageHeader title={t('forgot.title')} lead={t('forgot.lead')} />
        {mailMode === 'development' && (
          <Alert tone="warning">
            <p>{t('forgot.devNotice')}</p>
          </Alert>
        )}
        {mutation.isSuccess ? (
          <Alert tone="success" title={t('forgot.sentTitle')}>
            <p>{t('forgot.sent', { email: email.trim() })}</p>
          </Alert>
        ) : (
          <>
            {mutation.isError && (
              <Alert tone="error">
                <p>{errorMessage(mutation.error)}</p>
              </Alert>
            )}
            <form className="form" onSubmit={onSubmit} noValidate>
              <TextInputField
                label={t('fields.email')}
                type="email"
                autoComplete="email"
                value={email}
                onChange={setEmail}
                error={error}
                isRequired
              />
              <Button type="submit" className="button button--primary button--block" isDisabled={mutation.isPending}>
                {t('forgot.submit')}
              </Button>
            </form>
          </>
        )}
        <p className="auth-card__footer">
          <Link to="/login">{t('forgot.backToLogin')}</Link>
        </p>
      </div>
    </div>
  );
}
