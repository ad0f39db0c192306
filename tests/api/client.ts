// A tiny HTTP client with a cookie jar, one instance per simulated user agent.
//
// It keeps the cookies the server sets (tandem_session, tandem_csrf, anything else), sends them
// back on every request, and on POST/PUT/PATCH/DELETE sends `X-CSRF-Token` with the value of the
// `tandem_csrf` cookie, as the SPA does. When the jar has no CSRF cookie yet, the first unsafe
// request first calls `GET /api/v1/auth/session` (which always sets it), again as the SPA does on
// boot. `raw()` gives full control (body bytes, headers, CSRF on/off/explicit value) for tests of
// malformed input.
//
// Every answer is checked against api/openapi.yaml (contract.ts): a status the operation does not
// list, or a body that does not match its schema (including a field the spec lacks), throws.

import { contract } from './contract';
import type { SessionInfo } from './schema';

export const BASE_URL = (process.env.TANDEM_BASE_URL ?? 'http://127.0.0.1:18090').replace(/\/+$/, '');
export const V1 = '/api/v1';
export const SESSION_COOKIE = 'tandem_session';
export const CSRF_COOKIE = 'tandem_csrf';

export interface ApiResponse<T = unknown> {
  status: number;
  headers: Headers;
  /** Parsed JSON body, or undefined when the body is empty or not JSON. */
  json: T;
  text: string;
  /** Raw Set-Cookie header values of this response. */
  setCookies: string[];
}

export interface RawOptions {
  /** Body sent verbatim. */
  body?: string | Uint8Array<ArrayBuffer>;
  /** Extra headers; a header given here wins over the defaults. */
  headers?: Record<string, string>;
  /**
   * true (default): send X-CSRF-Token from the jar on unsafe methods (priming it if missing);
   * false: send no X-CSRF-Token; a string: send exactly that value.
   */
  csrf?: boolean | string;
}

/** A parsed Set-Cookie header (only what the tests look at). */
export interface SetCookie {
  name: string;
  value: string;
  attributes: Map<string, string>; // lower-cased attribute name -> value ('' for flags)
}

export function parseSetCookie(header: string): SetCookie {
  const [pair, ...attrs] = header.split(';');
  const eq = pair.indexOf('=');
  const name = (eq < 0 ? pair : pair.slice(0, eq)).trim();
  const value = eq < 0 ? '' : pair.slice(eq + 1).trim();
  const attributes = new Map<string, string>();
  for (const a of attrs) {
    const i = a.indexOf('=');
    const key = (i < 0 ? a : a.slice(0, i)).trim().toLowerCase();
    if (key) attributes.set(key, i < 0 ? '' : a.slice(i + 1).trim());
  }
  return { name, value, attributes };
}

function isUnsafe(method: string): boolean {
  return !['GET', 'HEAD', 'OPTIONS'].includes(method.toUpperCase());
}

/** What a Client sends requests with: the global fetch, or another one (see from_address.ts). */
export type Transport = (url: string, init: RequestInit) => Promise<Response>;

export class Client {
  readonly cookies = new Map<string, string>();

  constructor(
    readonly baseUrl: string = BASE_URL,
    readonly transport: Transport = (url, init) => fetch(url, init),
  ) {}

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  setCookie(name: string, value: string): void {
    this.cookies.set(name, value);
  }

  clearCookie(name: string): void {
    this.cookies.delete(name);
  }

  get session(): string | undefined {
    return this.cookies.get(SESSION_COOKIE);
  }

  get csrf(): string | undefined {
    return this.cookies.get(CSRF_COOKIE);
  }

  /** A new client sharing a copy of this jar (e.g. "the same browser, later"). */
  clone(): Client {
    const c = new Client(this.baseUrl, this.transport);
    for (const [k, v] of this.cookies) c.cookies.set(k, v);
    return c;
  }

  /** Makes sure the jar holds a CSRF cookie, as the SPA does when it boots. */
  async ensureCsrf(): Promise<void> {
    if (this.csrf) return;
    await this.send('GET', `${V1}/auth/session`, {});
  }

  async login(email: string, password: string): Promise<ApiResponse<SessionInfo>> {
    return this.post<SessionInfo>(`${V1}/auth/login`, { email, password });
  }

