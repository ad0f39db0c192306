import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation } from '@tanstack/react-query';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { requestPasswordReset } from '../../api';
import { Alert } from '../../components/Alert';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PageHeader } from '../../components/PageHeader';
import { TextInputField } from '../../components/fields/TextInputField';
import { emailProblem } from '../../lib/validation';
import { useMailMode } from '../outbox/use_mail_status';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string>();
  const mutation = useMutation({ mutationFn: () => requestPasswordReset(email.trim()) });
  const mailMode = useMailMode();

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const key = emailProblem(email);
    const problem = key && t(key);
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
            <ErrorAlert error={mutation.error} />
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
