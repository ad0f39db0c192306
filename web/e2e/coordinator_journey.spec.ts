import { expect, test } from './support/test';
import { API, ApiSession, enrollByInvitation } from './support/api_session';
import { ACCOUNTS, DEMO_PASSWORD, RUN_ID } from './support/accounts';
import { signIn, signOut } from './support/auth';
import { expectNoA11yViolations } from './support/axe';
import { allItems } from './support/paging';

// Coordinators and organisation admins (issue 9 points 7, 10, 13): the coordinator's home is a
// work queue whose counts link to where the work is done; a published round reads as published;
// an empty round says it had no mentees in scope; deleting a term says how many profiles use it
// and asks first; renaming to a taken label says so. Two programs, their people, rounds and a term
// are created through the API in beforeAll, so the seeded data stays as it is.

const PROGRAM = `E2E Coordinator queue ${RUN_ID}`;
const EMPTY_PROGRAM = `E2E Empty round ${RUN_ID}`;
// Sorts before the default terms, so it is on the list's first page.
const TERM = `A-e2e skill ${RUN_ID}`;
const OTHER_TERM = `A-e2e other ${RUN_ID}`;

function profile(name: string, role: 'mentee' | 'mentor', usesTerm: boolean): Record<string, unknown> {
  const mentor = role === 'mentor';
  const learn = [{ skill: 'SQL', current_level: 1, target_level: 3 }];
  if (usesTerm) learn.push({ skill: TERM, current_level: 1, target_level: 2 });
  return {
    name,
    headline: mentor ? 'Data analyst who teaches SQL' : 'Student who wants to work with data',
    bio: '',
    skills_teach: mentor ? [{ skill: 'SQL', level: 5 }] : [],
    skills_learn: mentor ? [] : learn,
    interests: ['chess'],
    goals: [],
    languages: ['en'],
    time_zone: 'America/Chicago',
    availability_hours_per_month: 6,
    background: [],
    mentor: { capacity: mentor ? 1 : 0, accepts_external_mentees: false },
    minor: { is_minor: false, guardian_name: '', guardian_email: '' },
  };
}

/** The coordinator invites a new person into the program; they accept and write a profile. */
async function enroll(baseURL: string, coordinator: ApiSession, orgId: string, programId: string, role: 'mentee' | 'mentor', n: number) {
  const who = { email: `coord-${role}${n}-${RUN_ID}@e2e.example`, name: `Queue ${role} ${n} ${RUN_ID}`, password: `pw-${role}-${n}-${RUN_ID}-long` };
  // The first mentee's profile uses the journey's term: its deletion says one profile uses it.
  const usesTerm = role === 'mentee' && n === 1;
  return (await enrollByInvitation(baseURL, coordinator, orgId, programId, who, role, profile(who.name, role, usesTerm))).enrollment;
}

function programBody(name: string) {
  return {
    name,
    description: 'Coordinator browser journey.',
    type: 'one_to_one',
    audience: 'adult',
    start_date: null,
    end_date: null,
    default_mentor_capacity: 1,
    requires_approval: false,
    status: 'open',
  };
}

let orgId = '';
let publishedRoundId = '';

test.beforeAll(async ({}, testInfo) => {
  const baseURL = String(testInfo.project.use.baseURL);
  const admin = await ApiSession.open(baseURL);
  await admin.send('POST', `${API}/auth/login`, { email: ACCOUNTS.schoolAdmin, password: DEMO_PASSWORD }, 200);
  const orgs = await allItems((path) => admin.get(path), `${API}/organisations`);
  orgId = orgs.find((o: any) => o.slug === 'lincoln-high').id;
  await admin.send('POST', `${API}/organisations/${orgId}/taxonomy`, { kind: 'skill', label: TERM }, 201);
  await admin.send('POST', `${API}/organisations/${orgId}/taxonomy`, { kind: 'skill', label: OTHER_TERM }, 201);
  await admin.ctx.dispose();

  const coordinator = await ApiSession.open(baseURL);
  await coordinator.send('POST', `${API}/auth/login`, { email: ACCOUNTS.schoolCoordinator, password: DEMO_PASSWORD }, 200);
  const program = await coordinator.send('POST', `${API}/organisations/${orgId}/programs`, programBody(PROGRAM), 201);
  await enroll(baseURL, coordinator, orgId, program.id, 'mentee', 1);
  const mentor = await enroll(baseURL, coordinator, orgId, program.id, 'mentor', 1);
  await coordinator.send(
    'PATCH',
    `${API}/organisations/${orgId}/programs/${program.id}/enrollments/${mentor.id}`,
    { screening_cleared: true, training_complete: true },
    200,
  );
  // A round pairs the first mentee and is published; a second mentee joins afterwards, unmatched.
  const round = await coordinator.send('POST', `${API}/organisations/${orgId}/programs/${program.id}/match-rounds`, {}, 201);
  expect(round.proposals).toHaveLength(1);
  await coordinator.send('POST', `${API}/organisations/${orgId}/match-rounds/${round.id}/publish`, {}, 200);
  publishedRoundId = round.id;
  await enroll(baseURL, coordinator, orgId, program.id, 'mentee', 2);

  // A program with nobody in it, and a round run there: a draft with no mentees in scope.
  const empty = await coordinator.send('POST', `${API}/organisations/${orgId}/programs`, programBody(EMPTY_PROGRAM), 201);
  await coordinator.send('POST', `${API}/organisations/${orgId}/programs/${empty.id}/match-rounds`, {}, 201);
  await coordinator.ctx.dispose();
});

