import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { API, enrollActive, newJourneyProgram } from './support/api_session';
import { ACCOUNTS, RUN_ID } from './support/accounts';
import { signIn, signOut, submitLogin } from './support/auth';
import { expectNoA11yViolations } from './support/axe';

// Matching (issue 3), from coordinator to participants: a coordinator runs a round in a program of
// its own, reviews the proposal and why it fits, publishes it; the mentee finds the notification,
// opens the match and accepts it; the mentor accepts too (the program asks both sides); the match
// is active for both. The program and its two people are created through the API in beforeAll,
// so the seeded programs stay as they are for the other journeys.

const PROGRAM = `E2E Publish and accept ${RUN_ID}`;
const MENTEE = { name: `Priya Mentee ${RUN_ID}`, email: `publish-mentee-${RUN_ID}@e2e.example`, password: `pw-mentee-${RUN_ID}-long` };
const MENTOR = { name: `Marcus Mentor ${RUN_ID}`, email: `publish-mentor-${RUN_ID}@e2e.example`, password: `pw-mentor-${RUN_ID}-long` };

function profile(name: string, role: 'mentee' | 'mentor'): Record<string, unknown> {
  const mentor = role === 'mentor';
  return {
    name,
    headline: mentor ? 'Data analyst who teaches SQL' : 'Student who wants to work with data',
    bio: mentor ? 'Ten years of analytics work.' : 'First in my family to go to college.',
    skills_teach: mentor ? [{ skill: 'SQL', level: 5 }] : [],
    skills_learn: mentor ? [] : [{ skill: 'SQL', current_level: 1, target_level: 3 }],
    interests: ['chess', 'science'],
    goals: [{ text: 'Learn how data analysts work', tags: ['careers'] }],
    languages: ['en'],
    time_zone: 'America/Chicago',
    availability_hours_per_month: 6,
    background: [{ field: 'first_generation', value: 'yes', visibility: 'matching' }],
    mentor: { capacity: mentor ? 2 : 0, accepts_external_mentees: mentor },
    minor: { is_minor: false, guardian_name: '', guardian_email: '' },
  };
}

let orgId = '';
let programId = '';

test.beforeAll(async ({}, testInfo) => {
  const baseURL = String(testInfo.project.use.baseURL);
  const journey = await newJourneyProgram(baseURL, PROGRAM, 'Publish-and-accept browser journey.');
  const coordinator = journey.coordinator;
  orgId = journey.orgId;
  programId = journey.programId;
  // A one-to-one program asks both sides to accept a published match.
  const settings = await coordinator.get(`${API}/organisations/${orgId}/programs/${programId}/matching/settings`);
  expect(settings.require_acceptance).toBe(true);

  await enrollActive(baseURL, coordinator, orgId, programId, MENTEE, 'mentee', profile(MENTEE.name, 'mentee'));
  const mentor = await enrollActive(baseURL, coordinator, orgId, programId, MENTOR, 'mentor', profile(MENTOR.name, 'mentor'));
  await coordinator.send(
    'PATCH',
    `${API}/organisations/${orgId}/programs/${programId}/enrollments/${mentor.enrollmentId}`,
    { screening_cleared: true, training_complete: true },
    200,
  );
  await coordinator.ctx.dispose();
});

// ---------------------------------------------------------------------------------------------

