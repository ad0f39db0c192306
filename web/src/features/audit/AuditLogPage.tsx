import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { listAuditLog } from '../../api';
import { useCurrentUser } from '../../auth/session';
import { RestrictedPage } from '../../components/RestrictedPage';
import { queryKeys } from '../../lib/query_keys';
import { isOrgAdmin } from '../../lib/roles';
import { useOrganisationName } from '../../lib/use_organisation_name';
import { AuditTable } from './AuditTable';

/** /orgs/:org/audit — the organisation's append-only audit log (organisation admins). */
export function AuditLogPage() {
  const { t } = useTranslation();
  const { org = '' } = useParams();
  const user = useCurrentUser();
  const orgName = useOrganisationName(org);
  return (
    <RestrictedPage allowed={isOrgAdmin(user, org)} eyebrow={orgName} title={t('audit.title')} lead={t('audit.lead')}>
      <section className="card">
        <AuditTable queryKey={queryKeys.auditLog(org)} load={(page) => listAuditLog(org, page)} />
      </section>
    </RestrictedPage>
  );
}
