import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { listInvitations } from '../../api';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { RoleBadges } from '../../components/RoleBadges';
import { formatDay } from '../../lib/format';
import { queryKeys } from '../../lib/query_keys';
import { RevokeInvitationButton } from './RevokeInvitationButton';

export function PendingInvitations({ org }: { org: string }) {
  const { t, i18n } = useTranslation();
  const query = useQuery({ queryKey: queryKeys.invitations(org), queryFn: () => listInvitations(org) });
  const pending = query.data?.filter((i) => i.status === 'pending') ?? [];

  return (
    <section className="card" aria-labelledby="pending-title">
      <h2 id="pending-title" className="section-title">
        {t('invitations.title')}
      </h2>
      {query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : pending.length === 0 ? (
        <EmptyState title={t('invitations.empty')} />
      ) : (
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
    </section>
  );
}
