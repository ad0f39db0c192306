import { describe, expect, it, vi, afterEach } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import '../../i18n';
import i18n from '../../i18n';
import type { Profile } from '../../api_types';
import { ProfileForm } from './ProfileForm';
import type { ProfileAudience } from './profile_audience';
import { testProfile } from './test_profile';

const PROFILE = testProfile({ time_zone: 'America/Chicago', availability_hours_per_month: 4 });

function renderForm(profile: Profile = PROFILE, audience?: ProfileAudience) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false }, mutations: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <ProfileForm
        profile={profile}
        skillSuggestions={[{ id: 't1', label: 'Algebra' }]}
        interestSuggestions={[]}
        audience={audience}
      />
    </QueryClientProvider>,
  );
}

function describedBy(el: HTMLElement): string {
  return (el.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent ?? '')
    .join(' | ');
}

describe('ProfileForm validation', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    void i18n.changeLanguage('en');
  });

  it('shows an inline headline error linked by aria-describedby and does not submit', async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    const user = userEvent.setup();
    renderForm();
    const headline = screen.getByLabelText('Headline');
    await user.click(headline);
    await user.paste('x'.repeat(141));
    await user.click(screen.getByRole('button', { name: 'Save profile' }));

    expect(headline).toHaveAttribute('aria-invalid', 'true');
    expect(describedBy(headline)).toContain('Use at most 140 characters.');
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByText(/Headline: Use at most 140 characters/)).toBeInTheDocument();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('flags a target level below the current level', async () => {
    vi.stubGlobal('fetch', vi.fn());
    const user = userEvent.setup();
    renderForm();
    await user.click(screen.getByRole('button', { name: 'Add a skill to learn' }));
    const row = screen.getByRole('group', { name: 'Skill to learn 1' });
    await user.type(within(row).getByRole('combobox', { name: 'Skill' }), 'SQL');
    await user.selectOptions(within(row).getByLabelText('Current level'), '4');
    await user.selectOptions(within(row).getByLabelText('Target level'), '2');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));

    const target = within(row).getByLabelText('Target level');
    expect(target).toHaveAttribute('aria-invalid', 'true');
    expect(describedBy(target)).toContain('The target level cannot be below the current level.');
  });

  it('requires the guardian email once "I am under 18" is ticked', async () => {
    vi.stubGlobal('fetch', vi.fn());
    const user = userEvent.setup();
    renderForm();
    await user.click(screen.getByLabelText('I am under 18'));
    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    const email = screen.getByLabelText(/Guardian's email address/);
    expect(email).toHaveAttribute('aria-invalid', 'true');
    expect(describedBy(email)).toContain("A guardian's email address is required for a minor.");
  });

  it('sends a valid profile with PUT and says it was saved', async () => {
    const saved = { ...PROFILE, headline: 'Future engineer', updated_at: '2026-11-25T18:30:00Z' };
    const fetchMock = vi.fn(async () =>
      new Response(JSON.stringify(saved), { status: 200, headers: { 'Content-Type': 'application/json' } }),
    );
    vi.stubGlobal('fetch', fetchMock);
    const user = userEvent.setup();
    renderForm();
    await user.type(screen.getByLabelText('Headline'), 'Future engineer');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));

    await waitFor(() => expect(screen.getByText('Profile saved')).toBeInTheDocument());
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/v1/me/profile');
    expect(init.method).toBe('PUT');
    const body = JSON.parse(String(init.body));
    expect(body.headline).toBe('Future engineer');
    expect(body.time_zone).toBe('America/Chicago');
    expect(body).not.toHaveProperty('person_id');
  });

  it('sends a preferred mentor gender, from the list or in the person\'s own words', async () => {
    const fetchMock = vi.fn(async () =>
      new Response(JSON.stringify({ ...PROFILE, updated_at: '2026-11-25T18:30:00Z' }), {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      }),
    );
    vi.stubGlobal('fetch', fetchMock);
    const user = userEvent.setup();
    renderForm();
    const select = screen.getByLabelText('Preferred mentor gender (as a mentee)');
    expect(select).toHaveValue('');
    expect(describedBy(select)).toContain('did not keep it private');

    // "Another gender" asks for the words before anything is sent.
    await user.selectOptions(select, 'other');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    const words = screen.getByLabelText('Preferred mentor gender, in your own words');
    expect(words).toHaveAttribute('aria-invalid', 'true');
    expect(describedBy(words)).toContain('Describe the gender, or choose “No preference”.');
    expect(fetchMock).not.toHaveBeenCalled();

    await user.type(words, ' Two-spirit ');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(1));
    const sent = (n: number) => JSON.parse(String((fetchMock.mock.calls[n] as unknown as [string, RequestInit])[1].body));
    expect(sent(0).mentee).toEqual({ wants_outside_mentor: false, preferred_mentor_gender: 'Two-spirit' });

    await user.selectOptions(screen.getByLabelText('Preferred mentor gender (as a mentee)'), 'woman');
    expect(screen.queryByLabelText('Preferred mentor gender, in your own words')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(2));
    expect(sent(1).mentee.preferred_mentor_gender).toBe('woman');
  });

  it('shows a saved preference that is not in the list in its own words', () => {
    vi.stubGlobal('fetch', vi.fn());
    renderForm({ ...PROFILE, mentee: { wants_outside_mentor: false, preferred_mentor_gender: 'Two-spirit' } });
    expect(screen.getByLabelText('Preferred mentor gender (as a mentee)')).toHaveValue('other');
    expect(screen.getByLabelText('Preferred mentor gender, in your own words')).toHaveValue('Two-spirit');
  });

  it('shows server field errors inline and in the summary', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () =>
        new Response(
          JSON.stringify({
            type: 'https://tandem.dev/problems/invalid-argument',
            status: 400,
            title: 'Invalid argument',
            detail: 'invalid profile',
            errors: [{ field: 'headline', message: 'contains a forbidden word' }],
          }),
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const user = userEvent.setup();
    renderForm();
    await user.type(screen.getByLabelText('Headline'), 'Something rude');
    await user.click(screen.getByRole('button', { name: 'Save profile' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByText('Headline: contains a forbidden word')).toBeInTheDocument();
    const headline = screen.getByLabelText('Headline');
    await waitFor(() => expect(headline).toHaveAttribute('aria-invalid', 'true'));
    expect(describedBy(headline)).toContain('contains a forbidden word');
  });

  it('renders in Spanish', async () => {
    await i18n.changeLanguage('es');
    vi.stubGlobal('fetch', vi.fn());
    renderForm();
    expect(screen.getByRole('button', { name: 'Guardar perfil' })).toBeInTheDocument();
    expect(screen.getByLabelText('Titular')).toBeInTheDocument();
    expect(screen.getByLabelText('Género preferido para tu mentor (como mentee)')).toBeInTheDocument();
    expect(screen.getByRole('option', { name: 'Sin preferencia' })).toBeInTheDocument();
  });
});

describe('ProfileForm asks only what applies', () => {
  it('a mentee who mentors nowhere is not asked for skills to teach or a capacity', () => {
    renderForm(PROFILE, { mentors: false, markedMinor: false });
    expect(screen.queryByRole('heading', { name: 'Skills I can teach' })).not.toBeInTheDocument();
    expect(screen.queryByLabelText('Mentee capacity')).not.toBeInTheDocument();
    expect(screen.getByLabelText('As a mentee, I would like a mentor from outside my organisation')).toBeInTheDocument();
  });

  it('a mentor is asked both', () => {
    renderForm(PROFILE, { mentors: true, markedMinor: false });
    expect(screen.getByRole('heading', { name: 'Skills I can teach' })).toBeInTheDocument();
    expect(screen.getByLabelText('Mentee capacity')).toBeInTheDocument();
  });

  it('a minor is not asked about military service', async () => {
    const user = userEvent.setup();
    renderForm(PROFILE, { mentors: false, markedMinor: false });
    expect(screen.getByRole('group', { name: 'Military veteran' })).toBeInTheDocument();
    await user.click(screen.getByLabelText('I am under 18'));
    expect(screen.queryByRole('group', { name: 'Military veteran' })).not.toBeInTheDocument();
  });
});
