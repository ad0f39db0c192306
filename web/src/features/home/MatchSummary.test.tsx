import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter } from 'react-router';
import '../../i18n';
import type { Me, Role } from '../../api_types';
import { SESSION_KEY } from '../../auth/session';
import { MatchSummary } from './MatchSummary';

function userWith(roles: Role[]): Me {
  return {
    id: 'p1',
    email: 'p1@example.org',
    name: 'P',
    locale: 'en',
    is_platform_admin: false,
    memberships: [{ organisation_id: 'o1', organisation_name: 'Lincoln', organisation_kind: 'school', roles }],
  };
}

function renderAs(roles: Role[]) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(SESSION_KEY, { user: userWith(roles), csrf_token: 't' });
  render(
    <QueryClientProvider client={client}>
      <MemoryRouter>
        <MatchSummary />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

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
    renderAs(['mentor']);
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

  it("tells a mentee how many of their own requests wait, from every program they are in", async () => {
    const fetchMock = vi.fn(async (url: string) => {
      const { pathname } = new URL(url, 'http://x');
      if (pathname === '/api/v1/me/enrollments') {
        return json({
          items: [
            { program_id: 'g1', organisation_id: 'o1', role: 'mentee', status: 'active' },
            { program_id: 'g2', organisation_id: 'o1', role: 'mentee', status: 'active' },
            { program_id: 'g3', organisation_id: 'o1', role: 'mentee', status: 'ended' },
          ],
          next_cursor: null,
        });
      }
      const program = /programs\/(g\d)\/requests$/.exec(pathname)?.[1];
      const request = (id: string, status: string, day: string) => ({ id, status, created_at: `2026-${day}T00:00:00Z` });
      if (program === 'g1') return json({ items: [request('a', 'pending', '11-02')], next_cursor: null });
      if (program === 'g2') {
        return json({ items: [request('b', 'pending', '11-01'), request('c', 'declined', '10-01')], next_cursor: null });
      }
      if (program) throw new Error(`no request list for ${program}: the mentee left it`);
      return json({ items: [], next_cursor: null });
    });
    vi.stubGlobal('fetch', fetchMock);
    renderAs(['mentee']);
    expect(await screen.findByRole('heading', { name: 'Your requests' })).toBeInTheDocument();
    expect(await screen.findByText('2 of your requests wait for a mentor to answer.')).toBeInTheDocument();
    expect(screen.queryByText(/wait for your answer/)).not.toBeInTheDocument();
    expect(fetchMock.mock.calls.map((c) => c[0])).not.toContain('/api/v1/me/requests?limit=200');
  });
});
