import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../api_types';
import { getMyEnrollments } from '../../api';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { ListFooter } from '../../components/ListFooter';
import { LoadingState } from '../../components/LoadingState';
import { StatusBadge } from '../../components/StatusBadge';
import { formatDay } from '../../lib/format';
import { queryKeys } from '../../lib/query_keys';
import { isMember } from '../../lib/roles';
import { usePagedList } from '../../lib/use_paged_list';

export function EnrollmentList({ user }: { user: Me }) {
  const { t, i18n } = useTranslation();
  const list = usePagedList({ queryKey: queryKeys.myEnrollments(), load: getMyEnrollments });
  if (list.isPending) return <LoadingState />;
  if (list.isError) return <ErrorState error={list.error} onRetry={list.refetch} />;
  if (list.items.length === 0) {
    return <EmptyState title={t('home.noEnrollments')}>{t('home.noEnrollmentsHelp')}</EmptyState>;
  }
  return (
    <>
      <ul className="stack-list">
        {list.items.map((e) => (
          <li key={e.id} className="stack-list__item">
            <div className="stack-list__main">
              <p className="stack-list__title">
                {isMember(user, e.organisation_id) ? (
                  <Link to={`/orgs/${encodeURIComponent(e.organisation_id)}/programs/${encodeURIComponent(e.program_id)}`}>
                    {e.program_name}
                  </Link>
                ) : (
                  e.program_name
                )}
              </p>
              <p className="muted">
                {t(`roles.${e.role}`)} · {t('home.since', { date: formatDay(e.created_at, i18n.language) })}
              </p>
            </div>
            <StatusBadge status={e.status} />
          </li>
        ))}
      </ul>
      <ListFooter list={list} />
    </>
  );
}
