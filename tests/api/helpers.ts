// Shared assertions, unique test data and paging for the API tests. Set-up of resources
// (organisations, people, programs, rounds, requests...) lives in fixtures/, one module each.
//
// Every test creates its own data with unique names (crypto.randomUUID()), so the files can run in
// any order, twice (SQLite and PostgreSQL servers), against a freshly seeded database.

import { ApiResponse, Client } from './client';
import type { Page, Problem } from './schema';

// ---------------------------------------------------------------------------------------------
// Assertions

/** The body of a problem answer (after `expectProblem`). */
export function problemOf(res: ApiResponse): Problem {
  return res.json as Problem;
}

/**
 * The `type` of a problem, after https://tandem.dev/problems/: the status code name of the error
 * table (src/http/errors.cc) or an edge problem's own name (csrf, payload-too-large...).
 */
export type ProblemType =
  | 'invalid-argument'
  | 'unauthenticated'
  | 'permission-denied'
  | 'not-found'
  | 'already-exists'
  | 'failed-precondition'
  | 'resource-exhausted'
  | 'csrf';

/**
 * Asserts an RFC 9457 problem response with the given HTTP status; with `want`, also its `type`
 * and a `detail` matching `want.detail`.
 */
export function expectProblem(
  res: ApiResponse,
  status: number,
  want: { type?: ProblemType; detail?: RegExp } = {},
): void {
  const ctx = `${res.status} ${res.text.slice(0, 500)}`;
  expect(res.status, ctx).toBe(status);
  expect(res.headers.get('content-type') ?? '', ctx).toMatch(/^application\/problem\+json/i);
  // The client checked the body against the spec's Problem schema; what it cannot say:
  const p = problemOf(res);
  expect(p.type.length, ctx).toBeGreaterThan(0);
  expect(p.title.length, ctx).toBeGreaterThan(0);
  expect(p.status, ctx).toBe(status);
  expect(p.detail, ctx).toBeTypeOf('string');
  expect((p.detail ?? '').trim().length, ctx).toBeGreaterThan(0);
  if (want.type) expect(p.type, ctx).toBe(`https://tandem.dev/problems/${want.type}`);
  if (want.detail) expect(p.detail, ctx).toMatch(want.detail);
}

/**
 * Asserts a 400 problem whose `errors[]` names `field` (an entry's field mentioning it, so
 * "skills_teach[0].level" names "level"): every field error of the server carries its field.
 */
export function expectFieldError(res: ApiResponse, field: string): void {
  expectProblem(res, 400, { type: 'invalid-argument' });
  const p = problemOf(res);
  const named = (p.errors ?? []).some((e) => e.field.includes(field));
  expect(named, `expected the problem's errors to name "${field}": ${res.text}`).toBe(true);
}

/** Asserts a 2xx-style status with a readable failure message. */
export function expectStatus(res: ApiResponse, status: number): void {
  expect(res.status, `${res.status} ${res.text.slice(0, 500)}`).toBe(status);
}

/** True for an RFC 3339 timestamp in UTC, e.g. `2026-11-25T18:30:00Z` (the contract's form). */
export function isUtcTimestamp(s: unknown): boolean {
  return (
    typeof s === 'string' &&
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(s) &&
    !Number.isNaN(Date.parse(s))
  );
}

// ---------------------------------------------------------------------------------------------
// Unique data

export function uid(): string {
  return crypto.randomUUID();
}

/** A short unique suffix usable in names, slugs and emails. */
export function short(): string {
  return crypto.randomUUID().replace(/-/g, '').slice(0, 12);
}

export function uniqueEmail(prefix = 'user'): string {
  return `${prefix.toLowerCase()}-${short()}@apitest.example`;
}

export function uniquePassword(): string {
  return `pw-${uid()}`;
}

// ---------------------------------------------------------------------------------------------
// Paging

/** `path` with `?limit=` / `?cursor=` added (after any query it already has). */
export function withPage(path: string, limit?: number, cursor?: string | null): string {
  const params: string[] = [];
  if (limit !== undefined) params.push(`limit=${limit}`);
  if (cursor) params.push(`cursor=${encodeURIComponent(cursor)}`);
  if (params.length === 0) return path;
  return `${path}${path.includes('?') ? '&' : '?'}${params.join('&')}`;
}

/**
 * Every item of a paged list: GET `path` page after page (`limit` each, default the maximum),
 * following `next_cursor` to the end. Each page must be a 200 `{items, next_cursor}`.
 */
export async function listAll<T>(client: Client, path: string, limit = 200): Promise<T[]> {
  const out: T[] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages < 1000; ++pages) {
    const res: ApiResponse<Page<T>> = await client.get<Page<T>>(withPage(path, limit, cursor));
    expectStatus(res, 200);
    out.push(...res.json.items);
    cursor = res.json.next_cursor;
    if (cursor === null) return out;
  }
  throw new Error(`${path}: no last page after 1000 pages`);
}
