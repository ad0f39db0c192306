import { expect, test } from './support/test';
import { clearMentor, enrollActive, matchByRequest, newJourneyProgram } from './support/api_session';
import { ACCOUNTS, RUN_ID } from './support/accounts';
import { signIn, signInAs, signOut } from './support/auth';
import { expectNoA11yViolations } from './support/axe';

// Engagement plans (issue 10, point 2): a coordinator defines the program's plan template on the
// program page; a pair matched afterwards finds the plan on their relationship page; the mentee
// completes a milestone; the mentor sees the progress. The program and the pair are created
// through the API in beforeAll, so the seeded programs stay as they are for the other journeys.

const PROGRAM = `E2E Plan ${RUN_ID}`;
const MENTEE = { name: `Pia Planner ${RUN_ID}`, email: `plan-mentee-${RUN_ID}@e2e.example`, password: `pw-mentee-${RUN_ID}-long` };
const MENTOR = { name: `Milo Mentor ${RUN_ID}`, email: `plan-mentor-${RUN_ID}@e2e.example`, password: `pw-mentor-${RUN_ID}-long` };

function profile(name: string, role: 'mentee' | 'mentor'): Record<string, unknown> {
  const mentor = role === 'mentor';
  return {
    name,
    headline: mentor ? 'Engineer who teaches SQL' : 'Student who wants to work with data',
    bio: mentor ? 'Ten years of analytics work.' : 'Curious about data.',
    skills_teach: mentor ? [{ skill: 'SQL', level: 5 }] : [],
    skills_learn: mentor ? [] : [{ skill: 'SQL', current_level: 1, target_level: 3 }],
    interests: ['science'],
    goals: [{ text: 'Learn how data analysts work', tags: ['careers'] }],
    languages: ['en'],
    time_zone: 'America/Chicago',
    availability_hours_per_month: 6,
    background: [],
    mentor: { capacity: mentor ? 2 : 0, accepts_external_mentees: mentor },
    minor: { is_minor: false, guardian_name: '', guardian_email: '' },
  };
}

let orgId = '';
let programId = '';
let mentorId = '';

test.beforeAll(async ({}, testInfo) => {
  const baseURL = String(testInfo.project.use.baseURL);
  const journey = await newJourneyProgram(baseURL, PROGRAM, 'Engagement plan browser journey.');
  const coordinator = journey.coordinator;
  orgId = journey.orgId;
  programId = journey.programId;
  await enrollActive(baseURL, coordinator, orgId, programId, MENTEE, 'mentee', profile(MENTEE.name, 'mentee'));
  const mentor = await enrollActive(baseURL, coordinator, orgId, programId, MENTOR, 'mentor', profile(MENTOR.name, 'mentor'));
  mentorId = mentor.id;
  await clearMentor(coordinator, orgId, programId, mentor.enrollmentId);
  await coordinator.ctx.dispose();
});

test('a template becomes the pair\'s plan; the mentee completes a milestone; the mentor sees the progress', async ({ page }, testInfo) => {
  // The coordinator defines the template on the program page.
  await signIn(page, ACCOUNTS.schoolCoordinator);
  await page.goto(`/orgs/${orgId}/programs/${programId}`);
  const section = page.locator('section', { has: page.getByRole('heading', { name: 'Plan template' }) });
  await expect(section).toBeVisible();
  const addGoal = section.getByRole('form', { name: 'Add goal to the template' });
  await addGoal.getByLabel('Goal').fill('Get to know each other');
  await addGoal.getByLabel('Due after (weeks)').fill('4');
  await addGoal.getByRole('button', { name: 'Add goal to the template' }).click();
  const addMilestone = section.getByRole('form', { name: 'Add a milestone to Get to know each other' });
  await addMilestone.getByLabel('Milestone').fill('First meeting');
  await addMilestone.getByLabel('Due after (weeks)').fill('1');
  await addMilestone.getByRole('button', { name: 'Add milestone' }).click();
  await expect(section.getByRole('list', { name: 'Milestones of Get to know each other' })).toContainText('First meeting');
  await section.getByRole('button', { name: 'Save the template' }).click();
  await expect(section.getByRole('status')).toHaveText('Template saved.');
  await expectNoA11yViolations(page, 'program page with the plan template');
  await signOut(page);

  await matchByRequest(String(testInfo.project.use.baseURL), orgId, programId, MENTEE, { ...MENTOR, id: mentorId });

  // The mentee finds the plan on the relationship page and completes the milestone.
  await signInAs(page, MENTEE);
  await page.goto('/relationships');
  const plan = page.getByRole('region', { name: 'Engagement plan' });
  await expect(plan).toBeVisible();
  await expect(plan).toContainText('Get to know each other');
  await expect(plan.getByRole('status', { name: 'Plan progress' })).toHaveText('0 of 1 milestones done');
  await expectNoA11yViolations(page, 'relationship page with the plan');
  // The visible label toggles react-aria's checkbox (its input sits under the drawn box).
  await plan.locator('.checkbox__label', { hasText: 'First meeting' }).click();
  await expect(plan.getByRole('checkbox', { name: 'First meeting' })).toBeChecked();
  await expect(plan.getByRole('status', { name: 'Plan progress' })).toHaveText('1 of 1 milestones done');
  await signOut(page);

  // The mentor sees the progress.
  await signInAs(page, MENTOR);
  await page.goto('/relationships');
  const theirs = page.getByRole('region', { name: 'Engagement plan' });
  await expect(theirs.getByRole('status', { name: 'Plan progress' })).toHaveText('1 of 1 milestones done');
  await expect(theirs.getByRole('checkbox', { name: 'First meeting' })).toBeChecked();
  await expectNoA11yViolations(page, 'the mentor sees the progress');
});
