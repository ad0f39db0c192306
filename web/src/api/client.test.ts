import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError, normaliseField, parseRetryAfter } from './api_error';
import { api, buildUrl } from './client';
import { rememberCsrfToken } from './csrf';
import { login, updateMe } from './index';

type FetchArgs = [RequestInfo | URL, RequestInit | undefined];

function mockFetch(response: Response) {
  const fn = vi.fn<(...args: FetchArgs) => Promise<Response>>(async () => response);
  vi.stubGlobal('fetch', fn);
  return fn;
}

function json(body: unknown, status = 200, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json', ...headers },
  });
}

function headersOf(call: FetchArgs): Record<string, string> {
  return (call[1]?.headers ?? {}) as Record<string, string>;
}

function setCookie(value: string) {
  document.cookie = `tandem_csrf=${value}; path=/`;
}

describe('fetch wrapper', () => {
  beforeEach(() => {
    setCookie('csrf-from-cookie');
    rememberCsrfToken('');
  });
  afterEach(() => {
    document.cookie = 'tandem_csrf=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
    vi.unstubAllGlobals();
  });

  it.each(['POST', 'PUT', 'PATCH', 'DELETE'] as const)('sends X-CSRF-Token from the cookie on %s', async (method) => {
    const fetchMock = mockFetch(new Response(null, { status: 204 }));
    const call = {
      POST: () => api.post('/api/v1/x', { a: 1 }),
      PUT: () => api.put('/api/v1/x', { a: 1 }),
      PATCH: () => api.patch('/api/v1/x', { a: 1 }),
      DELETE: () => api.delete('/api/v1/x'),
    }[method];
    await call();
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/api/v1/x');
    expect(init?.method).toBe(method);
    expect(headersOf(fetchMock.mock.calls[0]!)['X-CSRF-Token']).toBe('csrf-from-cookie');
    expect(init?.credentials).toBe('same-origin');
  });

  it('does not send the CSRF header on GET, but does send credentials', async () => {
    const fetchMock = mockFetch(json({ ok: true }));
    await api.get('/api/v1/me');
    const headers = headersOf(fetchMock.mock.calls[0]!);
    expect(headers['X-CSRF-Token']).toBeUndefined();
    expect(fetchMock.mock.calls[0]![1]?.credentials).toBe('same-origin');
  });

  it('decodes a URL-encoded cookie value', async () => {
    setCookie(encodeURIComponent('a/b+c='));
    const fetchMock = mockFetch(new Response(null, { status: 204 }));
    await api.post('/api/v1/auth/logout');
    expect(headersOf(fetchMock.mock.calls[0]!)['X-CSRF-Token']).toBe('a/b+c=');
  });

  it('falls back to the token of the last SessionInfo when the cookie is missing', async () => {
    document.cookie = 'tandem_csrf=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
    rememberCsrfToken('from-session');
    const fetchMock = mockFetch(new Response(null, { status: 204 }));
    await api.post('/api/v1/auth/logout');
    expect(headersOf(fetchMock.mock.calls[0]!)['X-CSRF-Token']).toBe('from-session');
  });

  it('sends JSON bodies with a JSON content type and parses JSON answers', async () => {
    const me = { id: '1', email: 'a@b.example', name: 'A', locale: 'es', is_platform_admin: false, memberships: [] };
    const fetchMock = mockFetch(json(me));
    const result = await updateMe({ locale: 'es' });
    const [url, init] = fetchMock.mock.calls[0]!;
    expect(url).toBe('/api/v1/me');
    expect(init?.method).toBe('PATCH');
    expect(init?.body).toBe('{"locale":"es"}');
    expect(headersOf(fetchMock.mock.calls[0]!)['Content-Type']).toBe('application/json');
    expect(result).toEqual(me);
  });

  it('remembers the CSRF token of a successful login', async () => {
    document.cookie = 'tandem_csrf=; expires=Thu, 01 Jan 1970 00:00:00 GMT; path=/';
    mockFetch(json({ user: {}, csrf_token: 'fresh-token' }));
    await login('a@b.example', 'pw');
    const fetchMock = mockFetch(new Response(null, { status: 204 }));
    await api.post('/api/v1/auth/logout');
    expect(headersOf(fetchMock.mock.calls[0]!)['X-CSRF-Token']).toBe('fresh-token');
  });

  it('refreshes the CSRF cookie once and retries after a 403 csrf problem', async () => {
    const csrfProblem = () =>
      new Response(JSON.stringify({ type: 'https://tandem.dev/problems/csrf', status: 403, title: 'csrf' }), {
        status: 403,
        headers: { 'Content-Type': 'application/problem+json' },
      });
    const answers = [
      csrfProblem(),
      new Response(JSON.stringify({ status: 401 }), { status: 401 }),
      new Response(null, { status: 204 }),
    ];
    const fetchMock = vi.fn(async (url: RequestInfo | URL) => {
      if (String(url).endsWith('/auth/session')) setCookie('renewed');
      return answers.shift()!;
    });
    vi.stubGlobal('fetch', fetchMock);
    await expect(api.post('/api/v1/auth/login', { email: 'a@b.example', password: 'x' })).resolves.toBeUndefined();
    expect(fetchMock.mock.calls.map((c) => String(c[0]))).toEqual([
      '/api/v1/auth/login',
      '/api/v1/auth/session',
      '/api/v1/auth/login',
    ]);
    const retried = fetchMock.mock.calls[2] as unknown as FetchArgs;
    expect(headersOf(retried)['X-CSRF-Token']).toBe('renewed');
  });

  it('retries a csrf failure only once', async () => {
    const fetchMock = vi.fn(
      async () =>
        new Response(JSON.stringify({ type: 'https://tandem.dev/problems/csrf', status: 403 }), {
          status: 403,
          headers: { 'Content-Type': 'application/problem+json' },
        }),
    );
    vi.stubGlobal('fetch', fetchMock);
    const e = (await api.post('/api/v1/x').catch((x: unknown) => x)) as ApiError;
    expect(e.code).toBe('csrf');
    expect(fetchMock).toHaveBeenCalledTimes(3);
  });

  it('returns undefined for 204 and 202', async () => {
    mockFetch(new Response(null, { status: 204 }));
    await expect(api.post('/api/v1/auth/logout')).resolves.toBeUndefined();
    mockFetch(new Response(null, { status: 202 }));
    await expect(api.post('/api/v1/auth/password-reset', { email: 'x@y.example' })).resolves.toBeUndefined();
  });

  it('parses problem+json into an ApiError with status, detail and field errors', async () => {
    mockFetch(
      new Response(
        JSON.stringify({
          type: 'https://tandem.dev/problems/invalid-argument',
          title: 'Invalid argument',
          status: 400,
          detail: 'headline is too long',
          errors: [
            { field: 'headline', message: 'must be at most 140 characters' },
            { field: 'skills_learn[0].target_level', message: 'must be >= current_level' },
          ],
        }),
        { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
      ),
    );
    const error = await api.put('/api/v1/me/profile', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    const e = error as ApiError;
    expect(e.status).toBe(400);
    expect(e.code).toBe('invalid-argument');
    expect(e.title).toBe('Invalid argument');
    expect(e.detail).toBe('headline is too long');
    expect(e.message).toBe('headline is too long');
    expect(e.fieldErrors).toHaveLength(2);
    expect(e.fieldError('headline')).toBe('must be at most 140 characters');
    expect(e.fieldError('skills_learn.0.target_level')).toBe('must be >= current_level');
  });

  it('reads the csrf problem code and Retry-After on 429', async () => {
    mockFetch(
      new Response(JSON.stringify({ type: 'https://tandem.dev/problems/resource-exhausted', status: 429, detail: 'slow down' }), {
        status: 429,
        headers: { 'Content-Type': 'application/problem+json', 'Retry-After': '600' },
      }),
    );
    const e = (await api.post('/api/v1/auth/login', {}).catch((x: unknown) => x)) as ApiError;
    expect(e.status).toBe(429);
    expect(e.code).toBe('resource-exhausted');
    expect(e.retryAfter).toBe(600);
    expect(e.fieldErrors).toEqual([]);
  });

  it('keeps the status when the error body is not JSON', async () => {
    mockFetch(new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }));
    const e = (await api.get('/api/v1/me').catch((x: unknown) => x)) as ApiError;
    expect(e).toBeInstanceOf(ApiError);
    expect(e.status).toBe(502);
    expect(e.detail).toBe('');
    expect(e.title).toBe('Bad Gateway');
  });

  it('turns a network failure into ApiError status 0', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))));
    const e = (await api.get('/api/v1/me').catch((x: unknown) => x)) as ApiError;
    expect(e.status).toBe(0);
  });
});

describe('helpers', () => {
  it('builds query strings without empty values', () => {
    expect(buildUrl('/x', { role: 'mentor', status: '', q: undefined })).toBe('/x?role=mentor');
    expect(buildUrl('/x', { q: 'ana garcía' })).toBe('/x?q=ana+garc%C3%ADa');
    expect(buildUrl('/x')).toBe('/x');
  });

  it('normalises field paths', () => {
    expect(normaliseField('goals[1].tags[0]')).toBe('goals.1.tags.0');
    expect(normaliseField('/minor/guardian_email')).toBe('minor.guardian_email');
    expect(normaliseField('headline')).toBe('headline');
  });

  it('parses Retry-After seconds and dates', () => {
    expect(parseRetryAfter('120')).toBe(120);
    expect(parseRetryAfter(null)).toBeNull();
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:05:00 GMT', now)).toBe(300);
    expect(parseRetryAfter('soon')).toBeNull();
  });
});
