import { useTranslation } from 'react-i18next';
import { listInvitations } from '../../api';
import { ListFooter } from '../../components/ListFooter';
import { QueryStates } from '../../components/QueryStates';
import { RoleBadges } from '../../components/RoleBadges';
import { formatDay } from '../../lib/format';
import { queryKeys } from '../../lib/query_keys';
import { usePagedList } from '../../lib/use_paged_list';
import { RevokeInvitationButton } from './RevokeInvitationButton';

export function PendingInvitations({ org }: { org: string }) {
  const { t, i18n } = useTranslation();
  const list = usePagedList({ queryKey: queryKeys.invitations(org), load: (page) => listInvitations(org, page) });
  // The server lists every invitation, newest first; this shows the pending ones of the pages
  // loaded, and says "none" only once there is no page left that could hold one.
  const pending = list.items.filter((i) => i.status === 'pending');

  return (
    <section className="card" aria-labelledby="pending-title">
      <h2 id="pending-title" className="section-title">
        {t('invitations.title')}
      </h2>
      <QueryStates
        query={list}
        isEmpty={pending.length === 0 && !list.hasMore && !list.isLoadingMore}
        emptyTitle={t('invitations.empty')}
      >
        {pending.length > 0 && (
          <ul className="stack-list">
            {pending.map((inv) => (
              <li key={inv.id} className="stack-list__item">
                <div className="stack-list__main">
                  <p className="stack-list__title">{inv.email}</p>
                  <RoleBadges roles={inv.roles} />
                  <p className="muted">
                    {t('invitations.meta', {
                      name: inv.invited_by_name,
                      expires: formatDay(inv.expires_at, i18n.language),
                    })}
                    {inv.program_role && ` · ${t('invitations.programRole', { role: t(`roles.${inv.program_role}`) })}`}
                  </p>
                </div>
                <RevokeInvitationButton org={org} invitation={inv} />
              </li>
            ))}
          </ul>
        )}
        <ListFooter list={list} />
      </QueryStates>
    </section>
  );
}
