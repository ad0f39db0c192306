import type { ReactNode } from 'react';
import { EmptyState } from './EmptyState';
import { ErrorState } from './ErrorState';
import { LoadingState } from './LoadingState';

/**
 * The states of a list loaded by one query or a paged list (usePagedList): loading, error (with
 * retry), empty (title and help), or the list itself.
 */
export function QueryStates({
  query,
  isEmpty,
  emptyTitle,
  emptyHelp,
  children,
}: {
  query: { isPending: boolean; isError: boolean; error: unknown; refetch: () => unknown };
  isEmpty: boolean;
  emptyTitle: string;
  emptyHelp: string;
  children: ReactNode;
}) {
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  if (isEmpty) {
    return (
      <EmptyState title={emptyTitle}>
        <p>{emptyHelp}</p>
      </EmptyState>
    );
  }
  return <>{children}</>;
}
