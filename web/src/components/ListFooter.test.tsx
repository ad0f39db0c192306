import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import '../i18n';
import i18n from '../i18n';
import { ApiError } from '../api';
import type { PageParams } from '../api';
import type { Page } from '../api_types';
import { usePagedList } from '../lib/use_paged_list';
import { ListFooter } from './ListFooter';

type Loader = (filter: string, page: PageParams) => Promise<Page<string>>;

/** A list of names under one filter, with the states a screen shows and the footer under it. */
function Names({ filter, load, limit }: { filter: string; load: Loader; limit?: number }) {
  const list = usePagedList({ queryKey: ['names', filter], load: (page) => load(filter, page), limit });
  if (list.isPending) return <p>pending</p>;
  if (list.isError) return <p>first page failed</p>;
  return (
    <>
      <ul aria-label="Names">
        {list.items.map((n) => (
          <li key={n}>{n}</li>
        ))}
      </ul>
      <ListFooter list={list} />
    </>
  );
}

function renderNames(load: Loader, filter = 'all', limit?: number) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const view = render(
    <QueryClientProvider client={client}>
      <Names filter={filter} load={load} limit={limit} />
    </QueryClientProvider>,
  );
  return {
    ...view,
    setFilter: (f: string) =>
      view.rerender(
        <QueryClientProvider client={client}>
          <Names filter={f} load={load} limit={limit} />
        </QueryClientProvider>,
      ),
  };
}

const names = () => screen.getAllByRole('listitem').map((li) => li.textContent);

/** Three pages: a, b | c, d | e (cursors "p2", "p3"). */
const PAGES: Record<string, Page<string>> = {
  '': { items: ['a', 'b'], next_cursor: 'p2' },
  p2: { items: ['c', 'd'], next_cursor: 'p3' },
  p3: { items: ['e'], next_cursor: null },
};

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('usePagedList and ListFooter', () => {
  afterEach(() => {
    void i18n.changeLanguage('en');
  });

  it('appends the next page on "Show more" and drops the footer after the last page', async () => {
    const load = vi.fn<Loader>(async (_f, { cursor }) => PAGES[cursor ?? '']!);
    const user = userEvent.setup();
    renderNames(load, 'all', 2);
    expect(await screen.findByText('a')).toBeInTheDocument();
    expect(names()).toEqual(['a', 'b']);
    expect(load).toHaveBeenLastCalledWith('all', { cursor: null, limit: 2 });

    await user.click(screen.getByRole('button', { name: 'Show more' }));
    await waitFor(() => expect(names()).toEqual(['a', 'b', 'c', 'd']));
    expect(load).toHaveBeenLastCalledWith('all', { cursor: 'p2', limit: 2 });

    await user.click(screen.getByRole('button', { name: 'Show more' }));
    await waitFor(() => expect(names()).toEqual(['a', 'b', 'c', 'd', 'e']));
    expect(load).toHaveBeenLastCalledWith('all', { cursor: 'p3', limit: 2 });
    expect(screen.queryByRole('button', { name: 'Show more' })).not.toBeInTheDocument();
    expect(load).toHaveBeenCalledTimes(3);
  });

  it('shows no footer when the first page is the last', async () => {
    const load = vi.fn<Loader>(async () => ({ items: ['only'], next_cursor: null }));
    renderNames(load);
    expect(await screen.findByText('only')).toBeInTheDocument();
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('says "Loading more…" while the next page loads', async () => {
    const second = deferred<Page<string>>();
    const load = vi.fn<Loader>(async (_f, { cursor }) => (cursor ? second.promise : PAGES['']!));
    const user = userEvent.setup();
    renderNames(load);
    await user.click(await screen.findByRole('button', { name: 'Show more' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Loading more…');
    expect(screen.queryByRole('button', { name: 'Show more' })).not.toBeInTheDocument();
    second.resolve({ items: ['c'], next_cursor: null });
    await waitFor(() => expect(names()).toEqual(['a', 'b', 'c']));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('keeps the loaded items when the next page fails, says why, and retries', async () => {
    let fail = true;
    const load = vi.fn<Loader>(async (_f, { cursor }) => {
      if (cursor && fail) throw new ApiError(503, { detail: 'The server is busy.' });
      return PAGES[cursor ?? '']!;
    });
    const user = userEvent.setup();
    renderNames(load);
    await user.click(await screen.findByRole('button', { name: 'Show more' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The next page could not be loaded. The server is busy.');
    expect(names()).toEqual(['a', 'b']);
    expect(screen.queryByText('first page failed')).not.toBeInTheDocument();

    fail = false;
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(names()).toEqual(['a', 'b', 'c', 'd']));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Show more' })).toBeInTheDocument();
  });

  it('reports a failed first page as the list failing', async () => {
    const load = vi.fn<Loader>(async () => {
      throw new ApiError(500, { detail: 'down' });
    });
    renderNames(load);
    expect(await screen.findByText('first page failed')).toBeInTheDocument();
  });

  it('starts again from the first page when the filter changes', async () => {
    const load = vi.fn<Loader>(async (filter, { cursor }) =>
      filter === 'all' ? PAGES[cursor ?? '']! : { items: [`${filter}-1`], next_cursor: null },
    );
    const user = userEvent.setup();
    const view = renderNames(load);
    await user.click(await screen.findByRole('button', { name: 'Show more' }));
    await waitFor(() => expect(names()).toEqual(['a', 'b', 'c', 'd']));

    view.setFilter('mentors');
    await waitFor(() => expect(names()).toEqual(['mentors-1']));
    expect(load).toHaveBeenLastCalledWith('mentors', { cursor: null, limit: undefined });
    expect(screen.queryByRole('button', { name: 'Show more' })).not.toBeInTheDocument();
  });

  it('speaks Spanish', async () => {
    await i18n.changeLanguage('es');
    const load = vi.fn<Loader>(async (_f, { cursor }) => PAGES[cursor ?? '']!);
    renderNames(load);
    expect(await screen.findByRole('button', { name: 'Mostrar más' })).toBeInTheDocument();
  });
});
