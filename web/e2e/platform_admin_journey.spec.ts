import { expect, test } from './support/test';
import { ACCOUNTS, RUN_ID } from './support/accounts';
import { signIn, signOut } from './support/auth';
import { expectNoA11yViolations, gotoAndScan } from './support/axe';

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
    const orgs = (await (await page.request.get('/api/v1/organisations?limit=200')).json()).items;
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
