import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import '../../i18n';
import type { Member, SessionInfo } from '../../api_types';
import { SESSION_KEY } from '../../auth/session';
import { MembersSection } from './MembersSection';

const member = (n: number): Member => ({
  person_id: `p${n}`,
  name: `Person ${n}`,
  email: `p${n}@school.example`,
  roles: ['mentee'],
});

const SESSION: SessionInfo = {
  csrf_token: 't',
  user: { id: 'admin', email: 'admin@school.example', name: 'Admin', locale: 'en', is_platform_admin: false, memberships: [] },
};

/** GET …/members: two pages without a search (cursor "c2"), one page with `q`. */
function stubMembers() {
  const fetchMock = vi.fn(async (url: string) => {
    const query = new URL(url, 'http://x').searchParams;
    const body = query.get('q')
      ? { items: [member(9)], next_cursor: null }
      : query.get('cursor') === 'c2'
        ? { items: [member(3)], next_cursor: null }
        : { items: [member(1), member(2)], next_cursor: 'c2' };
    return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function renderSection() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  client.setQueryData(SESSION_KEY, SESSION);
  render(
    <QueryClientProvider client={client}>
      <MembersSection org="o1" />
    </QueryClientProvider>,
  );
}

const rows = () => screen.getAllByRole('row').slice(1).map((r) => r.querySelector('td')?.textContent ?? '');

describe('MembersSection paging', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('shows the first page, appends the next on "Show more", and counts what is loaded', async () => {
    const fetchMock = stubMembers();
    const user = userEvent.setup();
    renderSection();
    expect(await screen.findByText('Results: 2 so far, more to load')).toBeInTheDocument();
    expect(rows()).toEqual([expect.stringContaining('Person 1'), expect.stringContaining('Person 2')]);

    await user.click(screen.getByRole('button', { name: 'Show more' }));
    expect(await screen.findByText('Results: 3')).toBeInTheDocument();
    expect(rows()).toHaveLength(3);
    expect(rows()[2]).toContain('Person 3');
    expect(screen.queryByRole('button', { name: 'Show more' })).not.toBeInTheDocument();
    expect(fetchMock.mock.calls.map((c) => c[0])).toEqual([
      '/api/v1/organisations/o1/members',
      '/api/v1/organisations/o1/members?cursor=c2',
    ]);
  });

  it('starts from the first page again when the search changes', async () => {
    const fetchMock = stubMembers();
    const user = userEvent.setup();
    renderSection();
    await user.click(await screen.findByRole('button', { name: 'Show more' }));
    await screen.findByText('Results: 3');

    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'nine');
    await waitFor(() => expect(rows()).toEqual([expect.stringContaining('Person 9')]));
    expect(screen.getByText('Results: 1')).toBeInTheDocument();
    expect(fetchMock).toHaveBeenLastCalledWith('/api/v1/organisations/o1/members?q=nine', expect.anything());
  });
});
