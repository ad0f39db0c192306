import type { QueryKey } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../api_types';
import type { PageLoader } from '../../api';
import { ListFooter } from '../../components/ListFooter';
import { QueryStates } from '../../components/QueryStates';
import { StackTable } from '../../components/StackTable';
import { formatDateTime } from '../../lib/format';
import { usePagedList } from '../../lib/use_paged_list';
import { auditActor, auditText } from './audit_text';

/**
 * Audit entries, newest first, a page at a time (the server's keyset cursor): "Older entries"
 * appends the next page. `queryKey` names the log; `load` fetches a page.
 */
export function AuditTable({ queryKey, load }: { queryKey: QueryKey; load: PageLoader<AuditEntry> }) {
  const { t, i18n } = useTranslation();
  const list = usePagedList({ queryKey, load });

  return (
    <QueryStates query={list} isEmpty={list.items.length === 0} emptyTitle={t('audit.empty')}>
      <StackTable
        caption={t('audit.listTitle')}
        columns={[t('audit.when'), t('audit.who'), t('audit.what')]}
        footer={<ListFooter list={list} label={t('audit.next')} />}
      >
        {list.items.map((e) => (
          <tr key={e.id}>
            <td data-label={t('audit.when')}>
              <time dateTime={e.created_at}>{formatDateTime(e.created_at, i18n.language)}</time>
            </td>
            <td data-label={t('audit.who')}>{auditActor(e, t)}</td>
            <td data-label={t('audit.what')}>{auditText(e, t)}</td>
          </tr>
        ))}
      </StackTable>
    </QueryStates>
  );
}
