import { useTranslation } from 'react-i18next';
import type { PagedList } from '../lib/use_paged_list';

/** A card's heading, with a short status beside it (a count) that is announced when it changes. */
export function SectionHead({ id, title, status }: { id: string; title: string; status?: string }) {
  return (
    <div className="section-head">
      <h2 id={id} className="section-title">
        {title}
      </h2>
      {status && (
        <p className="muted" role="status">
          {status}
        </p>
      )}
    </div>
  );
}

/** "Results: 12" for a loaded list, "Results: 12 so far, more to load" while the server has more. */
export function useResultCount(list: Pick<PagedList<unknown>, 'isPending' | 'isError' | 'hasMore' | 'items'>) {
  const { t } = useTranslation();
  if (list.isPending || list.isError) return undefined;
  const count = list.items.length;
  return list.hasMore ? t('paging.resultsMore', { count }) : t('paging.results', { count });
}
