import { isApiError } from '../api/api_error';

export type RequestProblem = 'limit' | 'duplicate' | 'hasMentor' | 'other';

/** Sorts the server's answer to "request a mentor" into the cases the screen words itself. */
export function classifyRequestError(error: unknown): RequestProblem {
  if (!isApiError(error) || error.status !== 409) return 'other';
  if (error.code === 'already-exists') return 'duplicate';
  const detail = (error.detail ?? '').toLowerCase();
  if (/open requests/.test(detail)) return 'limit';
  if (/already have a mentor/.test(detail)) return 'hasMentor';
  return 'other';
}

export function openRequestCount(requests: readonly { status: string }[]): number {
  return requests.filter((r) => r.status === 'pending').length;
}