  /** Logs in and throws with the server's answer if it did not succeed. */
  async loginOk(email: string, password: string): Promise<ApiResponse<SessionInfo>> {
    const res = await this.login(email, password);
    if (res.status !== 200) {
      throw new Error(`login ${email} failed: ${res.status} ${res.text}`);
    }
    return res;
  }

  get<T = unknown>(path: string, headers?: Record<string, string>): Promise<ApiResponse<T>> {
    return this.send('GET', path, { headers });
  }

  post<T = unknown>(path: string, body?: unknown): Promise<ApiResponse<T>> {
    return this.json('POST', path, body);
  }

  put<T = unknown>(path: string, body?: unknown): Promise<ApiResponse<T>> {
    return this.json('PUT', path, body);
  }

  patch<T = unknown>(path: string, body?: unknown): Promise<ApiResponse<T>> {
    return this.json('PATCH', path, body);
  }

  del<T = unknown>(path: string, body?: unknown): Promise<ApiResponse<T>> {
    return this.json('DELETE', path, body);
  }

  /** Sends exactly the given body and headers (CSRF handling per `opts.csrf`). */
  raw<T = unknown>(method: string, path: string, opts: RawOptions = {}): Promise<ApiResponse<T>> {
    return this.send(method, path, opts);
  }

  private json<T>(method: string, path: string, body: unknown): Promise<ApiResponse<T>> {
    if (body === undefined) return this.send(method, path, {});
    return this.send(method, path, {
      body: JSON.stringify(body),
      headers: { 'Content-Type': 'application/json' },
    });
  }

  private async send<T>(method: string, path: string, opts: RawOptions): Promise<ApiResponse<T>> {
    const csrfMode = opts.csrf ?? true;
    if (isUnsafe(method) && csrfMode === true) await this.ensureCsrf();

    const headers: Record<string, string> = { Accept: 'application/json, */*;q=0.5' };
    if (this.cookies.size > 0) {
      headers['Cookie'] = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    }
    if (isUnsafe(method)) {
      if (csrfMode === true && this.csrf !== undefined) headers['X-CSRF-Token'] = this.csrf;
      else if (typeof csrfMode === 'string') headers['X-CSRF-Token'] = csrfMode;
    }
    for (const [k, v] of Object.entries(opts.headers ?? {})) {
      for (const existing of Object.keys(headers)) {
        if (existing.toLowerCase() === k.toLowerCase()) delete headers[existing];
      }
      headers[k] = v;
    }

    const res = await this.transport(this.baseUrl + path, {
      method,
      headers,
      body: opts.body,
      redirect: 'manual',
    });
    const setCookies = res.headers.getSetCookie();
    for (const sc of setCookies) this.store(parseSetCookie(sc));

    const text = await res.text();
    let json: unknown = undefined;
    if (text.length > 0) {
      try {
        json = JSON.parse(text);
      } catch {
        json = undefined;
      }
    }
    const violations = contract().violations({
      method,
      path,
      status: res.status,
      contentType: res.headers.get('content-type'),
      text,
      body: json,
    });
    if (violations.length > 0) {
      throw new Error(
        `the answer breaks api/openapi.yaml:\n  ${violations.join('\n  ')}\nbody: ${text.slice(0, 800)}`,
      );
    }
    // The body matched the spec's schema for this answer (above); `T` is the caller's name for
    // that schema (an error answer's body is read with helpers.ts's problemOf).
    return { status: res.status, headers: res.headers, json: json as T, text, setCookies };
  }

  private store(c: SetCookie): void {
    const maxAge = c.attributes.get('max-age');
    const expires = c.attributes.get('expires');
    const expired =
      (maxAge !== undefined && Number(maxAge) <= 0) ||
      (expires !== undefined && !Number.isNaN(Date.parse(expires)) && Date.parse(expires) <= Date.now());
    if (expired || c.value === '') this.cookies.delete(c.name);
    else this.cookies.set(c.name, c.value);
  }
}

/** The Set-Cookie header for `name` in a response, parsed, if any. */
export function findSetCookie(res: ApiResponse, name: string): SetCookie | undefined {
  return res.setCookies.map(parseSetCookie).find((c) => c.name === name);
}
