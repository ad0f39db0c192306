import { expect, test } from './support/test';
import { ACCOUNTS, RUN_ID } from './support/accounts';
import { setAccountLocale } from './support/auth';
import { VARIANTS, Walk } from './support/variants';

// The platform administrator's paths (issue 9, points 14 and 16) at desktop and phone width, in
// English and Spanish: the organisations list, an organisation created with its first admin
// invited (invalid input shown inline first), an organisation they do not belong to opened with
// its programs (a program opens read-only, no "No access", no "Something went wrong"), and the
// outbox of the mail the platform sends.

const ADMIN = ACCOUNTS.platformAdmin;

test.afterEach(async ({ request }) => {
  await setAccountLocale(request, ADMIN, 'en');
});

for (const variant of VARIANTS) {
  test(`the platform admin's paths (${variant.name})`, async ({ page }) => {
    const w = new Walk(page, variant);
    const tag = `${variant.locale}${variant.phone ? 'p' : 'd'}-${RUN_ID}`;
    await w.signIn(ADMIN);

    await test.step('organisations: invalid input inline, then one created and its admin invited', async () => {
      await w.nav('nav.organisations');
      await w.heading(w.t('adminOrgs.title'));
      const create = page.getByRole('button', { name: w.t('adminOrgs.create') });
      await create.click();
      await expect(page.getByLabel(w.t('adminOrgs.name'))).toHaveAttribute('aria-invalid', 'true');
      await page.getByLabel(w.t('adminOrgs.slug')).fill('Not A Slug');
      await create.click();
      await expect(page.getByLabel(w.t('adminOrgs.slug'))).toHaveAttribute('aria-invalid', 'true');
      await w.screen('create organisation with errors');

      const name = `Matrix ${tag}`;
      await page.getByLabel(w.t('adminOrgs.name')).fill(name);
      await page.getByLabel(w.t('adminOrgs.slug')).fill(`matrix-${tag}`);
      const email = `matrix-admin-${tag}@e2e.example`;
      await page.getByLabel(w.t('adminOrgs.adminEmail')).fill(email);
      await create.click();
      await expect(page.getByText(w.t('adminOrgs.invited', { name, email }))).toBeVisible();
      await expect(page.getByRole('region', { name: w.t('adminOrgs.listTitle') }).getByRole('link', { name })).toBeVisible();
      await w.screen('organisations');
    });

    await test.step('an organisation they do not belong to opens, and its program read-only', async () => {
      await page.getByRole('region', { name: w.t('adminOrgs.listTitle') }).getByRole('link', { name: 'Lincoln High School' }).click();
      await w.heading('Lincoln High School');
      await expect(page.getByText(w.t('adminOrgs.notMemberTitle'))).toBeVisible();
      await w.screen('organisation overview');
      const programs = page.getByRole('region', { name: w.t('adminOrgs.programs') });
      await programs.getByRole('link', { name: 'Career Pathways Mentoring' }).click();
      await w.heading('Career Pathways Mentoring');
      await expect(page.getByText(w.t('errors.loadTitle'))).toHaveCount(0);
      await expect(page.getByRole('button', { name: w.pattern('apply.asNamed.mentee') })).toHaveCount(0);
      await w.screen('program, read-only');
    });

    await test.step('the outbox', async () => {
      await w.nav('nav.outbox');
      await w.heading(w.t('outbox.title'));
      await w.screen('outbox');
    });

    await w.signOut();
  });
}
