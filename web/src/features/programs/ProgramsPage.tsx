import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { listPrograms } from '../../api';
import { useCurrentUser } from '../../auth/session';
import { PageHeader } from '../../components/PageHeader';
import { QueryStates } from '../../components/QueryStates';
import { queryKeys } from '../../lib/query_keys';
import { canManagePrograms } from '../../lib/roles';
import { usePagedList } from '../../lib/use_paged_list';
import { useOrganisationName } from '../../lib/use_organisation_name';
import { ProgramCardGrid } from './ProgramCardGrid';

export function ProgramsPage() {
  const { t } = useTranslation();
  const { org = '' } = useParams();
  const user = useCurrentUser();
  const orgName = useOrganisationName(org);
  const manager = canManagePrograms(user, org);
  const programs = usePagedList({ queryKey: queryKeys.programs(org), load: (page) => listPrograms(org, page) });
  const newLink = `/orgs/${encodeURIComponent(org)}/programs/new`;

  return (
    <>
      <PageHeader
        eyebrow={orgName}
        title={t('programs.title')}
        lead={manager ? t('programs.leadManager') : t('programs.lead')}
        actions={
          manager && (
            <Link className="button button--primary" to={newLink}>
              {t('programs.new')}
            </Link>
          )
        }
      />
      <QueryStates
        query={programs}
        isEmpty={programs.items.length === 0}
        emptyTitle={t('programs.empty')}
        emptyHelp={manager ? undefined : t('programs.emptyHelp')}
        emptyAction={
          manager && (
            <Link className="button button--primary" to={newLink}>
              {t('programs.createFirst')}
            </Link>
          )
        }
      >
        <ProgramCardGrid programs={programs} org={org} />
      </QueryStates>
    </>
  );
}
