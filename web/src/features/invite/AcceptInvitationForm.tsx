import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { AcceptInvitationInput, InvitationPreview } from '../../api_types';
import { acceptInvitation, isApiError } from '../../api';
import { applySignedIn, useSession } from '../../auth/session';
import { ErrorAlert } from '../../components/ErrorAlert';
import { PasswordField } from '../../components/fields/PasswordField';
import { TextInputField } from '../../components/fields/TextInputField';
import { PasswordPairFields } from '../reset_password/PasswordPairFields';
import { usePasswordPairErrors } from '../reset_password/use_password_pair_errors';

interface Errors {
  name?: string;
  password?: string;
  confirm?: string;
}

/**
 * New account: name, password, confirmation. Existing account: nothing when already signed in as
 * that email, else its password. Lands on /profile when the invitation enrols in a program.
 */
export function AcceptInvitationForm({ token, preview }: { token: string; preview: InvitationPreview }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  const session = useSession();
  const validatePair = usePasswordPairErrors();
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [errors, setErrors] = useState<Errors>({});

  const signedInAsInvitee =
    session.data?.user.email.toLowerCase() === preview.email.toLowerCase() && preview.account_exists;
  const isNewAccount = !preview.account_exists;

  const mutation = useMutation({
    mutationFn: (input: AcceptInvitationInput) => acceptInvitation(token, input),
    onSuccess: async (info) => {
      await applySignedIn(client, info);
      void navigate(preview.program_name ? '/profile' : '/', { replace: true });
    },
  });

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    let found: Errors = {};
    if (isNewAccount) {
      if (!name.trim()) found.name = t('validation.required');
      found = { ...found, ...validatePair(password, confirm) };
    } else if (!signedInAsInvitee && !password) {
      found.password = t('validation.required');
    }
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    if (isNewAccount) mutation.mutate({ name: name.trim(), password });
    else mutation.mutate(signedInAsInvitee ? {} : { password });
  };

  const server = mutation.error && isApiError(mutation.error) ? mutation.error : undefined;

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <h2 className="section-title">
        {isNewAccount ? t('inviteAccept.newAccountTitle') : t('inviteAccept.existingAccountTitle')}
      </h2>
      <p className="muted">
        {isNewAccount
          ? t('inviteAccept.newAccountHelp')
          : signedInAsInvitee
            ? t('inviteAccept.signedInHelp', { email: preview.email })
            : t('inviteAccept.existingAccountHelp', { email: preview.email })}
      </p>
      <ErrorAlert error={mutation.error} />
      {isNewAccount && (
        <TextInputField
          label={t('fields.fullName')}
          autoComplete="name"
          value={name}
          onChange={setName}
          error={errors.name ?? server?.fieldError('name')}
          isRequired
        />
      )}
      {isNewAccount ? (
        <PasswordPairFields
          password={password}
          confirm={confirm}
          onPasswordChange={setPassword}
          onConfirmChange={setConfirm}
          errors={{ password: errors.password ?? server?.fieldError('password'), confirm: errors.confirm }}
        />
      ) : (
        !signedInAsInvitee && (
          <PasswordField
            kind="current"
            value={password}
            onChange={setPassword}
            error={errors.password ?? server?.fieldError('password')}
          />
        )
      )}
      <Button type="submit" className="button button--primary button--block" isDisabled={mutation.isPending}>
        {isNewAccount ? t('inviteAccept.createAndAccept') : t('inviteAccept.accept')}
      </Button>
      {!isNewAccount && !signedInAsInvitee && (
        <p className="muted">
          <Link to="/forgot-password">{t('login.forgot')}</Link>
        </p>
      )}
    </form>
  );
}
