import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter } from 'react-router';
import '../../i18n';
import { MatchSummary } from './MatchSummary';

function json(body: unknown) {
  return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
}

describe('MatchSummary', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('counts every page of requests and relationships, not the first one', async () => {
    const pending = (id: string) => ({ id, status: 'pending' });
    const fetchMock = vi.fn(async (url: string) => {
      const { pathname, searchParams } = new URL(url, 'http://x');
      const cursor = searchParams.get('cursor');
      if (pathname === '/api/v1/me/requests') {
        return json(
          cursor === 'r2'
            ? { items: [pending('c'), { id: 'd', status: 'declined' }], next_cursor: null }
            : { items: [pending('a'), pending('b')], next_cursor: 'r2' },
        );
      }
      return json(
        cursor === 's2'
          ? { items: [{ id: 'y', status: 'proposed' }], next_cursor: null }
          : { items: [{ id: 'x', status: 'active' }], next_cursor: 's2' },
      );
    });
    vi.stubGlobal('fetch', fetchMock);
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    render(
      <QueryClientProvider client={client}>
        <MemoryRouter>
          <MatchSummary />
        </MemoryRouter>
      </QueryClientProvider>,
    );
    expect(await screen.findByText('3 mentoring requests wait for your answer.')).toBeInTheDocument();
    expect(await screen.findByText('1 active, 1 waiting for an answer.')).toBeInTheDocument();
    const urls = fetchMock.mock.calls.map((c) => c[0]).sort();
    expect(urls).toEqual([
      '/api/v1/me/relationships?limit=200',
      '/api/v1/me/relationships?limit=200&cursor=s2',
      '/api/v1/me/requests?limit=200',
      '/api/v1/me/requests?limit=200&cursor=r2',
    ]);
  });
});
