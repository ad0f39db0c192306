import { Link, useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { getOrganisation, listPrograms } from '../../api';
import { useCurrentUser } from '../../auth/session';
import { Alert } from '../../components/Alert';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { QueryStates } from '../../components/QueryStates';
import { RestrictedPage } from '../../components/RestrictedPage';
import { formatDay } from '../../lib/format';
import { queryKeys } from '../../lib/query_keys';
import { isMember } from '../../lib/roles';
import { usePagedList } from '../../lib/use_paged_list';
import { ProgramCardGrid } from '../programs/ProgramCardGrid';

/**
 * /admin/organisations/:org — what the platform administrator may see of an organisation they
 * do not run: its facts and the programs any member sees (domain/policy.cc). Members, their
 * emails, invitations and every mentoring record stay with the organisation's own staff.
 */
export function OrganisationOverviewPage() {
  const { t, i18n } = useTranslation();
  const { org = '' } = useParams();
  const user = useCurrentUser();
  const organisation = useQuery({
    queryKey: queryKeys.organisation(org),
    queryFn: () => getOrganisation(org),
    enabled: user.is_platform_admin,
  });
  const programs = usePagedList({
    queryKey: queryKeys.programs(org),
    load: (page) => listPrograms(org, page),
    enabled: user.is_platform_admin,
  });
  const name = organisation.data?.name ?? t('adminOrgs.overviewTitle');
  const member = isMember(user, org);
  const orgPath = `/orgs/${encodeURIComponent(org)}`;

  return (
    <RestrictedPage allowed={user.is_platform_admin} eyebrow={t('adminOrgs.title')} title={name}>
      <nav aria-label={t('nav.breadcrumb')} className="breadcrumb">
        <Link to="/admin/organisations">{t('adminOrgs.title')}</Link>
        <span aria-hidden="true"> / </span>
        <span aria-current="page">{name}</span>
      </nav>
      {organisation.isPending ? (
        <LoadingState />
      ) : organisation.isError ? (
        <ErrorState error={organisation.error} onRetry={() => void organisation.refetch()} />
      ) : (
        <section className="card" aria-labelledby="org-facts-title">
          <h2 id="org-facts-title" className="section-title">
            {t('adminOrgs.facts')}
          </h2>
          <dl className="summary-list summary-list--grid">
            <div>
              <dt>{t('adminOrgs.kind')}</dt>
              <dd>{t(`orgKinds.${organisation.data.kind}`)}</dd>
            </div>
            <div>
              <dt>{t('adminOrgs.slug')}</dt>
              <dd>{organisation.data.slug}</dd>
            </div>
            <div>
              <dt>{t('adminOrgs.created')}</dt>
              <dd>{formatDay(organisation.data.created_at, i18n.language)}</dd>
            </div>
          </dl>
          {member ? (
            <p>
              <Link to={`${orgPath}/programs`}>{t('adminOrgs.openAsMember')}</Link>
            </p>
          ) : (
            <Alert tone="info" title={t('adminOrgs.notMemberTitle')}>
              <p>{t('adminOrgs.notMember')}</p>
            </Alert>
          )}
        </section>
      )}
      <section className="card" aria-labelledby="org-programs-title">
        <h2 id="org-programs-title" className="section-title">
          {t('adminOrgs.programs')}
        </h2>
        <QueryStates query={programs} isEmpty={programs.items.length === 0} emptyTitle={t('adminOrgs.noPrograms')}>
          <ProgramCardGrid programs={programs} org={org} />
        </QueryStates>
      </section>
    </RestrictedPage>
  );
}
