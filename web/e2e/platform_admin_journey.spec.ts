import { expect, test } from './support/test';
import { ACCOUNTS, RUN_ID } from './support/accounts';
import { signIn, signOut } from './support/auth';
import { expectNoA11yViolations, gotoAndScan } from './support/axe';
import { allItems } from './support/paging';

// The platform administrator creates two organisations: one whose first admin is invited by
// email, one whose first admin (an existing account) is appointed at once. That admin then
// reads the new organisation's audit log. axe after each step.
test('platform admin creates organisations and appoints their first admins', async ({ page }) => {
  const invitedOrg = `E2E Invited ${RUN_ID}`;
  const appointedOrg = `E2E Appointed ${RUN_ID}`;
  const inviteeEmail = `first-admin-${RUN_ID}@e2e.example`;

  await test.step('platform admin opens the organisations page', async () => {
    await gotoAndScan(page, '/login');
    await signIn(page, ACCOUNTS.platformAdmin);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Organisations' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Organisations' })).toBeVisible();
    await expect(page.getByText('Lincoln High School')).toBeVisible();
    await expectNoA11yViolations(page, 'organisations (platform admin)');
  });

  await test.step('invalid input is shown inline', async () => {
    await page.getByRole('button', { name: 'Create organisation' }).click();
    await expect(page.getByLabel('Organisation name')).toHaveAttribute('aria-invalid', 'true');
    await page.getByLabel('Short name').fill('Not A Slug');
    await page.getByLabel("First administrator's email").fill('not-an-email');
    await page.getByRole('button', { name: 'Create organisation' }).click();
    await expect(page.getByLabel('Short name')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByLabel("First administrator's email")).toHaveAttribute('aria-invalid', 'true');
    await expectNoA11yViolations(page, 'create organisation with errors');
  });

  await test.step('creates an organisation and invites its first admin', async () => {
    await page.getByLabel('Organisation name').fill(invitedOrg);
    await page.getByLabel('Short name').fill(`e2e-invited-${RUN_ID}`);
    await page.getByLabel('Kind').selectOption('nonprofit');
    await page.getByLabel("First administrator's email").fill(inviteeEmail);
    await page.getByRole('button', { name: 'Create organisation' }).click();
    await expect(page.getByRole('status').filter({ hasText: `invitation to administer it was emailed to ${inviteeEmail}` })).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: invitedOrg })).toBeVisible();
    await expect(page.getByRole('cell', { name: `Invited ${inviteeEmail} as first administrator` })).toBeVisible();
    await expectNoA11yViolations(page, 'organisation created (invited)');
  });

  await test.step('the invitation is in the outbox', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Outbox' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Outbox' })).toBeVisible();
    await expect(page.getByText(inviteeEmail).first()).toBeVisible();
  });

  let orgId = '';
  await test.step('creates one whose first admin already has an account', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Organisations' }).click();
    await page.getByLabel('Organisation name').fill(appointedOrg);
    await page.getByLabel('Short name').fill(`e2e-appointed-${RUN_ID}`);
    await page.getByLabel("First administrator's email").fill(ACCOUNTS.companyAdmin);
    await page.getByRole('button', { name: 'Create organisation' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'already had an account and is now its administrator' })).toBeVisible();
    await expectNoA11yViolations(page, 'organisation created (appointed)');
    const orgs = await allItems(async (path) => (await page.request.get(path)).json(), '/api/v1/organisations');
    orgId = orgs.find((o: { name: string }) => o.name === appointedOrg).id;
    expect(orgId).toBeTruthy();
    await signOut(page);
  });

  await test.step('the appointed admin reads the audit log', async () => {
    await signIn(page, ACCOUNTS.companyAdmin);
    await gotoAndScan(page, `/orgs/${orgId}/audit`);
    await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
    await expect(page.getByRole('cell', { name: `Created the organisation ${appointedOrg} (School)` })).toBeVisible();
    await expect(page.getByRole('cell', { name: /^Appointed .+ as first administrator$/ })).toBeVisible();
    await signOut(page);
  });
});

// Issue 9 point 14: each organisation in the list opens its overview: its facts and the programs
// any member sees, and a note on what stays with its staff; a program opens read-only.
test('platform admin opens an organisation they do not belong to', async ({ page }) => {
  await signIn(page, ACCOUNTS.platformAdmin);
  await page.goto('/admin/organisations');
  await page.getByRole('region', { name: 'All organisations' }).getByRole('link', { name: 'Lincoln High School' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lincoln High School' })).toBeVisible();
  await expect(page.getByText('You are not a member of this organisation')).toBeVisible();
  const programs = page.getByRole('region', { name: 'Programs' });
  await expect(programs.getByRole('link', { name: 'Career Pathways Mentoring' })).toBeVisible();
  await expectNoA11yViolations(page, 'organisation overview (platform admin)');
  await programs.getByRole('link', { name: 'Career Pathways Mentoring' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Career Pathways Mentoring' })).toBeVisible();
  await expect(page.getByText('Something went wrong')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^Apply as/ })).toHaveCount(0);
  await expectNoA11yViolations(page, 'program (platform admin)');
  await signOut(page);
});
