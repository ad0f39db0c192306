import { useTranslation } from 'react-i18next';
import { getMyEnrollments } from '../../api';
import { ListFooter } from '../../components/ListFooter';
import { MemberLink } from '../../components/MemberLink';
import { QueryStates } from '../../components/QueryStates';
import { StatusBadge } from '../../components/StatusBadge';
import { formatDay } from '../../lib/format';
import { queryKeys } from '../../lib/query_keys';
import { usePagedList } from '../../lib/use_paged_list';

export function EnrollmentList() {
  const { t, i18n } = useTranslation();
  const list = usePagedList({ queryKey: queryKeys.myEnrollments(), load: getMyEnrollments });
  return (
    <QueryStates
      query={list}
      isEmpty={list.items.length === 0}
      emptyTitle={t('home.noEnrollments')}
      emptyHelp={t('home.noEnrollmentsHelp')}
    >
      <ul className="stack-list">
        {list.items.map((e) => (
          <li key={e.id} className="stack-list__item">
            <div className="stack-list__main">
              <p className="stack-list__title">
                <MemberLink
                  org={e.organisation_id}
                  to={`/orgs/${encodeURIComponent(e.organisation_id)}/programs/${encodeURIComponent(e.program_id)}`}
                >
                  {e.program_name}
                </MemberLink>
              </p>
              <p className="muted">
                {t(`roles.${e.role}`)} · {t('home.since', { date: formatDay(e.created_at, i18n.language) })}
              </p>
            </div>
            <StatusBadge kind="enrollment" status={e.status} />
          </li>
        ))}
      </ul>
      <ListFooter list={list} />
    </QueryStates>
  );
}
