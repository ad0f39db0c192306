import { useState } from 'react';
import { Button } from 'react-aria-components';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { AuditPage } from '../../api_types';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { formatDateTime } from '../../lib/format';
import { auditActor, auditText } from './audit_text';

/**
 * One page of audit entries at a time (the server's keyset cursor), with buttons to older
 * entries and back to the newest. `queryKey` names the log; `load` fetches a page.
 */
export function AuditTable({
  queryKey,
  load,
}: {
  queryKey: readonly unknown[];
  load: (cursor: string | null) => Promise<AuditPage>;
}) {
  const { t, i18n } = useTranslation();
  const [cursor, setCursor] = useState<string | null>(null);
  const query = useQuery({
    queryKey: [...queryKey, cursor],
    queryFn: () => load(cursor),
    placeholderData: keepPreviousData,
  });

  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  const page = query.data;
  if (page.items.length === 0 && cursor === null) return <EmptyState title={t('audit.empty')} />;
  return (
    <div className="table-wrap">
      <table className="table table--stack">
        <caption className="visually-hidden">{t('audit.listTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('audit.when')}</th>
            <th scope="col">{t('audit.who')}</th>
            <th scope="col">{t('audit.what')}</th>
          </tr>
        </thead>
        <tbody>
          {page.items.map((e) => (
            <tr key={e.id}>
              <td data-label={t('audit.when')}>
                <time dateTime={e.created_at}>{formatDateTime(e.created_at, i18n.language)}</time>
              </td>
              <td data-label={t('audit.who')}>{auditActor(e, t)}</td>
              <td data-label={t('audit.what')}>{auditText(e, t)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="button-row">
        {cursor !== null && (
          <Button className="button button--ghost" onPress={() => setCursor(null)}>
            {t('audit.first')}
          </Button>
        )}
        {page.next_cursor && (
          <Button className="button button--secondary" onPress={() => setCursor(page.next_cursor)}>
            {t('audit.next')}
          </Button>
        )}
      </div>
    </div>
  );
}
