import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import '../../i18n';
import type { MentorAlternative, Reason, RoundView } from '../../api_types';
import { SwapDialog, topReasons } from './SwapDialog';

const reason = (id: Reason['id'], points: number, params: Reason['params'] = {}): Reason => ({ id, points, params });

const ROUND: RoundView = {
  id: 'r1',
  program_id: 'pr1',
  objective: 'score',
  status: 'draft',
  mentee_ids: [],
  mentor_ids: [],
  created_at: '2026-01-01T00:00:00Z',
  published_at: null,
  total_score: 40,
  matched: 1,
  unmatched: 0,
  priority_cost: 0,
  candidates_per_mentee: 100,
  proposals: [
    { mentee_id: 'ana', mentee_name: 'Ana', mentor_id: 'grace', mentor_name: 'Grace', score: 40, reasons: [], locked: false },
  ],
  unmatched_mentees: [],
};

const alt = (id: string, name: string, score: number, room: number): MentorAlternative => ({
  mentor_id: id,
  name,
  score,
  room_left: room,
  available: true,
  reasons: [
    reason('shared_interests', 5, { interests: ['chess'] }),
    reason('skill_match', 30, { skill: 'SQL', mentor_level: 4, target_level: 3 }),
    reason('shared_language', 10, { languages: ['en'] }),
    reason('availability', 1, { mentee_hours: 4, mentor_hours: 4 }),
  ],
});

/** GET …/alternatives: two pages without a search (cursor "c2"), Hal alone with `q`; POST …/swap answers the round. */
function stubServer() {
  const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
    const parsed = new URL(url, 'http://x');
    let body: unknown;
    if (init?.method === 'POST') {
      body = { ...ROUND, proposals: [{ ...ROUND.proposals[0], mentor_id: 'hal', mentor_name: 'Hal', locked: true }] };
    } else if (parsed.searchParams.get('q')) {
      body = { items: [alt('hal', 'Hal', 35, 2)], next_cursor: null };
    } else if (parsed.searchParams.get('cursor') === 'c2') {
      body = { items: [alt('ida', 'Ida', 20, 1)], next_cursor: null };
    } else {
      body = { items: [alt('hal', 'Hal', 35, 2), alt('jo', 'Jo', 30, 1)], next_cursor: 'c2' };
    }
    return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function renderDialog(onRound: (v: RoundView) => void) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <SwapDialog org="o1" round={ROUND} proposal={ROUND.proposals[0]} onRound={onRound} pair="Ana and Grace" />
    </QueryClientProvider>,
  );
}

const names = () => screen.getAllByRole('radio').map((r) => r.closest('label')?.textContent ?? '');

describe('SwapDialog', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('keeps the strongest three reasons, most points first', () => {
    expect(topReasons(alt('x', 'X', 46, 1).reasons).map((r) => r.id)).toEqual(['skill_match', 'shared_language', 'shared_interests']);
  });

  it('lists the mentors the server offers, best first, with room, score and reasons; searches; swaps', async () => {
    const fetchMock = stubServer();
    const onRound = vi.fn();
    const user = userEvent.setup();
    renderDialog(onRound);
    await user.click(screen.getByRole('button', { name: 'Swap the mentor of Ana and Grace' }));

    const group = await screen.findByRole('radiogroup', { name: 'Mentors who can take Ana' });
    await waitFor(() => expect(names()).toEqual(['Hal', 'Jo']));
    expect(within(group).getByText('Room for 2 more · Score 35')).toBeInTheDocument();
    const why = within(group).getByRole('list', { name: 'Why Hal' });
    expect(within(why).getAllByRole('listitem')).toHaveLength(3);
    expect(fetchMock.mock.calls[0][0]).toBe('/api/v1/organisations/o1/match-rounds/r1/proposals/ana/alternatives?limit=10');

    // Show more appends the next page in the server's order.
    await user.click(screen.getByRole('button', { name: 'Show more' }));
    await waitFor(() => expect(names()).toEqual(['Hal', 'Jo', 'Ida']));

    // Submitting without a choice says what is missing and sends nothing.
    await user.click(screen.getByRole('button', { name: 'Swap mentor' }));
    expect(screen.getByText('Choose a mentor.')).toBeInTheDocument();
    expect(fetchMock.mock.calls.every(([, init]) => (init as RequestInit | undefined)?.method !== 'POST')).toBe(true);

    // The search goes to the server.
    await user.type(screen.getByRole('searchbox', { name: 'Search mentors' }), 'ha');
    await waitFor(() => expect(names()).toEqual(['Hal']));
    expect(fetchMock).toHaveBeenCalledWith(
      '/api/v1/organisations/o1/match-rounds/r1/proposals/ana/alternatives?q=ha&limit=10',
      expect.anything(),
    );

    await user.click(screen.getByRole('radio', { name: 'Hal' }));
    await user.click(screen.getByRole('button', { name: 'Swap mentor' }));
    await waitFor(() => expect(onRound).toHaveBeenCalledTimes(1));
    const post = fetchMock.mock.calls.find(([, init]) => (init as RequestInit | undefined)?.method === 'POST')!;
    expect(post[0]).toBe('/api/v1/organisations/o1/match-rounds/r1/proposals/swap');
    expect(JSON.parse(String((post[1] as RequestInit).body))).toEqual({ mentee_id: 'ana', from_mentor_id: 'grace', to_mentor_id: 'hal' });
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });
});
