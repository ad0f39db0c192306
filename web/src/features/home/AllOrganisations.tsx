import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { listOrganisations } from '../../api';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { formatDay } from '../../lib/format';

/** For platform admins: every organisation on the platform (GET /organisations). */
export function AllOrganisations() {
  const { t, i18n } = useTranslation();
  const query = useQuery({ queryKey: ['organisations'], queryFn: listOrganisations });
  return (
    <section className="card" aria-labelledby="all-orgs-title">
      <h2 id="all-orgs-title" className="section-title">
        {t('home.allOrganisations')}
      </h2>
      {query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.length === 0 ? (
        <EmptyState title={t('home.noOrganisations')} />
      ) : (
        <ul className="stack-list">
          {query.data.map((o) => (
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
      )}
    </section>
  );
}
