import type { APIRequestContext } from '@playwright/test';
import { expect, test } from './support/test';
import { ACCOUNTS, DEMO_PASSWORD, RUN_ID } from './support/accounts';
import { signIn, signOut } from './support/auth';
import { expectNoA11yViolations } from './support/axe';
import { allItems } from './support/paging';

// A coordinator ends one person's place in a program, and an admin removes another person from
// the organisation: each behind a confirmation dialog that says what will happen.

async function csrf(request: APIRequestContext): Promise<string> {
  return (await request.storageState()).cookies.find((c) => c.name === 'tandem_csrf')?.value ?? '';
}

async function call(request: APIRequestContext, method: 'get' | 'post' | 'delete', path: string, data?: unknown) {
  const res = await request[method](path, { data, headers: { 'X-CSRF-Token': await csrf(request) } });
  expect(res.ok(), `${method} ${path}: ${res.status()} ${await res.text()}`).toBeTruthy();
  return res.status() === 204 ? null : res.json();
}

/** Through the API: a program of the school with two new mentees, invited and signed up. */
async function setUp(request: APIRequestContext) {
  await request.get('/api/v1/auth/session');
  await call(request, 'post', '/api/v1/auth/login', { email: ACCOUNTS.schoolCoordinator, password: DEMO_PASSWORD });
  const orgs = await allItems((path) => call(request, 'get', path), '/api/v1/organisations');
  const org = orgs.find((o: { slug: string }) => o.slug === 'lincoln-high');
  const program = await call(request, 'post', `/api/v1/organisations/${org.id}/programs`, {
    name: `E2E Removal ${RUN_ID}`,
    description: 'A program for the removal journey.',
    type: 'one_to_one',
    audience: 'adult',
    start_date: null,
    end_date: null,
    default_mentor_capacity: 1,
    requires_approval: false,
    status: 'open',
  });
  const people: string[] = [];
  for (const who of ['Ended', 'Removed']) {
    const email = `${who.toLowerCase()}-${RUN_ID}@e2e.example`;
    const inv = await call(request, 'post', `/api/v1/organisations/${org.id}/invitations`, {
      email,
      roles: ['mentee'],
      program_id: program.id,
      program_role: 'mentee',
    });
    people.push(`${who} Mentee ${RUN_ID}`);
    const token = inv.link.split('/invite/')[1];
    await call(request, 'post', '/api/v1/auth/logout');
    await request.get('/api/v1/auth/session');
    await call(request, 'post', `/api/v1/invitations/${encodeURIComponent(token)}/accept`, {
      name: `${who} Mentee ${RUN_ID}`,
      password: `pw-${RUN_ID}-long-enough`,
    });
    await call(request, 'post', '/api/v1/auth/logout');
    await request.get('/api/v1/auth/session');
    await call(request, 'post', '/api/v1/auth/login', { email: ACCOUNTS.schoolCoordinator, password: DEMO_PASSWORD });
  }
  await call(request, 'post', '/api/v1/auth/logout');
  return { org, program, ended: people[0], removed: people[1] };
}

test('a coordinator ends an enrollment and an admin removes a member, each after confirming', async ({ page, request }) => {
  const { org, program, ended, removed } = await setUp(request);

  await test.step('the coordinator ends a place after confirming', async () => {
    await signIn(page, ACCOUNTS.schoolCoordinator);
    await page.goto(`/orgs/${org.id}/programs/${program.id}`);
    await expect(page.getByRole('heading', { level: 1, name: program.name })).toBeVisible();
    await page.getByRole('button', { name: `End the enrollment of ${ended}` }).click();
    const dialog = page.getByRole('alertdialog');
    await expect(dialog).toContainText('their pending requests are withdrawn');
    await expectNoA11yViolations(page, 'end enrollment dialog');
    // Cancelling changes nothing.
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('button', { name: `End the enrollment of ${ended}` })).toBeVisible();
    await page.getByRole('button', { name: `End the enrollment of ${ended}` }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'End enrollment' }).click();
    const row = page.getByRole('row').filter({ hasText: ended });
    await expect(row).toContainText('Ended');
    await expect(page.getByRole('button', { name: `End the enrollment of ${ended}` })).toHaveCount(0);
    await signOut(page);
  });

  await test.step('the admin removes a member after confirming', async () => {
    await signIn(page, ACCOUNTS.schoolAdmin);
    await page.goto(`/orgs/${org.id}/members`);
    await page.getByRole('searchbox', { name: 'Search' }).fill(removed);
    const remove = page.getByRole('button', { name: `Remove ${removed} from the organisation` });
    await remove.click();
    const dialog = page.getByRole('alertdialog');
    await expect(dialog).toContainText('leaves the organisation');
    await expectNoA11yViolations(page, 'remove member dialog');
    await dialog.getByRole('button', { name: 'Remove' }).click();
    await expect(remove).toHaveCount(0);
    await expect(page.getByRole('row').filter({ hasText: removed })).toHaveCount(0);
  });
});