test('the coordinator works from the home work queue; rounds read as what they are', async ({ page }) => {
  await signIn(page, ACCOUNTS.schoolCoordinator);
  const queue = page.getByRole('region', { name: 'Waiting for you at Lincoln High School' });

  await test.step('the home is a work queue, not a participant home', async () => {
    await expect(queue).toBeVisible();
    await expect(page.getByText('You are not in any program yet.')).toHaveCount(0);
    const items = queue.getByRole('list', { name: `Waiting in ${PROGRAM}` });
    await expect(items.getByRole('link', { name: '1 mentee without a mentor' })).toBeVisible();
    await expectNoA11yViolations(page, 'coordinator home');
  });

  await test.step('a count links to where the work is done', async () => {
    await queue.getByRole('list', { name: `Waiting in ${PROGRAM}` }).getByRole('link', { name: '1 mentee without a mentor' }).click();
    await expect(page.getByRole('heading', { level: 1, name: PROGRAM })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Match rounds' })).toBeVisible();
  });

  await test.step('a published round reads as published, without editing buttons', async () => {
    await page.goto(`/orgs/${orgId}/match-rounds/${publishedRoundId}`);
    await expect(page.getByRole('heading', { level: 1, name: 'Published match round' })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Summary' }).locator('.badge')).toHaveText('Published');
    for (const name of ['Publish', 'Re-run']) await expect(page.getByRole('button', { name, exact: true })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^(Lock|Swap|Remove) / })).toHaveCount(0);
    await expect(page.getByRole('columnheader', { name: 'Actions' })).toHaveCount(0);
    await expectNoA11yViolations(page, 'published round');
  });

  await test.step('an empty round says it had no mentees in scope', async () => {
    await page.goto('/');
    const items = queue.getByRole('list', { name: `Waiting in ${EMPTY_PROGRAM}` });
    await items.getByRole('link', { name: '1 match round in draft' }).click();
    await expect(page.getByRole('heading', { level: 1, name: EMPTY_PROGRAM })).toBeVisible();
    await page.getByRole('list', { name: 'Rounds' }).getByRole('link').first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'Match round' })).toBeVisible();
    await expect(page.getByText('This round had no mentees in scope.')).toBeVisible();
    await expectNoA11yViolations(page, 'empty round');
  });
  await signOut(page);
});

test('an admin renames and deletes skill terms, told how many profiles use them', async ({ page }) => {
  await signIn(page, ACCOUNTS.schoolAdmin);
  await page.goto(`/orgs/${orgId}/members`);
  const skills = page.getByRole('list', { name: 'Skills' });
  await expect(skills.getByText(TERM, { exact: true })).toBeVisible();

  await test.step('renaming to a taken label says so; another label renames', async () => {
    await page.getByRole('button', { name: `Rename ${OTHER_TERM}` }).click();
    const dialog = page.getByRole('dialog', { name: `Rename “${OTHER_TERM}”` });
    await dialog.getByLabel('New name').fill(TERM.toUpperCase());
    await dialog.getByRole('button', { name: 'Rename' }).click();
    await expect(dialog.getByText(`“${TERM.toUpperCase()}” is already in the list.`)).toBeVisible();
    await expectNoA11yViolations(page, 'rename to a duplicate');
    await dialog.getByLabel('New name').fill(`${OTHER_TERM} renamed`);
    await dialog.getByRole('button', { name: 'Rename' }).click();
    await expect(dialog.getByText('Renamed.')).toBeVisible();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(skills.getByText(`${OTHER_TERM} renamed`, { exact: true })).toBeVisible();
  });

  await test.step('deleting asks first and says how many profiles use the term', async () => {
    await page.getByRole('button', { name: `Delete ${TERM}` }).click();
    const confirm = page.getByRole('alertdialog', { name: `Delete “${TERM}”?` });
    await expect(confirm.getByText('1 profile in this organisation uses it.')).toBeVisible();
    await expectNoA11yViolations(page, 'delete term confirmation');
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    await expect(skills.getByText(TERM, { exact: true })).toBeVisible();

    await page.getByRole('button', { name: `Delete ${TERM}` }).click();
    await page.getByRole('alertdialog', { name: `Delete “${TERM}”?` }).getByRole('button', { name: 'Delete term' }).click();
    await expect(skills.getByText(TERM, { exact: true })).toHaveCount(0);

    await page.getByRole('button', { name: `Delete ${OTHER_TERM} renamed` }).click();
    const unused = page.getByRole('alertdialog', { name: `Delete “${OTHER_TERM} renamed”?` });
    await expect(unused.getByText('No profile in this organisation uses it.')).toBeVisible();
    await unused.getByRole('button', { name: 'Delete term' }).click();
    await expect(skills.getByText(`${OTHER_TERM} renamed`, { exact: true })).toHaveCount(0);
  });
  await signOut(page);
});
