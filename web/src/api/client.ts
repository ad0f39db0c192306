// The one fetch wrapper every endpoint function goes through: same-origin credentials, JSON in and
// out, the CSRF header on every non-GET request, and problem+json errors turned into ApiError.
import type { Problem } from '../api_types';
import { ApiError, parseRetryAfter } from './api_error';
import { CSRF_HEADER, csrfToken, rememberCsrfToken } from './csrf';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RequestOptions {
  body?: unknown;
  query?: Record<string, string | undefined | null>;
  signal?: AbortSignal;
  /** Set on the one retry after a CSRF refresh. */
  isRetry?: boolean;
}

export const API_BASE = '/api/v1';

export function buildUrl(path: string, query?: RequestOptions['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') params.set(key, value);
  }
  const qs = params.toString();
  return qs ? `${path}?${qs}` : path;
}

export async function request<T>(method: Method, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (options.body !== undefined) headers['Content-Type'] = 'application/json';
  if (method !== 'GET') headers[CSRF_HEADER] = csrfToken();

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: options.body === undefined ? undefined : JSON.stringify(options.body),
      signal: options.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, { title: 'Network error', detail: '' });
  }

  if (!response.ok) {
    const error = await toApiError(response);
    // A missing or stale CSRF cookie (after sign-out, say): fetch a fresh one and try once more.
    if (error.status === 403 && error.code === 'csrf' && method !== 'GET' && !options.isRetry) {
      await refreshCsrfToken();
      return request<T>(method, path, { ...options, isRetry: true });
    }
    throw error;
  }
  if (response.status === 204 || response.status === 202) return undefined as T;
  const text = await response.text();
  if (!text) return undefined as T;
  const type = response.headers.get('Content-Type') ?? '';
  if (type.includes('json')) return JSON.parse(text) as T;
  return text as T;
}

/** GET /auth/session (re)sets the tandem_csrf cookie; a signed-in answer also carries the token. */
async function refreshCsrfToken(): Promise<void> {
  try {
    const response = await fetch(`${API_BASE}/auth/session`, {
      headers: { Accept: 'application/json' },
      credentials: 'same-origin',
    });
    rememberCsrfToken('');
    if (response.ok) {
      const info = (await response.json()) as { csrf_token?: string };
      if (info.csrf_token) rememberCsrfToken(info.csrf_token);
    }
  } catch {
    // The retry will report the problem.
  }
}

async function toApiError(response: Response): Promise<ApiError> {
  const retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
  let problem: Problem = { status: response.status, title: response.statusText };
  try {
    const text = await response.text();
    if (text) {
      const parsed: unknown = JSON.parse(text);
      if (parsed && typeof parsed === 'object') problem = { ...problem, ...(parsed as Problem) };
    }
  } catch {
    // Not JSON (a proxy's HTML page, say): keep the status line.
  }
  return new ApiError(response.status, problem, retryAfter);
}

export const api = {
  get: <T>(path: string, query?: RequestOptions['query']) => request<T>('GET', path, { query }),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, { body }),
  put: <T>(path: string, body: unknown) => request<T>('PUT', path, { body }),
  patch: <T>(path: string, body: unknown) => request<T>('PATCH', path, { body }),
  delete: (path: string) => request<void>('DELETE', path),
};

/** Encodes one path segment (ids, tokens). */
export const seg = (value: string): string => encodeURIComponent(value);
