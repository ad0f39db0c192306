/** One page of a list endpoint: `{items, next_cursor}` (null on the last page). */
interface Page<T> {
  items: T[];
  next_cursor: string | null;
}

/**
 * Every item of a paged list endpoint: follows `next_cursor` 200 items a page (at most 50 pages).
 * `get` answers the parsed JSON of a GET; `path` may already carry filters.
 */
export async function allItems<T = any>(get: (path: string) => Promise<Page<T>>, path: string): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | null = null;
  for (let n = 0; n < 50; n++) {
    const params = new URLSearchParams({ limit: '200' });
    if (cursor) params.set('cursor', cursor);
    const page = await get(`${path}${path.includes('?') ? '&' : '?'}${params}`);
    items.push(...page.items);
    if (!page.next_cursor) return items;
    cursor = page.next_cursor;
  }
  throw new Error(`${path}: more than 50 pages`);
}
