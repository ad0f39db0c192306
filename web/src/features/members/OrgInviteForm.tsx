import { useState, type FormEvent } from 'react';
import { Button, CheckboxGroup, FieldError, Label, Text } from 'react-aria-components';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Invitation, Role } from '../../api_types';
import { ROLES } from '../../api_types';
import { createInvitation, isApiError } from '../../api';
import { Alert } from '../../components/Alert';
import { InvitationLinkResult } from '../../components/InvitationLinkResult';
import { CheckboxField } from '../../components/fields/CheckboxField';
import { TextInputField } from '../../components/fields/TextInputField';
import { useErrorMessage } from '../../components/use_error_message';
import { queryKeys } from '../../lib/query_keys';
import { isEmail } from '../../lib/validation';

/** Invite someone into the organisation with any roles (org_admin only). */
export function OrgInviteForm({ org }: { org: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const errorMessage = useErrorMessage();
  const [email, setEmail] = useState('');
  const [roles, setRoles] = useState<Role[]>(['mentee']);
  const [errors, setErrors] = useState<{ email?: string; roles?: string }>({});
  const [result, setResult] = useState<Invitation | null>(null);

  const mutation = useMutation({
    mutationFn: () => createInvitation(org, { email: email.trim(), roles: ROLES.filter((r) => roles.includes(r)) }),
    onSuccess: (invitation) => {
      setResult(invitation);
      setEmail('');
      void client.invalidateQueries({ queryKey: queryKeys.invitations(org) });
    },
  });

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const value = email.trim();
    const found: typeof errors = {};
    if (!value) found.email = t('validation.required');
    else if (!isEmail(value)) found.email = t('validation.email');
    if (roles.length === 0) found.roles = t('validation.chooseRole');
    setErrors(found);
    if (Object.keys(found).length === 0) {
      setResult(null);
      mutation.mutate();
    }
  };

  const server = isApiError(mutation.error) ? mutation.error : undefined;
  const rolesError = errors.roles ?? server?.fieldError('roles');

  return (
    <section className="card" aria-labelledby="org-invite-title">
      <h2 id="org-invite-title" className="section-title">
        {t('invite.orgTitle')}
      </h2>
      <form className="form" onSubmit={onSubmit} noValidate>
        <TextInputField
          label={t('invite.email')}
          type="email"
          autoComplete="off"
          value={email}
          onChange={setEmail}
          error={errors.email ?? server?.fieldError('email')}
          isRequired
        />
        <CheckboxGroup
          className="checkbox-group field"
          value={roles}
          onChange={(v) => setRoles(v as Role[])}
          isInvalid={Boolean(rolesError)}
          validationBehavior="aria"
        >
          <Label className="field__label">{t('invite.roles')}</Label>
          <div className="checkbox-group__options">
            {ROLES.map((r) => (
              <CheckboxField key={r} value={r} label={t(`roles.${r}`)} />
            ))}
          </div>
          <Text slot="description" className="field__description">
            {t('invite.rolesHelp')}
          </Text>
          <FieldError className="field__error">{rolesError}</FieldError>
        </CheckboxGroup>
        <Button type="submit" className="button button--primary" isDisabled={mutation.isPending}>
          {t('invite.send')}
        </Button>
      </form>
      {mutation.isError && !server?.fieldErrors.length && (
        <Alert tone="error">
          <p>{errorMessage(mutation.error)}</p>
        </Alert>
      )}
      {result?.link && <InvitationLinkResult email={result.email} link={result.link} />}
    </section>
  );
}