async function signInAs(page: Page, who: { email: string; password: string }): Promise<void> {
  await page.goto('/login');
  await submitLogin(page, who.email, who.password);
  await expect(page).not.toHaveURL(/\/login/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Hello');
}

/** Opens the notifications menu, checks it, and follows the notification whose text matches. */
async function followNotification(page: Page, text: string | RegExp, what: string): Promise<void> {
  await page.getByRole('button', { name: /^Notifications, \d+ unread$/ }).click();
  const menu = page.getByRole('dialog', { name: 'Notifications' });
  await expect(menu).toBeVisible();
  const item = menu.getByRole('button', { name: text });
  await expect(item).toBeVisible();
  await expectNoA11yViolations(page, what);
  await item.click();
  await expect(page).toHaveURL(/\/relationships\/[0-9a-f]+$/);
  await expect(page.getByRole('heading', { level: 1, name: 'My matches' })).toBeVisible();
}

/** The highlighted (linked) match on My matches. */
function linkedMatch(page: Page) {
  return page.getByRole('list', { name: 'Matches' }).locator('li[aria-current="true"]');
}

test('a coordinator publishes a round; the mentee and the mentor accept the match', async ({ page }) => {
  await test.step('the coordinator runs a round in the program', async () => {
    await signIn(page, ACCOUNTS.schoolCoordinator);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Programs' }).click();
    await page.getByRole('link', { name: PROGRAM }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: PROGRAM })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Match rounds' })).toBeVisible();
    await expect(page.getByText('No match rounds yet.')).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'Both sides accept published matches' })).toBeChecked();
    await expectNoA11yViolations(page, 'fresh program with matching');

    await page.getByRole('button', { name: 'Run match round' }).click();
    await expect(page).toHaveURL(/\/match-rounds\/[0-9a-f]+$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Match round' })).toBeVisible();
  });

  await test.step('reviews the proposal and why it fits', async () => {
    await expect(page.getByRole('heading', { name: '1 proposed pair' })).toBeVisible();
    await expect(page.getByRole('heading', { name: '0 unmatched mentees' })).toBeVisible();
    await expect(page.getByText('Every mentee in scope is matched.')).toBeVisible();
    const row = page.locator('table tbody tr');
    await expect(row).toHaveCount(1);
    await expect(row.locator('td').nth(0)).toContainText(MENTEE.name);
    await expect(row.locator('td').nth(1)).toHaveText(MENTOR.name);
    await expect(row.locator('td').nth(2)).toHaveText(/^[1-9]\d*$/);
    const why = row.getByRole('list', { name: `Why ${MENTEE.name} and ${MENTOR.name}` });
    await expect(why.getByRole('listitem').filter({ hasText: /SQL/ }).first()).toBeVisible();
    // Worded for the coordinator: both people by name (issue 9, point 11).
    await expect(why.getByRole('listitem').filter({ hasText: `${MENTEE.name} wants SQL at level 3, ${MENTOR.name} teaches it at level 5` })).toHaveCount(1);
    await expect(why.locator('.reason-list__points').first()).toHaveText(/^\+\d+$/);
    // The reasons add up to the score.
    const points = (await why.locator('.reason-list__points').allTextContents()).map((p) => Number(p.slice(1)));
    expect(points.reduce((a, b) => a + b, 0)).toBe(Number(await row.locator('td').nth(2).textContent()));
    await expect(page.getByRole('button', { name: 'Publish', exact: true })).toBeEnabled();
    await expectNoA11yViolations(page, 'round to publish');
  });

  await test.step('publishes it after confirming', async () => {
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    const confirm = page.getByRole('alertdialog', { name: 'Publish this round?' });
    await expect(confirm).toContainText('The 1 proposed pair becomes a match and both people are notified.');
    await expectNoA11yViolations(page, 'publish confirmation');
    await confirm.getByRole('button', { name: 'Publish round' }).click();
    await expect(confirm).toBeHidden();
    await expect(page.getByText('The round is published.')).toBeVisible();
    await expect(page.getByText('This round is Published: it can no longer be changed.')).toBeVisible();
    await expect(page.getByRole('region', { name: 'Summary' }).locator('.badge')).toHaveText('Published');
    // A published round reads as published: its title, and no editing buttons (issue 9 point 10).
    await expect(page.getByRole('heading', { level: 1, name: 'Published match round' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Publish', exact: true })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Re-run' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Lock / })).toHaveCount(0);
    await expectNoA11yViolations(page, 'published round');

    // The program lists the round as published.
    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: PROGRAM }).click();
    await expect(page.getByRole('list', { name: 'Rounds' }).locator('li')).toHaveCount(1);
    await expect(page.getByRole('list', { name: 'Rounds' }).locator('li').first()).toContainText('Published');
    await signOut(page);
  });

  await test.step('the mentee follows the notification and accepts', async () => {
    await signInAs(page, MENTEE);
    await followNotification(
      page,
      `New: You have been proposed with ${MENTOR.name} as your mentor in ${PROGRAM}.`,
      'mentee notifications',
    );
    const match = linkedMatch(page);
    await expect(match).toContainText(`Your mentor: ${MENTOR.name}`);
    await expect(match.locator('.badge')).toHaveText('Proposed');
    await expect(match).toContainText(PROGRAM);
    await expect(match).toContainText('Matched by a coordinator');
    await expect(match).toContainText(`Waiting for your answer · ${MENTOR.name} has not answered yet`);
    await match.getByText(/^Why this match \(score \d+\)$/).click();
    await expect(match.getByRole('list', { name: `Why you and ${MENTOR.name}` }).getByRole('listitem').first()).toBeVisible();
    // Worded for the mentee: "you", and the mentor by name.
    await expect(
      match.getByRole('list', { name: `Why you and ${MENTOR.name}` }).getByRole('listitem').filter({ hasText: `you want SQL at level 3, ${MENTOR.name} teaches it at level 5` }),
    ).toHaveCount(1);
    await expectNoA11yViolations(page, 'proposed match (mentee)');

    await match.getByRole('button', { name: `Accept the match with ${MENTOR.name}` }).click();
    await expect(match).toContainText(`You accepted · ${MENTOR.name} has not answered yet`);
    await expect(match.locator('.badge')).toHaveText('Proposed');
    await expect(match.getByRole('button', { name: /^Accept the match/ })).toHaveCount(0);
    await expect(match.getByRole('button', { name: /^Decline the match/ })).toHaveCount(0);
    await expectNoA11yViolations(page, 'match accepted by the mentee');
    await signOut(page);
  });

  await test.step('the mentor sees the mentee accepted, and accepts too', async () => {
    await signInAs(page, MENTOR);
    await expect(page.getByRole('region', { name: 'Your matches' })).toContainText('0 active, 1 waiting for an answer.');
    await followNotification(page, `New: ${MENTEE.name} accepted the match in ${PROGRAM}.`, 'mentor notifications');
    const match = linkedMatch(page);
    await expect(match).toContainText(`You mentor ${MENTEE.name}`);
    await expect(match).toContainText(`Waiting for your answer · ${MENTEE.name} accepted`);
    // Worded for the mentor: the mentee by name, and "you".
    await match.getByText(/^Why this match \(score \d+\)$/).click();
    await expect(
      match.getByRole('list', { name: `Why you and ${MENTEE.name}` }).getByRole('listitem').filter({ hasText: `${MENTEE.name} wants SQL at level 3, you teach it at level 5` }),
    ).toHaveCount(1);
    await expectNoA11yViolations(page, 'proposed match (mentor)');

    await match.getByRole('button', { name: `Accept the match with ${MENTEE.name}` }).click();
    await expect(match.locator('.badge')).toHaveText('Active');
    await expect(match).not.toContainText('Waiting for your answer');
    await expect(match.getByRole('button', { name: /^(Accept|Decline) the match/ })).toHaveCount(0);
    await expectNoA11yViolations(page, 'active match (mentor)');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Home' }).click();
    await expect(page.getByRole('region', { name: 'Your matches' })).toContainText('1 active, 0 waiting for an answer.');
    await signOut(page);
  });

  await test.step('the mentee is told the match is confirmed and sees it active', async () => {
    await signInAs(page, MENTEE);
    await followNotification(
      page,
      `New: Your match with ${MENTOR.name} in ${PROGRAM} is confirmed.`,
      'mentee notifications after confirmation',
    );
    const match = linkedMatch(page);
    await expect(match).toContainText(`Your mentor: ${MENTOR.name}`);
    await expect(match.locator('.badge')).toHaveText('Active');
    await expect(match.getByRole('button', { name: /^(Accept|Decline) the match/ })).toHaveCount(0);
    // Both sides are told what happens next (the notification said so too).
    await expect(match).toContainText(`What happens next: Plan a first meeting with ${MENTOR.name}`);
    await expectNoA11yViolations(page, 'active match (mentee)');
    await signOut(page);
  });
});
