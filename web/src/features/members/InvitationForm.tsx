import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Invitation, InvitationInput } from '../../api_types';
import { createInvitation, isApiError } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { InvitationLinkResult } from '../../components/InvitationLinkResult';
import { TextInputField } from '../../components/fields/TextInputField';
import { queryKeys } from '../../lib/query_keys';
import { emailProblem } from '../../lib/validation';

/**
 * An invitation form (into the organisation, or into a program): the email typed, checked on
 * submit, the request built by `input` from it, and the invitation the server made.
 */
export function useInvitationForm(org: string, input: (email: string) => InvitationInput) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [email, setEmail] = useState('');
  const [emailError, setEmailError] = useState<string>();
  const [result, setResult] = useState<Invitation | null>(null);
  const mutation = useMutation({
    mutationFn: () => createInvitation(org, input(email.trim())),
    onSuccess: (invitation) => {
      setResult(invitation);
      setEmail('');
      void client.invalidateQueries({ queryKey: queryKeys.invitations(org) });
    },
  });
  const server = isApiError(mutation.error) ? mutation.error : undefined;
  return {
    email,
    setEmail,
    emailError: emailError ?? server?.fieldError('email'),
    /** The server's answer when it refused the invitation (for its field errors). */
    server,
    mutation,
    result,
    /** On submit: checks the email, and sends when it and the form's other fields (`othersValid`) are fine. */
    send: (othersValid = true) => {
      const key = emailProblem(email);
      setEmailError(key && t(key));
      if (key || !othersValid) return;
      setResult(null);
      mutation.mutate();
    },
  };
}

type InvitationForm = ReturnType<typeof useInvitationForm>;

/** The invitee's email address. */
export function InvitationEmailField({ form, className }: { form: InvitationForm; className?: string }) {
  const { t } = useTranslation();
  return (
    <TextInputField
      className={className}
      label={t('invite.email')}
      type="email"
      autoComplete="off"
      value={form.email}
      onChange={form.setEmail}
      error={form.emailError}
      isRequired
    />
  );
}

/** The form's submit button, disabled while the invitation is on its way. */
export function InvitationSendButton({ form }: { form: InvitationForm }) {
  const { t } = useTranslation();
  return (
    <Button type="submit" className="button button--primary" isDisabled={form.mutation.isPending}>
      {t('invite.send')}
    </Button>
  );
}

/** Under the form: why the invitation failed (unless a field says so), or its link once made. */
export function InvitationOutcome({ form }: { form: InvitationForm }) {
  return (
    <>
      <ErrorAlert error={form.server?.fieldErrors.length ? null : form.mutation.error} />
      {form.result?.link && <InvitationLinkResult email={form.result.email} link={form.result.link} />}
    </>
  );
}
