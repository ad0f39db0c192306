import { expect, test } from './support/test';
import { ACCOUNTS } from './support/accounts';
import { setAccountLocale } from './support/auth';
import { VARIANTS, Walk } from './support/variants';

// The organisation admin's paths (issue 9, points 7, 13 and 15) at desktop and phone width, in
// English and Spanish: the work queue as home, members searchable, a skill term whose deletion
// asks first and says how many profiles use it, a new program that starts as a draft and shows a
// youth program's safeguarding when its audience is youth, and the audit log.
// Nothing is saved: the deletion is cancelled and the new program is not created.

const ORG = 'Lincoln High School';
const ADMIN = ACCOUNTS.schoolAdmin;

test.afterEach(async ({ request }) => {
  await setAccountLocale(request, ADMIN, 'en');
});

for (const variant of VARIANTS) {
  test(`the organisation admin's paths (${variant.name})`, async ({ page }) => {
    const w = new Walk(page, variant);
    await w.signIn(ADMIN);

    await test.step('home: the work queue of the organisation', async () => {
      await expect(page.getByRole('region', { name: w.t('workQueue.title', { org: ORG }) })).toBeVisible();
      await w.screen('home');
    });

    await test.step('members: searchable; deleting a term asks first and says who uses it', async () => {
      await w.nav('nav.members');
      await w.heading(w.t('members.title'));
      await page.getByRole('searchbox', { name: w.t('members.search') }).fill('student001@');
      await expect(page.getByRole('region', { name: w.t('members.listTitle') })).toContainText('student001@lincoln-high.example');
      const skills = page.getByRole('list', { name: w.t('taxonomy.kind.skill') });
      await skills.getByRole('button', { name: w.pattern('taxonomy.deleteTerm') }).first().click();
      const confirm = page.getByRole('alertdialog', { name: w.pattern('taxonomy.deleteTitle') });
      await expect(confirm).toContainText(new RegExp(`${w.pattern('taxonomy.usage').source}|${w.pattern('taxonomy.usageNone').source}`));
      await w.screen('delete a term, asked first');
      await confirm.getByRole('button', { name: w.t('common.cancel') }).click();
      await expect(confirm).toHaveCount(0);
      await w.screen('members');
    });

    await test.step('the audit log, from the members page', async () => {
      await page.getByRole('link', { name: w.t('nav.audit') }).click();
      await w.heading(w.t('audit.title'));
      await w.screen('audit log');
    });

    await test.step('a new program starts as a draft; a youth one shows its safeguarding', async () => {
      await w.nav('nav.programs');
      await w.heading(w.t('programs.title'));
      await page.getByRole('link', { name: w.t('programs.new') }).first().click();
      await w.heading(w.t('programForm.newTitle'));
      await expect(page.getByLabel(w.t('programForm.status'))).toHaveValue('draft');
      await page.getByLabel(w.t('programForm.audience')).selectOption('youth');
      await expect(page.getByRole('heading', { name: w.t('youthSafeguarding.title') })).toBeVisible();
      await expect(page.getByText(w.t('youthSafeguarding.minors'))).toBeVisible();
      await w.screen('new youth program');
    });

    await w.signOut();
  });
}
