import { useEffect, useSyncExternalStore } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { API_BASE, getMyUnread } from '../api';
import { queryKeys } from './query_keys';

/**
 * The signed-in person's live stream (GET /me/events, server-sent events). A `message` event
 * carries ids only; the pages refetch what they show. While the stream is not open (connecting,
 * refused, or a browser without EventSource), `useLiveOk()` is false and the queries that
 * depend on it poll instead (LIVE_FALLBACK_MS).
 */
export const LIVE_FALLBACK_MS = 10_000;

let open = false;
const listeners = new Set<() => void>();
function setOpen(next: boolean) {
  if (open === next) return;
  open = next;
  for (const l of listeners) l();
}

/** Whether the live stream is open now. */
export function useLiveOk(): boolean {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => open,
    () => false,
  );
}

/** The refetch interval for data the stream keeps fresh: none (undefined) while it is open. */
export function useLiveRefetchInterval(): number | undefined {
  return useLiveOk() ? undefined : LIVE_FALLBACK_MS;
}

interface MessageEventData {
  organisation_id: string;
  relationship_id: string;
  message_id: string;
}

/** Opens the stream while `enabled` (signed in) and turns its events into query refreshes. */
export function useLiveEvents(enabled: boolean): void {
  const client = useQueryClient();
  useEffect(() => {
    if (!enabled || typeof EventSource === 'undefined') return;
    const source = new EventSource(`${API_BASE}/me/events`);
    source.addEventListener('ready', () => setOpen(true));
    source.addEventListener('message', (e) => {
      try {
        const d = JSON.parse((e as MessageEvent<string>).data) as MessageEventData;
        void client.invalidateQueries({ queryKey: queryKeys.messages(d.organisation_id, d.relationship_id) });
        void client.invalidateQueries({ queryKey: queryKeys.unread() });
        void client.invalidateQueries({ queryKey: ['safety'] });
      } catch {
        // Not ours to show; the next poll or event catches up.
      }
    });
    source.onerror = () => setOpen(false);
    return () => {
      source.close();
      setOpen(false);
    };
  }, [enabled, client]);
}

/** The caller's unread messages over all threads (the navigation's badge). */
export function useUnreadMessages(enabled: boolean) {
  const interval = useLiveRefetchInterval();
  return useQuery({
    queryKey: queryKeys.unread(),
    queryFn: getMyUnread,
    enabled,
    refetchInterval: interval ?? 60_000,
  });
}
