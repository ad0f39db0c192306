import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../auth/session';
import { RestrictedPage } from '../../components/RestrictedPage';
import { isOrgAdmin } from '../../lib/roles';
import { useOrganisationName } from '../../lib/use_organisation_name';
import { MembersSection } from './MembersSection';
import { OrgInviteForm } from './OrgInviteForm';
import { PendingInvitations } from './PendingInvitations';
import { TaxonomyManager } from './TaxonomyManager';

/** /orgs/:org/members — organisation admins manage people, invitations and taxonomy. */
export function MembersPage() {
  const { t } = useTranslation();
  const { org = '' } = useParams();
  const user = useCurrentUser();
  const orgName = useOrganisationName(org);
  return (
    <RestrictedPage
      allowed={isOrgAdmin(user, org)}
      eyebrow={orgName}
      title={t('members.title')}
      lead={t('members.lead')}
      actions={
        <Link className="button button--secondary" to={`/orgs/${encodeURIComponent(org)}/audit`}>
          {t('nav.audit')}
        </Link>
      }
    >
      <MembersSection org={org} />
      <div className="grid grid--2">
        <OrgInviteForm org={org} />
        <PendingInvitations org={org} />
      </div>
      <TaxonomyManager org={org} />
    </RestrictedPage>
  );
}
