import { useTranslation } from 'react-i18next';
import { listOrganisations } from '../../api';
import { useCurrentUser } from '../../auth/session';
import { ListFooter } from '../../components/ListFooter';
import { Link } from 'react-router';
import { QueryStates } from '../../components/QueryStates';
import { formatDay } from '../../lib/format';
import { queryKeys } from '../../lib/query_keys';
import { isMember } from '../../lib/roles';
import { usePagedList } from '../../lib/use_paged_list';

/**
 * For platform admins (home page and /admin/organisations): every organisation on the platform
 * (GET /organisations), each a link to its overview (what a platform admin may see of it).
 */
export function AllOrganisations() {
  const { t, i18n } = useTranslation();
  const user = useCurrentUser();
  const list = usePagedList({ queryKey: queryKeys.organisations(), load: listOrganisations });
  return (
    <section className="card" aria-labelledby="all-orgs-title">
      <h2 id="all-orgs-title" className="section-title">
        {t('adminOrgs.listTitle')}
      </h2>
      <QueryStates query={list} isEmpty={list.items.length === 0} emptyTitle={t('adminOrgs.empty')}>
        <ul className="stack-list">
          {list.items.map((o) => (
            <li key={o.id} className="stack-list__item">
              <div className="stack-list__main">
                <p className="stack-list__title">
                  <Link to={`/admin/organisations/${encodeURIComponent(o.id)}`}>{o.name}</Link>
                </p>
                <p className="muted">
                  {t(`orgKinds.${o.kind}`)} · {o.slug} ·{' '}
                  {t('adminOrgs.createdOn', { date: formatDay(o.created_at, i18n.language) })}
                  {isMember(user, o.id) && <> · {t('adminOrgs.member')}</>}
                </p>
              </div>
            </li>
          ))}
        </ul>
        <ListFooter list={list} />
      </QueryStates>
    </section>
  );
}
