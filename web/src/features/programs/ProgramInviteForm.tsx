import { useState, type FormEvent } from 'react';
import { Label, Radio, RadioGroup } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Program, ProgramRole } from '../../api_types';
import { PROGRAM_ROLES } from '../../api_types';
import { InvitationEmailField, InvitationOutcome, InvitationSendButton, useInvitationForm } from '../members/InvitationForm';

/** Invite someone into this program as mentor or mentee; shows the invitation link. */
export function ProgramInviteForm({ org, program }: { org: string; program: Program }) {
  const { t } = useTranslation();
  const [role, setRole] = useState<ProgramRole>('mentee');
  const form = useInvitationForm(org, (email) => ({
    email,
    roles: [role],
    program_id: program.id,
    program_role: role,
  }));

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    form.send();
  };

  return (
    <section className="card" aria-labelledby="invite-title">
      <h2 id="invite-title" className="section-title">
        {t('invite.programTitle')}
      </h2>
      <p className="muted">{t('invite.programLead')}</p>
      <form className="form form--inline" onSubmit={onSubmit} noValidate>
        <InvitationEmailField form={form} className="form--inline__grow" />
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
        <InvitationSendButton form={form} />
      </form>
      <InvitationOutcome form={form} />
    </section>
  );
}
