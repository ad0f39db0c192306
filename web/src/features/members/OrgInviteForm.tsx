import { useState, type FormEvent } from 'react';
import { CheckboxGroup, FieldError, Label, Text } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../api_types';
import { ROLES } from '../../api_types';
import { CheckboxField } from '../../components/fields/CheckboxField';
import { InvitationEmailField, InvitationOutcome, InvitationSendButton, useInvitationForm } from './InvitationForm';

/** Invite someone into the organisation with any roles (org_admin only). */
export function OrgInviteForm({ org }: { org: string }) {
  const { t } = useTranslation();
  const [roles, setRoles] = useState<Role[]>(['mentee']);
  const [rolesMissing, setRolesMissing] = useState(false);
  const form = useInvitationForm(org, (email) => ({ email, roles: ROLES.filter((r) => roles.includes(r)) }));

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setRolesMissing(roles.length === 0);
    form.send(roles.length > 0);
  };

  const rolesError = rolesMissing ? t('validation.chooseRole') : form.server?.fieldError('roles');

  return (
    <section className="card" aria-labelledby="org-invite-title">
      <h2 id="org-invite-title" className="section-title">
        {t('invite.orgTitle')}
      </h2>
      <form className="form" onSubmit={onSubmit} noValidate>
        <InvitationEmailField form={form} />
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
        <InvitationSendButton form={form} />
      </form>
      <InvitationOutcome form={form} />
    </section>
  );
}
