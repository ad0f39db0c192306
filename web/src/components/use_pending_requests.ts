import { listIncomingRequests } from '../api';
import { queryKeys } from '../lib/query_keys';
import { useAllPages } from '../lib/use_paged_list';

/** Every request addressed to the signed-in mentor: a count needs them all, not a page. */
export function useAllIncomingRequests(enabled = true) {
  return useAllPages({ queryKey: queryKeys.incomingRequests(), load: listIncomingRequests, enabled });
}

/** How many requests wait for the signed-in mentor's answer (nav badge, home summary). */
export function usePendingRequestCount(enabled = true): number {
  const query = useAllIncomingRequests(enabled);
  return (query.data ?? []).filter((r) => r.status === 'pending').length;
}
