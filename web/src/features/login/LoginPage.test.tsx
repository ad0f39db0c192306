import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { MemoryRouter, Route, Routes } from 'react-router';
import '../../i18n';
import { LoginPage } from './LoginPage';

function problem(status: number, detail: string, headers: Record<string, string> = {}) {
  return new Response(JSON.stringify({ type: 'https://tandem.dev/problems/x', title: 'x', status, detail }), {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });
}

/** GET /auth/session answers 401 (signed out); POST /auth/login answers `loginAnswer`. */
function stubServer(loginAnswer: () => Response) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url: string) => (url.endsWith('/auth/session') ? problem(401, 'Not signed in') : loginAnswer())),
  );
}

function renderLogin() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  render(
    <QueryClientProvider client={client}>
      <MemoryRouter initialEntries={['/login?next=%2Fprofile']}>
        <Routes>
          <Route path="/login" element={<LoginPage />} />
          <Route path="/profile" element={<p>Profile page</p>} />
        </Routes>
      </MemoryRouter>
    </QueryClientProvider>,
  );
}

async function submit(email: string, password: string) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText(/Email address/), email);
  await user.type(screen.getByLabelText(/^Password/), password);
  await user.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('LoginPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('validates before calling the server', async () => {
    stubServer(() => problem(500, 'should not be called'));
    renderLogin();
    await submit('not-an-email', 'x');
    expect(screen.getByLabelText(/Email address/)).toHaveAttribute('aria-invalid', 'true');
    expect(fetch).not.toHaveBeenCalledWith('/api/v1/auth/login', expect.anything());
  });

  it("shows the server's message on 401", async () => {
    stubServer(() => problem(401, 'Wrong email or password.'));
    renderLogin();
    await submit('a@b.example', 'wrong-password');
    expect(await screen.findByTestId('login-error')).toHaveTextContent('Wrong email or password.');
  });

  it('shows the rate-limit message on 429', async () => {
    stubServer(() => problem(429, 'slow down', { 'Retry-After': '600' }));
    renderLogin();
    await submit('a@b.example', 'wrong-password');
    expect(await screen.findByTestId('login-error')).toHaveTextContent(
      'Too many failed sign-in attempts. Please wait 10 min and try again.',
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Too many attempts');
  });

  it('goes to ?next= after signing in', async () => {
    const session = {
      user: { id: '1', email: 'a@b.example', name: 'A', locale: 'en', is_platform_admin: false, memberships: [] },
      csrf_token: 't',
    };
    stubServer(() => new Response(JSON.stringify(session), { status: 200, headers: { 'Content-Type': 'application/json' } }));
    renderLogin();
    await submit('a@b.example', 'right-password');
    expect(await screen.findByText('Profile page')).toBeInTheDocument();
  });
});
