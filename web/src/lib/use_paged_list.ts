import { useCallback, useMemo } from 'react';
import { keepPreviousData, useInfiniteQuery, useQuery, type QueryKey } from '@tanstack/react-query';
import type { Page } from '../api_types';
import { fetchAllPages, type PageLoader, type PageParams } from '../api/paging';

/** A list read page by page: what is loaded so far, and how to load the next page. */
export interface PagedList<T, P extends Page<T> = Page<T>> {
  /** Every item of the pages loaded so far, in the server's order. */
  items: T[];
  /** The pages themselves (for what a list answers beside its items, e.g. the outbox's mode). */
  pages: P[];
  /** Nothing loaded yet. */
  isPending: boolean;
  /** The list could not be loaded (a next page that failed is `loadMoreError` instead). */
  isError: boolean;
  error: unknown;
  refetch: () => void;
  /** The server has more after the loaded pages. */
  hasMore: boolean;
  isLoadingMore: boolean;
  /** Why the last "show more" failed; null otherwise. */
  loadMoreError: unknown;
  loadMore: () => void;
}

export interface PagedListOptions<P> {
  /**
   * The list's key in queryKeys, filters included: other filters start again from the first
   * page. The pages are cached under this key plus 'pages', so invalidating the key reloads them.
   */
  queryKey: QueryKey;
  /** Loads one page; pass `page` on to the api function. */
  load: (page: PageParams) => Promise<P>;
  /** Items a page (1..200); the server's default (50) when not given. */
  limit?: number;
  enabled?: boolean;
  refetchInterval?: number;
  /** Keep showing the previous filter's items while the first page of new filters loads. */
  keepPrevious?: boolean;
}

/** The item type of a page type. */
type ItemOf<P extends Page<unknown>> = P['items'][number];

/** Pages of a list endpoint (`{items, next_cursor}`), one more on each `loadMore`. */
export function usePagedList<P extends Page<unknown>>(options: PagedListOptions<P>): PagedList<ItemOf<P>, P> {
  const { load, limit } = options;
  const query = useInfiniteQuery({
    queryKey: [...options.queryKey, 'pages'],
    queryFn: ({ pageParam }) => load({ cursor: pageParam, limit }),
    initialPageParam: null as string | null,
    getNextPageParam: (last: P) => last.next_cursor ?? undefined,
    enabled: options.enabled,
    refetchInterval: options.refetchInterval,
    placeholderData: options.keepPrevious ? keepPreviousData : undefined,
  });
  const pages = query.data?.pages;
  const items = useMemo(() => (pages ?? []).flatMap((p): ItemOf<P>[] => p.items), [pages]);
  const { fetchNextPage, refetch } = query;
  const loadMore = useCallback(() => void fetchNextPage(), [fetchNextPage]);
  const reload = useCallback(() => void refetch(), [refetch]);
  return {
    items,
    pages: pages ?? [],
    isPending: query.isPending,
    isError: query.isError && !query.isFetchNextPageError,
    error: query.error,
    refetch: reload,
    // Not while the previous filter's pages stand in for the new ones.
    hasMore: query.hasNextPage && !query.isPlaceholderData,
    isLoadingMore: query.isFetchingNextPage,
    loadMoreError: query.isFetchNextPageError ? query.error : null,
    loadMore,
  };
}

/**
 * The whole list, through fetchAllPages, for what needs every item rather than a page: choices
 * in a select, a count. Cached under the list's key plus 'all', apart from its pages.
 */
export function useAllPages<T>(options: { queryKey: QueryKey; load: PageLoader<T>; enabled?: boolean }) {
  const { load } = options;
  return useQuery({
    queryKey: [...options.queryKey, 'all'],
    queryFn: () => fetchAllPages(load),
    enabled: options.enabled,
  });
}
