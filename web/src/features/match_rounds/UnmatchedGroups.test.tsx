import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import i18n from '../../i18n';
import type { MentorAlternative, RoundView, UnmatchedGroups as Groups } from '../../api_types';
import { UnmatchedGroups } from './UnmatchedGroups';

const ROUND: RoundView = {
  id: 'r1',
  program_id: 'pr1',
  objective: 'coverage',
  status: 'draft',
  mentee_ids: [],
  mentor_ids: ['grace'],
  created_at: '2026-01-01T00:00:00Z',
  published_at: null,
  total_score: 40,
  matched: 1,
  unmatched: 3,
  priority_cost: 0,
  candidates_per_mentee: 50,
  proposals: [
    { mentee_id: 'ana', mentee_name: 'Ana', mentor_id: 'grace', mentor_name: 'Grace', score: 40, reasons: [], locked: false },
  ],
  unmatched_mentees: [
    { mentee_id: 'ben', mentee_name: 'Ben', reason_id: 'suitable_mentors_taken', params: { candidates: 1 } },
    { mentee_id: 'cy', mentee_name: 'Cy', reason_id: 'no_suitable_mentor', params: { cause: 'no_shared_language', count: 2, mentors: 2 } },
    { mentee_id: 'dee', mentee_name: 'Dee', reason_id: 'suitable_mentors_taken', params: { candidates: 1 } },
  ],
};

const GROUPS: Groups = {
  groups: [
    {
      reason_id: 'suitable_mentors_taken',
      actions: ['assign', 'invite', 'rerun'],
      mentees: [ROUND.unmatched_mentees[0], ROUND.unmatched_mentees[2]],
      missing_skills: [
        { skill: 'Python', mentees: 2 },
        { skill: 'SQL', mentees: 1 },
      ],
    },
    {
      reason_id: 'no_suitable_mentor',
      actions: ['invite', 'assign'],
      mentees: [ROUND.unmatched_mentees[1]],
      missing_skills: [],
    },
  ],
};

const ALTERNATIVES: MentorAlternative[] = [
  {
    mentor_id: 'hal',
    name: 'Hal',
    score: 30,
    reasons: [],
    room_left: 1,
    available: true,
    not_chosen: { id: 'outside_round_scope', params: {} },
  },
  {
    mentor_id: 'grace',
    name: 'Grace',
    score: 35,
    reasons: [],
    room_left: 0,
    available: false,
    not_chosen: { id: 'taken_by_better_fits', params: { mentees: 1, lowest_score: 40 } },
  },
  {
    mentor_id: 'ida',
    name: 'Ida',
    score: 0,
    reasons: [],
    room_left: 2,
    available: false,
    not_chosen: { id: 'hard_constraint', params: { cause: 'no_shared_language' } },
  },
];

