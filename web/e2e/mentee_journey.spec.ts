import type { APIRequestContext, Page } from '@playwright/test';
import { expect, test } from './support/test';
import { ACCOUNTS, DEMO_PASSWORD, RUN_ID } from './support/accounts';
import { showInHeader, signOut } from './support/auth';
import { expectNoA11yViolations } from './support/axe';
import { allItems } from './support/paging';

// A new mentee's path without dead ends (issue 9): invited into a program, they land on a profile
// that asks only what applies (no mentor sections, their own time zone), a welcome with next
// steps, a program page that says they are in it (no "Apply as mentee"), and a Requests page with
// the request they sent; then the same page at phone width in Spanish.

const PROGRAM = 'Career Pathways Mentoring';
const EMAIL = `mentee-journey-${RUN_ID}@e2e.example`;
const NAME = `Journey Mentee ${RUN_ID}`;
const PASSWORD = `pw-${RUN_ID}-long-enough`;

// The browser's zone: a new profile starts in it rather than in UTC.
test.use({ timezoneId: 'America/Bogota' });

async function csrf(request: APIRequestContext): Promise<string> {
  return (await request.storageState()).cookies.find((c) => c.name === 'tandem_csrf')?.value ?? '';
}

async function call(request: APIRequestContext, method: 'get' | 'post', path: string, data?: unknown) {
  const res = await request[method](path, { data, headers: { 'X-CSRF-Token': await csrf(request) } });
  expect(res.ok(), `${method} ${path}: ${res.status()} ${await res.text()}`).toBeTruthy();
  return res.status() === 204 ? null : res.json();
}

/** Through the API: the school's coordinator invites a new mentee into the program. */
async function invite(request: APIRequestContext): Promise<string> {
  await request.get('/api/v1/auth/session');
  await call(request, 'post', '/api/v1/auth/login', { email: ACCOUNTS.schoolCoordinator, password: DEMO_PASSWORD });
  const orgs = await allItems((path) => call(request, 'get', path), '/api/v1/organisations');
  const org = orgs.find((o: { slug: string }) => o.slug === 'lincoln-high');
  const programs = await allItems((path) => call(request, 'get', path), `/api/v1/organisations/${org.id}/programs`);
  const program = programs.find((p: { name: string }) => p.name === PROGRAM);
  const inv = await call(request, 'post', `/api/v1/organisations/${org.id}/invitations`, {
    email: EMAIL,
    roles: ['mentee'],
    program_id: program.id,
    program_role: 'mentee',
  });
  await call(request, 'post', '/api/v1/auth/logout');
  return new URL(inv.link, 'http://x').pathname;
}

/**
 * Through the API: the coordinator runs a match round for just this mentee and publishes it, so
 * the mentee is matched (and their other pending requests are withdrawn).
 */
async function matchByRound(request: APIRequestContext): Promise<void> {
  await request.get('/api/v1/auth/session');
  await call(request, 'post', '/api/v1/auth/login', { email: ACCOUNTS.schoolCoordinator, password: DEMO_PASSWORD });
  const orgs = await allItems((path) => call(request, 'get', path), '/api/v1/organisations');
  const org = orgs.find((o: { slug: string }) => o.slug === 'lincoln-high');
  const programs = await allItems((path) => call(request, 'get', path), `/api/v1/organisations/${org.id}/programs`);
  const program = programs.find((p: { name: string }) => p.name === PROGRAM);
  const base = `/api/v1/organisations/${org.id}`;
  const enrollments = await call(request, 'get', `${base}/programs/${program.id}/enrollments?role=mentee&q=${encodeURIComponent(EMAIL)}`);
  const menteeId = enrollments.items.find((e: { person_email: string }) => e.person_email === EMAIL).person_id;
  const round = await call(request, 'post', `${base}/programs/${program.id}/match-rounds`, { objective: 'score', mentee_ids: [menteeId] });
  expect(round.proposals.length, JSON.stringify(round.unmatched_mentees)).toBe(1);
  await call(request, 'post', `${base}/match-rounds/${round.id}/publish`);
  await call(request, 'post', '/api/v1/auth/logout');
}

async function openNav(page: Page) {
  return showInHeader(page, page.getByRole('navigation', { name: /^(Main|Principal)$/ }));
}

