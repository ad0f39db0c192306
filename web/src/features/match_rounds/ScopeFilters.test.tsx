import { afterEach, describe, expect, it, vi } from 'vitest';
import { useState } from 'react';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import '../../i18n';
import type { MenteeFilter } from '../../api_types';
import { filterIsEmpty, ScopeFilters } from './ScopeFilters';

/** POST …/scope-preview: grade 9 selects 2 of 5, anything else 5 of 5. */
function stubServer() {
  const fetchMock = vi.fn(async (_url: string, init?: RequestInit) => {
    const filter = JSON.parse(String(init?.body ?? '{}')) as MenteeFilter;
    const count = filter.grades?.includes('9') ? 2 : 5;
    const body = {
      count,
      mentee_ids: Array.from({ length: count }, (_, i) => `m${i}`),
      active_mentees: 5,
      options: { grades: ['10', '9'], groups: ['Advisory A'], languages: ['en', 'es'] },
    };
    return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function Harness() {
  const [filter, setFilter] = useState<MenteeFilter>({});
  return <ScopeFilters org="o1" programId="pr1" value={filter} onChange={setFilter} />;
}

describe('ScopeFilters', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('offers the values the mentees have and says how many the filters select', async () => {
    const fetchMock = stubServer();
    const user = userEvent.setup();
    render(
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <Harness />
      </QueryClientProvider>,
    );
    expect(await screen.findByText('The filters select 5 of 5 active mentees.')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Grade' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Spanish' })).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: '9' }));
    expect(await screen.findByText('The filters select 2 of 5 active mentees.')).toBeInTheDocument();
    await waitFor(() =>
      expect(fetchMock).toHaveBeenLastCalledWith(
        '/api/v1/organisations/o1/programs/pr1/match-rounds/scope-preview',
        expect.objectContaining({ method: 'POST', body: JSON.stringify({ grades: ['9'] }) }),
      ),
    );
  });

  it('an empty filter names nothing', () => {
    expect(filterIsEmpty({})).toBe(true);
    expect(filterIsEmpty({ grades: [], first_generation: false })).toBe(true);
    expect(filterIsEmpty({ languages: ['es'] })).toBe(false);
    expect(filterIsEmpty({ first_generation: true })).toBe(false);
  });
});
