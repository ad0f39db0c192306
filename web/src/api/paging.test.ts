import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Page } from '../api_types';
import { listAuditLog, listMembers, listNotifications, listOutbox, listPlatformAudit } from './index';
import { FETCH_ALL_MAX_PAGES, MAX_PAGE_LIMIT } from '../lib/limits';
import { PagingError, fetchAllPages, pageQuery, type PageParams } from './paging';

function json(body: unknown) {
  return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
}

/** A list of `total` numbers served `limit` at a time; the cursor is the next offset. */
function numbers(total: number) {
  return vi.fn(async ({ cursor, limit = 50 }: PageParams): Promise<Page<number>> => {
    const from = cursor ? Number(cursor) : 0;
    const to = Math.min(total, from + limit);
    return {
      items: Array.from({ length: to - from }, (_, i) => from + i),
      next_cursor: to < total ? String(to) : null,
    };
  });
}

describe('pageQuery', () => {
  it('sends limit and cursor only when given', () => {
    expect(pageQuery()).toEqual({ limit: undefined, cursor: undefined });
    expect(pageQuery({ cursor: null })).toEqual({ limit: undefined, cursor: undefined });
    expect(pageQuery({ cursor: 'abc', limit: 20 })).toEqual({ limit: '20', cursor: 'abc' });
  });
});

describe('list endpoints', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('put the page after the filters in the query string and return the page', async () => {
    const page = { items: [{ person_id: 'p1' }], next_cursor: 'n2' };
    const fetchMock = vi.fn(async () => json(page));
    vi.stubGlobal('fetch', fetchMock);
    await expect(listMembers('o1', { q: 'ana', role: 'mentor' }, { cursor: 'c/1=', limit: 20 })).resolves.toEqual(page);
    await listMembers('o1');
    await listAuditLog('o1', { cursor: 'x' });
    await listPlatformAudit({ limit: 10 });
    await listNotifications({ limit: 100 });
    expect(fetchMock.mock.calls.map((c) => String((c as unknown[])[0]))).toEqual([
      '/api/v1/organisations/o1/members?q=ana&role=mentor&limit=20&cursor=c%2F1%3D',
      '/api/v1/organisations/o1/members',
      '/api/v1/organisations/o1/audit?cursor=x',
      '/api/v1/admin/audit?limit=10',
      '/api/v1/me/notifications?limit=100',
    ]);
  });

  it('keep what the outbox answers beside its items', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => json({ mode: 'development', items: [], next_cursor: null })));
    await expect(listOutbox()).resolves.toEqual({ mode: 'development', items: [], next_cursor: null });
  });
});

describe('fetchAllPages', () => {
  it('follows next_cursor, 200 a page, until the last page', async () => {
    const load = numbers(450);
    const all = await fetchAllPages(load);
    expect(all).toEqual(Array.from({ length: 450 }, (_, i) => i));
    expect(load.mock.calls.map((c) => c[0])).toEqual([
      { cursor: null, limit: MAX_PAGE_LIMIT },
      { cursor: '200', limit: MAX_PAGE_LIMIT },
      { cursor: '400', limit: MAX_PAGE_LIMIT },
    ]);
  });

  it('asks once for a list that fits in one page, even an empty one', async () => {
    const load = numbers(0);
    await expect(fetchAllPages(load)).resolves.toEqual([]);
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('gives up after the page bound instead of answering part of the list', async () => {
    const load = numbers(MAX_PAGE_LIMIT * 3 + 1);
    await expect(fetchAllPages(load, 3)).rejects.toBeInstanceOf(PagingError);
    expect(load).toHaveBeenCalledTimes(3);
    expect(FETCH_ALL_MAX_PAGES * MAX_PAGE_LIMIT).toBe(10_000);
  });

  it('stops when the server repeats a cursor', async () => {
    const load = vi.fn(async (): Promise<Page<number>> => ({ items: [1], next_cursor: 'same' }));
    await expect(fetchAllPages(load)).rejects.toThrow('repeated');
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('passes a failed page on', async () => {
    const load = vi
      .fn<(p: PageParams) => Promise<Page<number>>>()
      .mockResolvedValueOnce({ items: [1], next_cursor: 'c2' })
      .mockRejectedValueOnce(new Error('boom'));
    await expect(fetchAllPages(load)).rejects.toThrow('boom');
  });
});