test('a new mentee: welcome, a profile that asks what applies, no apply when enrolled, sent requests', async ({
  page,
  request,
}) => {
  const link = await invite(request);

  await test.step('accepts the invitation and lands on a profile without mentor sections', async () => {
    await page.goto(link);
    await page.getByLabel('Full name').fill(NAME);
    await page.getByLabel('New password').fill(PASSWORD);
    await page.getByLabel('Confirm password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Create account and accept' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'My profile' })).toBeVisible();
    // Asked of a mentee: what to learn; not asked: what they teach, or how many mentees they take.
    await expect(page.getByRole('heading', { name: 'Skills I want to learn' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Skills I can teach' })).toHaveCount(0);
    await expect(page.getByLabel('Mentee capacity')).toHaveCount(0);
    // The time zone starts as the browser's, not UTC.
    await expect(page.getByLabel('Time zone')).toHaveValue('America/Bogota');
    await expectNoA11yViolations(page, 'profile (new mentee)');
  });

  await test.step('the welcome lists the next steps, the profile still to do', async () => {
    await (await openNav(page)).getByRole('link', { name: 'Home' }).click();
    const welcome = page.getByRole('region', { name: 'Welcome to Tandem' });
    await expect(welcome).toContainText('To do: Complete your profile');
    await expect(welcome).toContainText(`You take part in ${PROGRAM}.`);
    await expect(welcome).toContainText('Find a mentor from your program');
    await expectNoA11yViolations(page, 'home with welcome');
  });

  await test.step('saves the profile; the welcome marks it done', async () => {
    await page.getByRole('region', { name: 'Welcome to Tandem' }).getByRole('link', { name: 'Complete your profile' }).click();
    await page.getByLabel('Headline').fill('Curious about statistics');
    await page.getByRole('button', { name: 'Add a skill to learn' }).click();
    const row = page.getByRole('group', { name: 'Skill to learn 1' });
    const skill = row.getByRole('combobox', { name: 'Skill' });
    await skill.fill('Statistics');
    await skill.press('Escape');
    await row.getByLabel('Current level').selectOption('1');
    await row.getByLabel('Target level').selectOption('3');
    await page.getByLabel('Add a language').selectOption('en');
    await page.getByRole('button', { name: 'Add language' }).click();
    await page.getByRole('button', { name: 'Save profile' }).click();
    await expect(page.getByText('Profile saved')).toBeVisible();

    await (await openNav(page)).getByRole('link', { name: 'Home' }).click();
    await expect(page.getByRole('region', { name: 'Welcome to Tandem' })).toContainText('Done: Complete your profile');
    await expectNoA11yViolations(page, 'home after saving the profile');
  });

  let mentor = '';
  await test.step('the program page says they are a mentee instead of offering "Apply as mentee"', async () => {
    await (await openNav(page)).getByRole('link', { name: 'Programs' }).click();
    await page.getByRole('link', { name: PROGRAM }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: PROGRAM })).toBeVisible();
    await expect(page.getByText('You are a mentee in this program.')).toBeVisible();
    await expect(page.getByRole('button', { name: /^Apply as mentee/ })).toHaveCount(0);
    await expectNoA11yViolations(page, 'program page (enrolled mentee)');

    // Asks a recommended mentor.
    const cards = page.getByRole('list', { name: 'Recommended mentors' }).getByRole('article');
    const card = cards.filter({ has: page.getByRole('button', { name: /^Request / }) }).first();
    mentor = (await card.getByRole('heading', { level: 3 }).textContent())!.trim();
    await card.getByRole('button', { name: `Request ${mentor} as your mentor` }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Message to the mentor (optional)').fill(`Hello from the mentee journey ${RUN_ID}`);
    await dialog.getByRole('button', { name: 'Send request' }).click();
    await expect(dialog.getByText('Request sent')).toBeVisible();
    await dialog.getByRole('button', { name: 'Close' }).click();
  });

  await test.step('the Requests page, from the navigation, shows the request they sent', async () => {
    await (await openNav(page)).getByRole('link', { name: /^Requests/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Requests' })).toBeVisible();
    const sent = page.getByRole('list', { name: 'Requests you sent' });
    const item = sent.locator('li').filter({ hasText: RUN_ID }).first();
    await expect(item).toContainText(`To ${mentor}`);
    await expect(item).toContainText('Pending');
    await expect(item).toContainText(PROGRAM);
    await expect(item.getByRole('button', { name: `Withdraw the request to ${mentor}` })).toBeVisible();
    // A mentee is not shown a list of requests "to you" to answer.
    await expect(page.getByRole('heading', { name: 'Requests to you' })).toHaveCount(0);
    await expectNoA11yViolations(page, 'requests (mentee)');

    await (await openNav(page)).getByRole('link', { name: 'Home' }).click();
    const card = page.getByRole('region', { name: 'Your requests' });
    await expect(card).toContainText('1 of your requests waits for a mentor to answer.');
    await expect(card).not.toContainText('your answer');
  });

  await test.step('matched by a round: Find a mentor says they have a mentor and stops recommending', async () => {
    await matchByRound(request);
    await (await openNav(page)).getByRole('link', { name: 'Programs' }).click();
    await page.getByRole('link', { name: PROGRAM }).first().click();
    // The page as it reads when they next come (not the recommendations cached a moment ago).
    await page.reload();
    await expect(page.getByRole('heading', { name: 'You have a mentor' })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Recommended mentors' })).toHaveCount(0);
    const matches = page.getByRole('list', { name: 'Your matches in this program' });
    await expect(matches.getByRole('link', { name: /^Your match with / })).toHaveCount(1);
    await expectNoA11yViolations(page, 'program page (matched mentee)');
    await matches.getByRole('link', { name: /^Your match with / }).click();
    await expect(page).toHaveURL(/\/relationships\/[^/]+$/);
  });

  await test.step('the same page at phone width, in Spanish', async () => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto('/requests');
    await (await showInHeader(page, page.getByRole('button', { name: 'Español' }))).click();
    await expect(page.getByRole('heading', { name: 'Solicitudes que enviaste' })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Solicitudes que enviaste' })).toContainText(`A ${mentor}`);
    await expectNoA11yViolations(page, 'requests (mentee, es, 375px)');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'requests scrolls sideways').toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'English' }).click();
    await page.goto('/');
    await signOut(page);
  });
});
