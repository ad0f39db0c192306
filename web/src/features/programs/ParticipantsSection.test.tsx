import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter, useLocation } from 'react-router';
import '../../i18n';
import type { Enrollment, Profile, Program } from '../../api_types';
import { bulkTargets } from './ParticipantBulkBar';
import { ParticipantsSection } from './ParticipantsSection';

const enrollment = (id: string, name: string, role: Enrollment['role'], status: Enrollment['status']): Enrollment => ({
  id,
  program_id: 'pr1',
  program_name: 'Career Pathways',
  person_id: `p-${id}`,
  person_name: name,
  person_email: `${id}@school.example`,
  organisation_id: 'o1',
  home_organisation_name: 'Lincoln High',
  role,
  status,
  source: 'application',
  message: '',
  screening_cleared: false,
  training_complete: false,
  minor_marked: false,
  grade: '',
  group: '',
  self_declared_minor: false,
  protected: false,
  created_at: '2026-01-01T00:00:00Z',
});

const ANA = enrollment('e1', 'Ana', 'mentee', 'pending');
const MIA = enrollment('e2', 'Mia', 'mentor', 'pending');
const MAX = enrollment('e3', 'Max', 'mentor', 'active');

const PROGRAM = { id: 'pr1', name: 'Career Pathways' } as Program;

const PROFILE: Profile = {
  person_id: 'p-e2',
  name: 'Mia',
  headline: 'Data analyst',
  bio: '',
  skills_teach: [{ skill: 'SQL', level: 4 }],
  skills_learn: [],
  interests: ['chess'],
  goals: [],
  languages: ['en', 'es'],
  time_zone: 'America/Chicago',
  availability_hours_per_month: 6,
  background: [{ field: 'cultural_background', value: 'Andean', visibility: 'coordinators' }],
  mentor: { capacity: 2, accepts_external_mentees: true },
  minor: { is_minor: false, guardian_name: '', guardian_email: '' },
  updated_at: '2026-01-01T00:00:00Z',
};

/** GET …/enrollments answers the three rows (Ana alone with `q`); POST …/bulk-* answers the ids sent. */
function stubServer() {
  const fetchMock = vi.fn(async (url: string, init?: RequestInit) => {
    const parsed = new URL(url, 'http://x');
    let body: unknown;
    if (parsed.pathname.endsWith('/profile')) {
      body = PROFILE;
    } else if (init?.method === 'POST') {
      const ids = (JSON.parse(String(init.body)) as { enrollment_ids: string[] }).enrollment_ids;
      body = { items: [ANA, MIA, MAX].filter((e) => ids.includes(e.id)) };
    } else {
      body = { items: parsed.searchParams.get('q') ? [ANA] : [ANA, MIA, MAX], next_cursor: null };
    }
    return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

function Where() {
  const location = useLocation();
  return <output aria-label="location">{location.search}</output>;
}

function renderSection(url = '/programs/pr1') {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={[url]}>
        <ParticipantsSection org="o1" program={PROGRAM} />
        <Where />
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

const posts = (fetchMock: ReturnType<typeof stubServer>) =>
  fetchMock.mock.calls
    .filter(([, init]) => (init as RequestInit | undefined)?.method === 'POST')
    .map(([url, init]) => [url, JSON.parse(String((init as RequestInit).body))]);

describe('ParticipantsSection', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('targets pending rows for approval and mentors for checks', () => {
    const selected = new Set(['e1', 'e2', 'e3']);
    expect(bulkTargets([ANA, MIA, MAX], selected, 'approve')).toEqual(['e1', 'e2']);
    expect(bulkTargets([ANA, MIA, MAX], selected, 'screening')).toEqual(['e2', 'e3']);
    expect(bulkTargets([ANA, MIA, MAX], new Set(['e1']), 'training')).toEqual([]);
  });

  it('reads its filters from the URL, pages by 25, and keeps the search in the URL', async () => {
    const fetchMock = stubServer();
    const user = userEvent.setup();
    renderSection('/programs/pr1?status=pending&tab=x');
    await screen.findByText('Ana');
    expect(fetchMock.mock.calls[0][0]).toBe('/api/v1/organisations/o1/programs/pr1/enrollments?status=pending&limit=25');
    await user.type(screen.getByRole('searchbox', { name: 'Search' }), 'an');
    await waitFor(() => expect(screen.getByRole('status', { name: 'location' })).toHaveTextContent('?status=pending&tab=x&q=an'));
    await waitFor(() => expect(screen.queryByText('Mia')).not.toBeInTheDocument());
  });

  it('selects every row on the page and approves the pending ones in one request', async () => {
    const fetchMock = stubServer();
    const user = userEvent.setup();
    renderSection();
    await screen.findByText('Ana');
    await user.click(screen.getByRole('checkbox', { name: 'Select all 3 participants shown' }));
    expect(screen.getByText('3 selected')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Select Mia' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Approve 2 applications' }));
    await screen.findByText('2 participants updated.');
    expect(posts(fetchMock)).toEqual([['/api/v1/organisations/o1/programs/pr1/bulk-approve', { enrollment_ids: ['e1', 'e2'] }]]);
    expect(screen.getByText('0 selected')).toBeInTheDocument();
  });

  it('records screening for the selected mentors only', async () => {
    const fetchMock = stubServer();
    const user = userEvent.setup();
    renderSection();
    await screen.findByText('Ana');
    await user.click(screen.getByRole('checkbox', { name: 'Select Ana' }));
    expect(screen.getByRole('button', { name: 'Screening cleared for 0 mentors' })).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: 'Select Max' }));
    await user.click(screen.getByRole('button', { name: 'Screening cleared for 1 mentor' }));
    await screen.findByText('1 participant updated.');
    expect(posts(fetchMock)).toEqual([
      ['/api/v1/organisations/o1/programs/pr1/bulk-checks', { enrollment_ids: ['e3'], screening_cleared: true }],
    ]);
  });

  it("opens a participant's profile from their row", async () => {
    const fetchMock = stubServer();
    const user = userEvent.setup();
    renderSection();
    await screen.findByText('Mia');
    await user.click(screen.getByRole('button', { name: 'Profile of Mia' }));
    const dialog = await screen.findByRole('dialog', { name: 'Mia' });
    expect(await within(dialog).findByText('Data analyst')).toBeInTheDocument();
    expect(within(dialog).getByText('SQL (Advanced)')).toBeInTheDocument();
    expect(within(dialog).getByText('6 hours a month')).toBeInTheDocument();
    expect(within(dialog).getByText('Andean')).toBeInTheDocument();
    expect(within(dialog).getByText('Mentee capacity')).toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledWith('/api/v1/organisations/o1/programs/pr1/enrollments/e2/profile', expect.anything());
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });
});
