// The session is the auth source: GET /auth/session through TanStack Query, null when signed out.
import { useQuery, type QueryClient } from '@tanstack/react-query';
import type { Me, SessionInfo } from '../api_types';
import { getSession, isApiError } from '../api';

export const SESSION_KEY = ['session'] as const;

export async function fetchSessionOrNull(): Promise<SessionInfo | null> {
  try {
    return await getSession();
  } catch (error) {
    if (isApiError(error) && error.status === 401) return null;
    throw error;
  }
}

export function useSession() {
  return useQuery({ queryKey: SESSION_KEY, queryFn: fetchSessionOrNull, staleTime: 5 * 60_000 });
}

/** The signed-in user; only for components rendered inside RequireAuth. */
export function useCurrentUser(): Me {
  const { data } = useSession();
  if (!data) throw new Error('useCurrentUser outside RequireAuth');
  return data.user;
}

/** After login or accepting an invitation: store the new session and refetch everything else. */
export async function applySignedIn(client: QueryClient, info: SessionInfo): Promise<void> {
  client.removeQueries({ predicate: (q) => q.queryKey[0] !== SESSION_KEY[0] });
  client.setQueryData(SESSION_KEY, info);
  await client.invalidateQueries({ predicate: (q) => q.queryKey[0] !== SESSION_KEY[0] });
}

/** After logout: forget everything; re-reading the session also renews the CSRF cookie. */
export function applySignedOut(client: QueryClient): void {
  client.removeQueries({ predicate: (q) => q.queryKey[0] !== SESSION_KEY[0] });
  client.setQueryData(SESSION_KEY, null);
  void client.invalidateQueries({ queryKey: SESSION_KEY });
}
