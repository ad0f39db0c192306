import { expect, test } from './support/test';
import { setAccountLocale } from './support/auth';
import { VARIANTS, Walk } from './support/variants';

// The mentor's paths (issue 9, points 1, 4 and 6; issue 10's workspace) at desktop and phone
// width, in English and Spanish: the home card of requests that wait for their answer, the
// Requests page with a mentee's request and why they fit worded from the mentor's side, a profile
// with the mentor's sections, and a match's workspace (agreement, plan, meetings).
// Read-only: the walks change nothing but the account's language, which is put back.

const MENTOR = 'mentor@northwind.example';

test.afterEach(async ({ request }) => {
  await setAccountLocale(request, MENTOR, 'en');
});

for (const variant of VARIANTS) {
  test(`the mentor's paths (${variant.name})`, async ({ page }) => {
    const w = new Walk(page, variant);
    await w.signIn(MENTOR);

    await test.step('home: the requests that wait for their answer', async () => {
      const card = page.getByRole('region', { name: w.t('home.requestsTitle') });
      await expect(card).toContainText(w.pattern('home.requestsSummary'));
      await w.screen('home');
    });

    await test.step("requests: a mentee's request, and why they fit, from the mentor's side", async () => {
      await w.nav('nav.requests');
      await w.heading(w.t('requests.title'));
      const incoming = page.getByRole('list', { name: w.t('requests.incoming') });
      const item = incoming.getByRole('listitem').filter({ has: page.getByRole('button', { name: w.t('requests.accept') }) }).first();
      await expect(item).toBeVisible();
      await item.locator('summary').click();
      const why = item.locator('.disclosure');
      // Worded for the mentor: "X wants …, you teach …", never the mentee's "you want …".
      await expect(why).not.toContainText(w.pattern('reasons.skill_match.mentee'));
      await expect(why).not.toContainText(w.pattern('reasons.availability.mentee'));
      await w.screen('requests');
    });

    await test.step("profile: the mentor's sections", async () => {
      await w.nav('nav.profile');
      await w.heading(w.t('profile.title'));
      await expect(page.getByRole('heading', { name: w.t('profile.skillsTeach.title') })).toBeVisible();
      await expect(page.getByLabel(w.t('profile.mentoring.capacity'))).toBeVisible();
      await w.screen('profile');
    });

    await test.step("my matches: the pair's workspace", async () => {
      await w.nav('nav.relationships');
      await w.heading(w.t('relationships.title'));
      const list = page.getByRole('list', { name: w.t('relationships.listTitle') });
      await expect(list).toContainText(w.pattern('relationships.youMentor'));
      await expect(page.getByRole('region', { name: w.t('agreements.panelLabel') }).first()).toBeVisible();
      await expect(page.getByRole('region', { name: w.t('plans.panelLabel') }).first()).toBeVisible();
      await expect(page.getByRole('region', { name: w.t('meetings.panelLabel') }).first()).toBeVisible();
      await w.screen('my matches');
    });

    await w.signOut();
  });
}
