import { useTranslation } from 'react-i18next';
import { listOrganisations } from '../../api';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { ListFooter } from '../../components/ListFooter';
import { LoadingState } from '../../components/LoadingState';
import { formatDay } from '../../lib/format';
import { queryKeys } from '../../lib/query_keys';
import { usePagedList } from '../../lib/use_paged_list';

/** For platform admins: every organisation on the platform (GET /organisations). */
export function AllOrganisations() {
  const { t, i18n } = useTranslation();
  const list = usePagedList({ queryKey: queryKeys.organisations(), load: listOrganisations });
  return (
    <section className="card" aria-labelledby="all-orgs-title">
      <h2 id="all-orgs-title" className="section-title">
        {t('home.allOrganisations')}
      </h2>
      {list.isPending ? (
        <LoadingState />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={list.refetch} />
      ) : list.items.length === 0 ? (
        <EmptyState title={t('home.noOrganisations')} />
      ) : (
        <>
          <ul className="stack-list">
            {list.items.map((o) => (
              <li key={o.id} className="stack-list__item">
                <div className="stack-list__main">
                  <p className="stack-list__title">{o.name}</p>
                  <p className="muted">
                    {t(`orgKinds.${o.kind}`)} · {o.slug} · {t('home.createdOn', { date: formatDay(o.created_at, i18n.language) })}
                  </p>
                </div>
              </li>
            ))}
          </ul>
          <ListFooter list={list} />
        </>
      )}
    </section>
  );
}
