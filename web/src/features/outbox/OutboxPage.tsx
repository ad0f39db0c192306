import { useTranslation } from 'react-i18next';
import { listOutbox } from '../../api';
import { useCurrentUser } from '../../auth/session';
import { ListFooter } from '../../components/ListFooter';
import { QueryStates } from '../../components/QueryStates';
import { RestrictedPage } from '../../components/RestrictedPage';
import { queryKeys } from '../../lib/query_keys';
import { usePagedList } from '../../lib/use_paged_list';
import { MailModeBanner } from './MailModeBanner';
import { OutboxMessageCard } from './OutboxMessageCard';

/**
 * /admin/outbox — what the platform sends, newest first. In development mail mode it is the mailbox
 * (whole messages); with SMTP delivery it shows delivery details only.
 */
export function OutboxPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const list = usePagedList({
    queryKey: queryKeys.outbox(),
    load: listOutbox,
    enabled: user.is_platform_admin,
    refetchInterval: 15_000,
  });
  // Each page says the server's mail mode; the newest page is the one to trust.
  const mode = list.pages[0]?.mode;
  const messages = [...list.items].sort((a, b) => b.created_at.localeCompare(a.created_at));

  return (
    <RestrictedPage allowed={user.is_platform_admin} title={t('outbox.title')} lead={t('outbox.lead')}>
      {mode && <MailModeBanner mode={mode} />}
      <QueryStates query={list} isEmpty={messages.length === 0} emptyTitle={t('outbox.empty')}>
        <ol className="outbox-list">
          {messages.map((m) => (
            <li key={m.id}>
              <OutboxMessageCard message={m} delivering={mode === 'smtp'} />
            </li>
          ))}
        </ol>
        <ListFooter list={list} />
      </QueryStates>
    </RestrictedPage>
  );
}
