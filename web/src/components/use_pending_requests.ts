import { useQuery } from '@tanstack/react-query';
import { listIncomingRequests } from '../api';
import { queryKeys } from '../lib/query_keys';

/** How many requests wait for the signed-in mentor's answer (nav badge, home summary). */
export function usePendingRequestCount(enabled = true): number {
  const query = useQuery({ queryKey: queryKeys.incomingRequests(), queryFn: listIncomingRequests, enabled });
  return (query.data ?? []).filter((r) => r.status === 'pending').length;
}
