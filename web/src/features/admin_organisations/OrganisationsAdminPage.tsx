import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { listOrganisations, listPlatformAudit } from '../../api';
import { useCurrentUser } from '../../auth/session';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { Forbidden } from '../../components/Forbidden';
import { ListFooter } from '../../components/ListFooter';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { formatDay } from '../../lib/format';
import { queryKeys } from '../../lib/query_keys';
import { isMember } from '../../lib/roles';
import { usePagedList } from '../../lib/use_paged_list';
import { AuditTable } from '../audit/AuditTable';
import { CreateOrganisationForm } from './CreateOrganisationForm';

/**
 * /admin/organisations — the platform administrator's page: every organisation (a link to its
 * pages where they are a member themselves), a form to create one, and their own audit trail.
 */
export function OrganisationsAdminPage() {
  const { t, i18n } = useTranslation();
  const user = useCurrentUser();
  const list = usePagedList({
    queryKey: queryKeys.organisations(),
    load: listOrganisations,
    enabled: user.is_platform_admin,
  });

  if (!user.is_platform_admin) {
    return (
      <>
        <PageHeader title={t('adminOrgs.title')} />
        <Forbidden />
      </>
    );
  }
  return (
    <>
      <PageHeader title={t('adminOrgs.title')} lead={t('adminOrgs.lead')} />
      <div className="grid grid--2">
        <section className="card" aria-labelledby="all-orgs-list-title">
          <h2 id="all-orgs-list-title" className="section-title">
            {t('adminOrgs.listTitle')}
          </h2>
          {list.isPending ? (
            <LoadingState />
          ) : list.isError ? (
            <ErrorState error={list.error} onRetry={list.refetch} />
          ) : list.items.length === 0 ? (
            <EmptyState title={t('adminOrgs.empty')} />
          ) : (
            <>
              <ul className="stack-list">
                {list.items.map((o) => (
                  <li key={o.id} className="stack-list__item">
                    <div className="stack-list__main">
                      <p className="stack-list__title">
                        {isMember(user, o.id) ? (
                          <Link to={`/orgs/${encodeURIComponent(o.id)}/programs`}>{o.name}</Link>
                        ) : (
                          o.name
                        )}
                      </p>
                      <p className="muted">
                        {t(`orgKinds.${o.kind}`)} · {o.slug} · {t('adminOrgs.created')}{' '}
                        {formatDay(o.created_at, i18n.language)}
                        {isMember(user, o.id) && <> · {t('adminOrgs.member')}</>}
                      </p>
                    </div>
                  </li>
                ))}
              </ul>
              <ListFooter list={list} />
            </>
          )}
        </section>
        <CreateOrganisationForm />
      </div>
      <section className="card" aria-labelledby="platform-audit-title">
        <h2 id="platform-audit-title" className="section-title">
          {t('audit.platformTitle')}
        </h2>
        <p className="muted">{t('audit.platformLead')}</p>
        <AuditTable queryKey={queryKeys.platformAudit()} load={listPlatformAudit} />
      </section>
    </>
  );
}
