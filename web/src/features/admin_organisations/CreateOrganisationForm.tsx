import { useState, type FormEvent } from 'react';
import { Button } from 'react-aria-components';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { CreatedOrganisation, OrganisationKind } from '../../api_types';
import { createOrganisation, isApiError } from '../../api';
import { Alert } from '../../components/Alert';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SelectField } from '../../components/fields/SelectField';
import { TextInputField } from '../../components/fields/TextInputField';
import { ORGANISATION_NAME_MAX, ORGANISATION_SLUG_MAX } from '../../lib/limits';
import { queryKeys } from '../../lib/query_keys';
import { emailProblem } from '../../lib/validation';

const KINDS: OrganisationKind[] = ['school', 'university', 'company', 'alumni', 'nonprofit'];
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

type Errors = { name?: string; slug?: string; admin_email?: string };

/** Platform admin: a new organisation and its first administrator (invited or appointed). */
export function CreateOrganisationForm() {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [name, setName] = useState('');
  const [slug, setSlug] = useState('');
  const [kind, setKind] = useState<OrganisationKind>('school');
  const [email, setEmail] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [created, setCreated] = useState<CreatedOrganisation | null>(null);

  const mutation = useMutation({
    mutationFn: () => createOrganisation({ name: name.trim(), slug: slug.trim(), kind, admin_email: email.trim() }),
    onSuccess: (org) => {
      setCreated(org);
      setName('');
      setSlug('');
      setEmail('');
      void client.invalidateQueries({ queryKey: queryKeys.organisations() });
      void client.invalidateQueries({ queryKey: queryKeys.platformAudit() });
    },
  });

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    const found: Errors = {};
    if (!name.trim()) found.name = t('validation.required');
    if (!slug.trim()) found.slug = t('validation.required');
    else if (!SLUG.test(slug.trim())) found.slug = t('adminOrgs.slugInvalid');
    const emailKey = emailProblem(email);
    if (emailKey) found.admin_email = t(emailKey);
    setErrors(found);
    if (Object.keys(found).length === 0) {
      setCreated(null);
      mutation.mutate();
    }
  };

  const server = isApiError(mutation.error) ? mutation.error : undefined;
  return (
    <section className="card" aria-labelledby="create-org-title">
      <h2 id="create-org-title" className="section-title">
        {t('adminOrgs.createTitle')}
      </h2>
      <form className="form" onSubmit={onSubmit} noValidate>
        <TextInputField
          label={t('adminOrgs.name')}
          value={name}
          onChange={setName}
          error={errors.name ?? server?.fieldError('name')}
          isRequired
          maxLength={ORGANISATION_NAME_MAX}
        />
        <TextInputField
          label={t('adminOrgs.slug')}
          value={slug}
          onChange={setSlug}
          description={t('adminOrgs.slugHelp')}
          error={errors.slug ?? server?.fieldError('slug')}
          isRequired
          autoComplete="off"
          maxLength={ORGANISATION_SLUG_MAX}
        />
        <SelectField
          label={t('adminOrgs.kind')}
          value={kind}
          onChange={(v) => setKind(v as OrganisationKind)}
          options={KINDS.map((k) => ({ value: k, label: t(`orgKinds.${k}`) }))}
          isRequired
        />
        <TextInputField
          label={t('adminOrgs.adminEmail')}
          type="email"
          autoComplete="off"
          value={email}
          onChange={setEmail}
          description={t('adminOrgs.adminEmailHelp')}
          error={errors.admin_email ?? server?.fieldError('admin_email')}
          isRequired
        />
        <Button type="submit" className="button button--primary" isDisabled={mutation.isPending}>
          {t('adminOrgs.create')}
        </Button>
      </form>
      <ErrorAlert error={server?.fieldErrors.length ? null : mutation.error} />
      {created && (
        <Alert tone="success">
          <p>
            {t(created.first_admin.status === 'appointed' ? 'adminOrgs.appointed' : 'adminOrgs.invited', {
              name: created.name,
              email: created.first_admin.email,
            })}
          </p>
        </Alert>
      )}
    </section>
  );
}
