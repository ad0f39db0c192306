import { useTranslation } from 'react-i18next';
import { listPlatformAudit } from '../../api';
import { useCurrentUser } from '../../auth/session';
import { RestrictedPage } from '../../components/RestrictedPage';
import { queryKeys } from '../../lib/query_keys';
import { AuditTable } from '../audit/AuditTable';
import { AllOrganisations } from './AllOrganisations';
import { CreateOrganisationForm } from './CreateOrganisationForm';

/**
 * /admin/organisations — the platform administrator's page: every organisation (a link to its
 * pages where they are a member themselves), a form to create one, and their own audit trail.
 */
export function OrganisationsAdminPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  return (
    <RestrictedPage allowed={user.is_platform_admin} title={t('adminOrgs.title')} lead={t('adminOrgs.lead')}>
      <div className="grid grid--2">
        <AllOrganisations />
        <CreateOrganisationForm />
      </div>
      <section className="card" aria-labelledby="platform-audit-title">
        <h2 id="platform-audit-title" className="section-title">
          {t('audit.platformTitle')}
        </h2>
        <p className="muted">{t('audit.platformLead')}</p>
        <AuditTable queryKey={queryKeys.platformAudit()} load={listPlatformAudit} />
      </section>
    </RestrictedPage>
  );
}