function stubServer() {
  const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
    const path = new URL(url, 'http://x').pathname;
    let body: unknown = {};
    let status = 200;
    if (path.endsWith('/unmatched-groups')) body = GROUPS;
    else if (path.endsWith('/alternatives')) body = { items: ALTERNATIVES, next_cursor: null };
    else if (path.endsWith('/proposals/swap')) body = { ...ROUND, unmatched_mentees: ROUND.unmatched_mentees.slice(1) };
    else if (path.endsWith('/programs/pr1/match-rounds') && init?.method === 'POST') {
      body = { ...ROUND, id: 'r2', mentee_ids: ['ben', 'dee'] };
      status = 201;
    }
    return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function renderGroups(onRound: (v: RoundView) => void, round = ROUND) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={['/orgs/o1/match-rounds/r1']}>
        <Routes>
          <Route path="/orgs/o1/match-rounds/r1" element={<UnmatchedGroups org="o1" round={round} onRound={onRound} />} />
          <Route path="/orgs/o1/match-rounds/r2" element={<p>Round two</p>} />
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

const posts = (fetchMock: ReturnType<typeof stubServer>) =>
  fetchMock.mock.calls.filter(([, init]) => (init as RequestInit | undefined)?.method === 'POST');

describe('UnmatchedGroups', () => {
  afterEach(async () => {
    vi.unstubAllGlobals();
    await i18n.changeLanguage('en');
  });

  it('shows one group per reason with its count, its actions and the skills to invite for', async () => {
    stubServer();
    renderGroups(vi.fn());
    const taken = await screen.findByRole('region', { name: 'Every suitable mentor was taken (2 mentees)' });
    expect(within(taken).getByRole('button', { name: 'Run a round for the 2 mentees of the group Every suitable mentor was taken' })).toBeInTheDocument();
    expect(within(taken).getByRole('button', { name: 'Invite mentors for the group Every suitable mentor was taken' })).toBeInTheDocument();
    expect(taken).toHaveTextContent('Wanted, and taught by no mentor with room: Python (2 mentees), SQL (1 mentee)');
    const mentees = within(taken).getByRole('list', { name: 'Mentees: Every suitable mentor was taken' });
    expect(within(mentees).getAllByRole('listitem').map((li) => li.querySelector('.stack-list__title')?.textContent)).toEqual(['Ben', 'Dee']);
    expect(within(taken).getByRole('button', { name: 'Assign a mentor to Ben' })).toBeInTheDocument();

    const none = screen.getByRole('region', { name: 'No mentor in the program suits them (1 mentee)' });
    // Its actions: invite and assign, no new round.
    expect(within(none).queryByRole('button', { name: /Run a round/ })).not.toBeInTheDocument();
    expect(none).toHaveTextContent('no suitable mentor: no shared language (2 of 2 mentors)');
    expect(none).toHaveTextContent('Every skill these mentees want is taught by a mentor with room.');
  });

  it('assigns by hand from the mentors with why each was not chosen; only available ones can be picked', async () => {
    const fetchMock = stubServer();
    const onRound = vi.fn();
    const user = userEvent.setup();
    renderGroups(onRound);
    await user.click(await screen.findByRole('button', { name: 'Assign a mentor to Ben' }));
    await screen.findByRole('radiogroup', { name: 'Mentors who can take Ben' });
    expect(await screen.findByText('Not among the mentors this round was run for')).toBeInTheDocument();
    expect(
      screen.getByText('Full: this round gave their last place to a mentee who fits them at least as well (score 40)'),
    ).toBeInTheDocument();
    expect(screen.getByText('Not possible: no shared language')).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Grace' })).toBeDisabled();
    expect(screen.getByRole('radio', { name: 'Ida' })).toBeDisabled();
    await user.click(screen.getByRole('radio', { name: 'Hal' }));
    await user.click(screen.getByRole('button', { name: 'Assign mentor' }));
    await waitFor(() => expect(onRound).toHaveBeenCalledTimes(1));
    const [url, init] = posts(fetchMock)[0];
    expect(url).toBe('/api/v1/organisations/o1/match-rounds/r1/proposals/swap');
    expect(JSON.parse(String((init as RequestInit).body))).toEqual({ mentee_id: 'ben', to_mentor_id: 'hal' });
  });

  it('runs a new round for just the group, with the round settings, and opens it', async () => {
    const fetchMock = stubServer();
    const user = userEvent.setup();
    renderGroups(vi.fn());
    await user.click(await screen.findByRole('button', { name: /Run a round for the 2 mentees/ }));
    expect(await screen.findByText('Round two')).toBeInTheDocument();
    const [url, init] = posts(fetchMock)[0];
    expect(url).toBe('/api/v1/organisations/o1/programs/pr1/match-rounds');
    expect(JSON.parse(String((init as RequestInit).body))).toEqual({
      objective: 'coverage',
      candidates_per_mentee: 50,
      mentee_ids: ['ben', 'dee'],
      mentor_ids: ['grace'],
    });
  });

  it('offers no hand assignment once the round is published, and reads in Spanish', async () => {
    stubServer();
    await i18n.changeLanguage('es');
    renderGroups(vi.fn(), { ...ROUND, status: 'published' });
    const taken = await screen.findByRole('region', { name: 'Todos los mentores adecuados estaban ocupados (2 personas)' });
    expect(within(taken).queryByRole('button', { name: /Asignar/ })).not.toBeInTheDocument();
    expect(within(taken).getByRole('button', { name: /Ejecutar una ronda para las 2 personas/ })).toBeInTheDocument();
  });
});
