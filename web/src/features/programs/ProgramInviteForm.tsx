import { useState, type FormEvent } from 'react';
import { Button, Label, Radio, RadioGroup } from 'react-aria-components';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Invitation, Program, ProgramRole } from '../../api_types';
import { PROGRAM_ROLES } from '../../api_types';
import { createInvitation, isApiError } from '../../api';
import { Alert } from '../../components/Alert';
import { InvitationLinkResult } from '../../components/InvitationLinkResult';
import { TextInputField } from '../../components/fields/TextInputField';
import { useErrorMessage } from '../../components/use_error_message';
import { queryKeys } from '../../lib/query_keys';
import { isEmail } from '../../lib/validation';

/** Invite someone into this program as mentor or mentee; shows the invitation link. */
export function ProgramInviteForm({ org, program }: { org: string; program: Program }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const errorMessage = useErrorMessage();
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<ProgramRole>('mentee');
  const [emailError, setEmailError] = useState<string>();
  const [result, setResult] = useState<Invitation | null>(null);

  const mutation = useMutation({
    mutationFn: () =>
      createInvitation(org, { email: email.trim(), roles: [role], program_id: program.id, program_role: role }),
    onSuccess: (invitation) => {
      setResult(invitation);
      setEmail('');
      void client.invalidateQueries({ queryKey: queryKeys.invitations(org) });
    },
  });

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const value = email.trim();
    const problem = !value ? t('validation.required') : !isEmail(value) ? t('validation.email') : undefined;
    setEmailError(problem);
    if (!problem) {
      setResult(null);
      mutation.mutate();
    }
  };

  const serverEmailError = isApiError(mutation.error) ? mutation.error.fieldError('email') : undefined;

  return (
    <section className="card" aria-labelledby="invite-title">
      <h2 id="invite-title" className="section-title">
        {t('invite.programTitle')}
      </h2>
      <p className="muted">{t('invite.programLead')}</p>
      <form className="form form--inline" onSubmit={onSubmit} noValidate>
        <TextInputField
          className="form--inline__grow"
          label={t('invite.email')}
          type="email"
          autoComplete="off"
          value={email}
          onChange={setEmail}
          error={emailError ?? serverEmailError}
          isRequired
        />
        <RadioGroup
          className="radio-group"
          value={role}
          onChange={(v) => setRole(v as ProgramRole)}
          orientation="horizontal"
        >
          <Label className="field__label">{t('invite.programRole')}</Label>
          <div className="radio-group__options">
            {PROGRAM_ROLES.map((r) => (
              <Radio key={r} value={r} className="radio">
                <span className="radio__dot" aria-hidden="true" />
                {t(`roles.${r}`)}
              </Radio>
            ))}
          </div>
        </RadioGroup>
        <Button type="submit" className="button button--primary" isDisabled={mutation.isPending}>
          {t('invite.send')}
        </Button>
      </form>
      {mutation.isError && !serverEmailError && (
        <Alert tone="error">
          <p>{errorMessage(mutation.error)}</p>
        </Alert>
      )}
      {result?.link && <InvitationLinkResult email={result.email} link={result.link} />}
    </section>
  );
}
