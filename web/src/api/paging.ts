// Paging through list endpoints: every list answers one page, `{items, next_cursor}`, and takes
// `?limit=` (1..200, default 50) and `?cursor=` (the `next_cursor` of the page before).
import type { Page } from '../api_types';
import { FETCH_ALL_MAX_PAGES, MAX_PAGE_LIMIT } from '../lib/limits';

/** Where a page starts (`cursor`; none for the first page) and how long it is (`limit`). */
export interface PageParams {
  cursor?: string | null;
  limit?: number;
}

/** Loads one page of a list from where `page` says. */
export type PageLoader<T> = (page: PageParams) => Promise<Page<T>>;

/**
 * The paging part of a list's query string: `limit` and `cursor`, each only when given (the
 * server's default size, and the first page, need neither). Merge it with the list's filters.
 */
export function pageQuery(page: PageParams = {}): Record<string, string | undefined> {
  return {
    limit: page.limit === undefined ? undefined : String(page.limit),
    cursor: page.cursor || undefined,
  };
}

/** fetchAllPages stopped: the list is longer than it follows, or the server repeated a cursor. */
export class PagingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PagingError';
  }
}

/**
 * The whole list, for the few places that need every item rather than a page (a select of
 * choices, a count): follows `next_cursor` from the first page, 200 items a page. Stops with a
 * PagingError after `maxPages` pages, or when a cursor comes back a second time, rather than
 * loop without end or answer with part of the list as if it were all of it.
 */
export async function fetchAllPages<T>(load: PageLoader<T>, maxPages: number = FETCH_ALL_MAX_PAGES): Promise<T[]> {
  const items: T[] = [];
  const seen = new Set<string>();
  let cursor: string | null = null;
  for (let n = 0; n < maxPages; n++) {
    const page = await load({ cursor, limit: MAX_PAGE_LIMIT });
    items.push(...page.items);
    if (!page.next_cursor) return items;
    if (seen.has(page.next_cursor)) throw new PagingError('The server repeated a page cursor.');
    seen.add(page.next_cursor);
    cursor = page.next_cursor;
  }
  throw new PagingError(`The list is longer than ${maxPages} pages.`);
}
