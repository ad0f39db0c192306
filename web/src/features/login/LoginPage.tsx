import { useState, type FormEvent } from 'react';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { isApiError, login } from '../../api';
import { applySignedIn, useSession } from '../../auth/session';
import { safeNextPath } from '../../lib/next_path';
import { Alert } from '../../components/Alert';
import { PageHeader } from '../../components/PageHeader';
import { PasswordField } from '../../components/fields/PasswordField';
import { TextInputField } from '../../components/fields/TextInputField';
import { useErrorMessage } from '../../components/use_error_message';
import { emailProblem } from '../../lib/validation';
import { useLoginErrorMessage } from './use_login_error_message';

export function LoginPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const navigate = useNavigate();
  const client = useQueryClient();
  const session = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<{ email?: string; password?: string }>({});
  const loginError = useLoginErrorMessage();
  const genericError = useErrorMessage();

  const mutation = useMutation({
    mutationFn: () => login(email.trim(), password),
    onSuccess: async (info) => {
      await applySignedIn(client, info);
      void navigate(next, { replace: true });
    },
  });

  if (session.data && !mutation.isPending && !mutation.isSuccess) return <Navigate to={next} replace />;

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const found: typeof errors = {};
    const emailKey = emailProblem(email);
    if (emailKey) found.email = t(emailKey);
    if (!password) found.password = t('validation.required');
    setErrors(found);
    if (Object.keys(found).length === 0) mutation.mutate();
  };

  const error = mutation.error;
  const message = error ? (isApiError(error) ? loginError(error) : genericError(error)) : '';

  return (
    <div className="auth-page">
      <div className="card auth-card">
        <PageHeader title={t('login.title')} lead={t('login.lead')} />
        {message && (
          <Alert tone="error" title={error && isApiError(error) && error.status === 429 ? t('login.rateLimitedTitle') : t('login.failedTitle')}>
            <p data-testid="login-error">{message}</p>
          </Alert>
        )}
        <form className="form" onSubmit={onSubmit} noValidate>
          <TextInputField
            label={t('fields.email')}
            type="email"
            autoComplete="username"
            inputMode="email"
            value={email}
            onChange={setEmail}
            error={errors.email}
            isRequired
          />
          <PasswordField kind="current" value={password} onChange={setPassword} error={errors.password} />
          <Button type="submit" className="button button--primary button--block" isDisabled={mutation.isPending}>
            {mutation.isPending ? t('login.submitting') : t('login.submit')}
          </Button>
        </form>
        <p className="auth-card__footer">
          <Link to="/forgot-password">{t('login.forgot')}</Link>
        </p>
      </div>
    </div>
  );
}
