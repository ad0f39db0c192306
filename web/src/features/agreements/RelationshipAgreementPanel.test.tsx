import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter, Route, Routes } from 'react-router';
import '../../i18n';
import type { GuardianAgreement, RelationshipAgreement } from '../../api';
import type { Relationship } from '../../api_types';
import { GuardianAgreementPage } from './GuardianAgreementPage';
import { RelationshipAgreementPanel } from './RelationshipAgreementPanel';

const REL: Relationship = {
  id: 'r1',
  organisation_id: 'o1',
  program_id: 'p1',
  program_name: 'Robotics',
  mentee_id: 'm1',
  mentee_name: 'Ana Lopez',
  mentor_id: 't1',
  mentor_name: 'Max Mentor',
  status: 'awaiting_agreement',
  source: 'request',
  mentee_accepted: true,
  mentor_accepted: true,
  score: 0,
  reasons: [],
  end_reason: '',
  created_at: '2026-11-25T18:30:00Z',
};

const AGREEMENT: RelationshipAgreement = {
  relationship_id: 'r1',
  relationship_status: 'awaiting_agreement',
  program_id: 'p1',
  program_name: 'Robotics',
  current: { program_id: 'p1', version: 2, text: 'Be kind.', published_at: '2026-11-25T18:30:00Z' },
  required_parties: ['mentee', 'mentor', 'guardian'],
  pending_parties: ['mentee', 'guardian'],
  needs_reacceptance: false,
  viewer_party: 'mentee',
  acceptances: [{ party: 'mentor', person_id: 't1', version: 2, accepted_at: '2026-11-26T09:00:00Z' }],
};

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

function wrap(children: React.ReactNode) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return render(<QueryClientProvider client={client}>{children}</QueryClientProvider>);
}

describe('RelationshipAgreementPanel', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lists who has accepted and accepts the current version for the viewer', async () => {
    const fetchMock = vi.fn(async (_url: string, init?: RequestInit) => {
      if (init?.method === 'POST') {
        return json({ ...AGREEMENT, pending_parties: ['guardian'], acceptances: [...AGREEMENT.acceptances] });
      }
      return json(AGREEMENT);
    });
    vi.stubGlobal('fetch', fetchMock);
    wrap(<RelationshipAgreementPanel relationship={REL} />);
    expect(await screen.findByText(/Mentor: accepted/)).toBeInTheDocument();
    expect(screen.getByText('Mentee: not yet')).toBeInTheDocument();
    expect(screen.getByText('Guardian: not yet')).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Accept version 2' }));
    const post = fetchMock.mock.calls.find((c) => c[1]?.method === 'POST');
    expect(post?.[0]).toBe('/api/v1/organisations/o1/relationships/r1/agreement/accept');
    expect(JSON.parse(String(post?.[1]?.body))).toEqual({ version: 2 });
  });

  it('shows nothing when the program has no agreement', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => json({ ...AGREEMENT, current: null, required_parties: ['mentee', 'mentor'] })));
    const { container } = wrap(<RelationshipAgreementPanel relationship={{ ...REL, status: 'active' }} />);
    await new Promise((r) => setTimeout(r, 0));
    expect(container.textContent).toBe('');
  });
});

describe('GuardianAgreementPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  const GUARDIAN: GuardianAgreement = {
    program_name: 'Robotics',
    mentee_first_name: 'Ana',
    mentor_name: 'Max Mentor',
    version: 1,
    text: 'Be kind.',
    accepted: false,
    expires_at: '2026-12-09T18:30:00Z',
  };

  function renderPage() {
    return wrap(
      <MemoryRouter initialEntries={['/agreement/tok']}>
        <Routes>
          <Route path="/agreement/:token" element={<GuardianAgreementPage />} />
        </Routes>
      </MemoryRouter>,
    );
  }

  it('shows the agreement and accepts it', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_url: string, init?: RequestInit) => json(init?.method === 'POST' ? { ...GUARDIAN, accepted: true } : GUARDIAN)),
    );
    renderPage();
    expect(await screen.findByText('Be kind.')).toBeInTheDocument();
    expect(screen.getByText(/Ana has been matched with Max Mentor in Robotics/)).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'I accept the agreement' }));
    expect(await screen.findByText("Thank you. Ana's mentoring can start.")).toBeInTheDocument();
  });

  it('explains a link that no longer works', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        new Response(JSON.stringify({ type: 'https://tandem.dev/problems/not-found', title: 'Not found', status: 404, detail: 'This link is not valid.' }), {
          status: 404,
          headers: { 'Content-Type': 'application/problem+json' },
        }),
      ),
    );
    renderPage();
    expect(await screen.findByText('This link does not work')).toBeInTheDocument();
  });
});
