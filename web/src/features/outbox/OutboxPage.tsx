import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { listOutbox } from '../../api';
import { useCurrentUser } from '../../auth/session';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { Forbidden } from '../../components/Forbidden';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { queryKeys } from '../../lib/query_keys';
import { MailModeBanner } from './MailModeBanner';
import { OutboxMessageCard } from './OutboxMessageCard';

/**
 * /admin/outbox — what the platform sends, newest first. In development mail mode it is the mailbox
 * (whole messages); with SMTP delivery it shows delivery details only.
 */
export function OutboxPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const query = useQuery({
    queryKey: queryKeys.outbox(),
    queryFn: listOutbox,
    enabled: user.is_platform_admin,
    refetchInterval: 15_000,
  });

  if (!user.is_platform_admin) {
    return (
      <>
        <PageHeader title={t('outbox.title')} />
        <Forbidden />
      </>
    );
  }
  const messages = [...(query.data?.items ?? [])].sort((a, b) => b.created_at.localeCompare(a.created_at));
  return (
    <>
      <PageHeader title={t('outbox.title')} lead={t('outbox.lead')} />
      {query.data && <MailModeBanner mode={query.data.mode} />}
      {query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : messages.length === 0 ? (
        <EmptyState title={t('outbox.empty')} />
      ) : (
        <ol className="outbox-list">
          {messages.map((m) => (
            <li key={m.id}>
              <OutboxMessageCard message={m} delivering={query.data?.mode === 'smtp'} />
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
