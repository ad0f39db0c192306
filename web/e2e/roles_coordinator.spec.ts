import { expect, test } from './support/test';
import { ACCOUNTS } from './support/accounts';
import { setAccountLocale } from './support/auth';
import { startsWith, VARIANTS, Walk } from './support/variants';

// The coordinator's paths (issue 9, points 7 to 12) at desktop and phone width, in English and
// Spanish: the home is a work queue whose counts link to the work; participants one page at a
// time, searchable, a profile opening from its row; a round run, read (reasons worded for the
// coordinator, unmatched mentees grouped by reason), a swap dialog of ranked mentors; and a draft
// discarded, after which the round reads as discarded, without its editing buttons.
// The round each walk runs is discarded at its end, so the program is left as it was found.

const ORG = 'Lincoln High School';
const PROGRAM = 'Career Pathways Mentoring';
const COORDINATOR = ACCOUNTS.schoolCoordinator;

/** Discards the draft round on screen; it then reads as discarded, without editing buttons. */
async function discard(w: Walk): Promise<void> {
  const { page } = w;
  await page.getByRole('button', { name: w.t('round.discard'), exact: true }).click();
  await page.getByRole('alertdialog', { name: w.t('round.discardTitle') }).getByRole('button', { name: w.t('round.discardConfirm') }).click();
  await w.heading(w.t('round.titleByStatus.discarded'));
  for (const key of ['round.publish', 'round.rerun', 'round.discard'])
    await expect(page.getByRole('button', { name: w.t(key), exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: startsWith(w.t('round.swap')) })).toHaveCount(0);
  await w.screen('discarded round');
}

test.afterEach(async ({ request }) => {
  await setAccountLocale(request, COORDINATOR, 'en');
});

for (const variant of VARIANTS) {
  test(`the coordinator's paths (${variant.name})`, async ({ page }) => {
    const w = new Walk(page, variant);
    await w.signIn(COORDINATOR);

    await test.step('home: a work queue whose counts link to the work', async () => {
      const queue = page.getByRole('region', { name: w.t('workQueue.title', { org: ORG }) });
      const items = queue.getByRole('list', { name: w.t('workQueue.itemsOf', { program: PROGRAM }) });
      await expect(items.getByRole('link', { name: w.pattern('workQueue.item.unmatched_mentees') })).toBeVisible();
      await expect(page.getByText(w.t('home.noEnrollments'))).toHaveCount(0);
      await w.screen('home');
      await items.getByRole('link', { name: w.pattern('workQueue.item.unmatched_mentees') }).click();
      await w.heading(PROGRAM);
    });

    await test.step('participants: a page at a time, searchable; a profile opens from its row', async () => {
      const section = page.getByRole('region', { name: w.t('participants.title') });
      const rows = section.getByRole('table').locator('tbody tr');
      await expect(rows).toHaveCount(25);
      await expect(section.getByRole('button', { name: w.t('paging.showMore'), exact: true })).toBeVisible();
      await section.getByRole('searchbox', { name: w.t('participants.search') }).fill('student00');
      await expect.poll(() => new URL(page.url()).searchParams.get('q')).toBe('student00');
      await expect(rows).toHaveCount(9);
      const name = (await rows.first().locator('.cell-title').textContent())!.trim();
      await rows.first().getByRole('button', { name: w.t('participantProfile.openNamed', { name }) }).click();
      const dialog = page.getByRole('dialog', { name });
      await expect(dialog).toContainText(w.pattern('participantProfile.lead'));
      await w.screen('participant profile');
      await dialog.getByRole('button', { name: w.t('common.close') }).click();
      await expect(dialog).toHaveCount(0);
      await w.screen('program page');
    });

    await test.step('a round: pairs with reasons worded for the coordinator, the unmatched by reason', async () => {
      await page.getByRole('button', { name: w.t('matching.rounds.run') }).click();
      await w.heading(w.t('round.title'));
      await expect(page.getByRole('heading', { name: w.pattern('round.proposals') })).toBeVisible();
      await expect(page.getByRole('heading', { name: w.pattern('round.unmatchedTitle') })).toBeVisible();
      await expect(page.getByRole('list', { name: w.pattern('unmatchedGroups.listLabel') }).first()).toBeVisible();
      const why = page.getByRole('list', { name: w.pattern('round.whyPair') }).first();
      await expect(why).toContainText(/\S/);
      await expect(why).not.toContainText(w.pattern('reasons.skill_match.mentee'));
      await expect(why).not.toContainText(w.pattern('reasons.skill_match.mentor'));
      await w.screen('draft round');
    });

    await test.step('a draft discarded reads as discarded, without its editing buttons', async () => {
      await discard(w);
    });

    await test.step('a round for one mentee: the swap dialog ranks the mentors who can take them', async () => {
      await page.getByRole('navigation', { name: w.t('nav.breadcrumb') }).getByRole('link', { name: PROGRAM }).click();
      await page.getByText(w.t('matching.rounds.scope')).click();
      const scope = page.getByLabel(w.t('matching.rounds.scopeMentees'), { exact: true });
      const mentee = (await scope.locator('option').first().textContent())!.trim();
      await scope.selectOption({ index: 0 });
      await page.getByRole('button', { name: w.t('matching.rounds.run') }).click();
      await w.heading(w.t('round.title'));
      await expect(page.getByText(w.t('round.allMatched'))).toBeVisible();
      await page.getByRole('button', { name: w.pattern('round.swapNamed') }).first().click();
      const dialog = page.getByRole('dialog');
      const choices = dialog.getByRole('radiogroup', { name: w.t('swap.listLabel', { mentee }) });
      await expect(choices.getByRole('radio').first()).toBeAttached();
      await expect(dialog.getByRole('searchbox', { name: w.t('swap.search') })).toBeVisible();
      await w.screen('swap dialog');
      await dialog.getByRole('button', { name: w.t('common.cancel') }).click();
      await expect(dialog).toHaveCount(0);
      await discard(w);
    });

    await w.signOut();
  });
}
