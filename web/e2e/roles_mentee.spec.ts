import { expect, test } from './support/test';
import { setAccountLocale } from './support/auth';
import { startsWith, VARIANTS, Walk } from './support/variants';

// The mentee's paths (issue 9, points 1, 2, 4, 5 and 6) at desktop and phone width, in English and
// Spanish: the welcome with next steps, a profile that asks a minor only what applies, the program
// page that says they take part (no "Apply as mentee") with mentors' fit in plain words, the Requests
// page worded for the side that sends, and an empty My matches that says what comes next.
// Read-only: the walks change nothing but the account's language, which is put back.

const PROGRAM = 'Career Pathways Mentoring';
const MENTEE = 'student@lincoln-high.example';

test.afterEach(async ({ request }) => {
  await setAccountLocale(request, MENTEE, 'en');
});

for (const variant of VARIANTS) {
  test(`the mentee's paths (${variant.name})`, async ({ page }) => {
    const w = new Walk(page, variant);
    await w.signIn(MENTEE);

    await test.step('home: a welcome with next steps', async () => {
      const welcome = page.getByRole('region', { name: w.t('welcome.title') });
      await expect(welcome).toContainText(w.t('welcome.profile'));
      await expect(welcome).toContainText(w.t('welcome.programsActive', { program: PROGRAM }));
      await expect(welcome).toContainText(w.t('welcome.nextMentee'));
      await w.screen('home');
    });

    await test.step('profile: what a minor mentee is asked, no mentor sections', async () => {
      await w.nav('nav.profile');
      await w.heading(w.t('profile.title'));
      await expect(page.getByRole('heading', { name: w.t('profile.skillsLearn.title') })).toBeVisible();
      await expect(page.getByRole('heading', { name: w.t('profile.skillsTeach.title') })).toHaveCount(0);
      await expect(page.getByLabel(w.t('profile.mentoring.capacity'))).toHaveCount(0);
      await expect(page.getByText(w.t('profileAsks.menteeOnly'))).toBeVisible();
      await w.screen('profile');
    });

    await test.step('the program page: they take part; mentors ranked with their fit in words', async () => {
      await w.nav('nav.programs');
      await page.getByRole('link', { name: PROGRAM }).first().click();
      await w.heading(PROGRAM);
      await expect(page.getByText(w.t('myPlace.active.mentee'))).toBeVisible();
      await expect(page.getByRole('button', { name: startsWith(w.t('apply.as.mentee')) })).toHaveCount(0);
      const mentors = page.getByRole('list', { name: w.t('findMentor.listLabel') }).getByRole('article');
      await expect(mentors.first()).toBeVisible();
      const fits = ['excellent', 'strong', 'good', 'fair'].map((f) => w.t(`findMentor.fit.${f}`));
      await expect(mentors.first()).toContainText(new RegExp(fits.join('|')));
      // The points are there on demand, not in place of the words.
      await mentors.first().getByRole('button', { name: w.t('findMentor.showPoints') }).click();
      await expect(mentors.first()).toContainText(w.pattern('findMentor.totalPoints'));
      await w.screen('program page');
    });

    await test.step('requests: worded for the one who sends them', async () => {
      await w.nav('nav.requests');
      await w.heading(w.t('requests.title'));
      await expect(page.getByRole('heading', { name: w.t('requestSides.sent') })).toBeVisible();
      await expect(page.getByText(w.t('requestSides.sentEmpty'))).toBeVisible();
      await expect(page.getByRole('heading', { name: w.t('requests.incoming') })).toHaveCount(0);
      await w.screen('requests');
    });

    await test.step('my matches: none yet, and what brings one', async () => {
      await w.nav('nav.relationships');
      await w.heading(w.t('relationships.title'));
      await expect(page.getByText(w.t('relationships.empty'))).toBeVisible();
      await expect(page.getByText(w.t('relationships.emptyHelp'))).toBeVisible();
      await w.screen('my matches');
    });

    await w.signOut();
  });
}
