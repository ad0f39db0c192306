import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { PagedList } from '../lib/use_paged_list';
import { LoadingState } from './LoadingState';
import { useErrorMessage } from './use_error_message';

/**
 * Under a paged list: "Show more" while the server has more, "Loading more…" while the next page
 * loads, and why it failed (with a retry) when it did. Nothing after the last page. Place it
 * after the list element, never inside it.
 */
export function ListFooter({
  list,
  label,
}: {
  list: Pick<PagedList<unknown>, 'hasMore' | 'isLoadingMore' | 'loadMoreError' | 'loadMore'>;
  /** The button's text when "Show more" is not the best word for the list. */
  label?: string;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  if (list.isLoadingMore) return <LoadingState label={t('paging.loadingMore')} />;
  if (list.loadMoreError) {
    return (
      <div className="list-footer" role="alert">
        <p className="field__error">
          {t('paging.loadMoreFailed')} {errorMessage(list.loadMoreError)}
        </p>
        <Button className="button button--secondary" onPress={list.loadMore}>
          {t('common.retry')}
        </Button>
      </div>
    );
  }
  if (!list.hasMore) return null;
  return (
    <div className="list-footer">
      <Button className="button button--secondary" onPress={list.loadMore}>
        {label ?? t('paging.showMore')}
      </Button>
    </div>
  );
}
