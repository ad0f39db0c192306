import type { ReactNode } from 'react';
import { EmptyState } from './EmptyState';
import { ErrorState } from './ErrorState';
import { LoadingState } from './LoadingState';

/**
 * The states of a list loaded by one query or a paged list (usePagedList): loading, error (with
 * retry), empty (a title, then help or an action), or the list itself. Every list page shows
 * them through this, so they look and read the same everywhere.
 */
export function QueryStates({
  query,
  isEmpty,
  emptyTitle,
  emptyHelp,
  emptyAction,
  children,
}: {
  query: { isPending: boolean; isError: boolean; error: unknown; refetch: () => unknown };
  isEmpty: boolean;
  emptyTitle: string;
  emptyHelp?: string;
  /** What to do about it (a link to create the first one). */
  emptyAction?: ReactNode;
  children: ReactNode;
}) {
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (isEmpty) {
    return (
      <EmptyState title={emptyTitle}>
        {emptyHelp && <p>{emptyHelp}</p>}
        {emptyAction}
      </EmptyState>
    );
  }
  return <>{children}</>;
}
