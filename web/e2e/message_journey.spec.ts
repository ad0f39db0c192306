import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { clearMentor, enrollActive, matchByRequest, newJourneyProgram } from './support/api_session';
import { ACCOUNTS, DEMO_PASSWORD, RUN_ID } from './support/accounts';
import { secondBrowser, signInAs } from './support/auth';
import { expectNoA11yViolations } from './support/axe';

// Messages (issue 10, point 5), in a youth program: the mentor and the mentee each have their
// match's page open in their own browser; what one types appears live on the other's page (no
// reload). The page tells them the coordinators can read the thread. The mentee's message with
// a phone number is delivered and flagged: the coordinator finds it in the safety queue. The
// mentee presses "I feel unsafe" (behind a confirmation): contact pauses at once, for both. At
// phone width the mentee reads the conversation. The program and the pair are made through the
// API, so the seeded demo stays as it is for the other journeys.

const PROGRAM = `E2E Messages ${RUN_ID}`;
const MENTEE = { name: `Mia Messages ${RUN_ID}`, email: `msg-mentee-${RUN_ID}@e2e.example`, password: `pw-mentee-${RUN_ID}-long` };
const MENTOR = { name: `Milo Mentor ${RUN_ID}`, email: `msg-mentor-${RUN_ID}@e2e.example`, password: `pw-mentor-${RUN_ID}-long` };
const PHONE_MESSAGE = `Text me on 555-123-4567 ${RUN_ID}`;

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
    time_zone: 'UTC',
    availability_hours_per_month: 6,
    background: [],
    mentor: { capacity: mentor ? 2 : 0, accepts_external_mentees: mentor },
    minor: mentor ? { is_minor: false, guardian_name: '', guardian_email: '' } : { is_minor: true, guardian_name: 'Gina Guardian', guardian_email: `msg-guardian-${RUN_ID}@e2e.example` },
  };
}

let orgId = '';
let programId = '';

test.beforeAll(async ({}, testInfo) => {
  const baseURL = String(testInfo.project.use.baseURL);
  const journey = await newJourneyProgram(baseURL, PROGRAM, 'Messages browser journey.', 2, 'youth');
  const coordinator = journey.coordinator;
  orgId = journey.orgId;
  programId = journey.programId;
  await enrollActive(baseURL, coordinator, orgId, programId, MENTEE, 'mentee', profile(MENTEE.name, 'mentee'));
  const mentor = await enrollActive(baseURL, coordinator, orgId, programId, MENTOR, 'mentor', profile(MENTOR.name, 'mentor'));
  await clearMentor(coordinator, orgId, programId, mentor.enrollmentId);
  await coordinator.ctx.dispose();
  await matchByRequest(baseURL, orgId, programId, MENTEE, { ...MENTOR, id: mentor.id });
});

async function messagesOf(page: Page) {
  await page.goto('/relationships');
  const panel = page.getByRole('region', { name: 'Messages' });
  await expect(panel).toBeVisible();
  return panel;
}

test('messages arrive live on the other side; a phone number is flagged; "I feel unsafe" pauses contact', async ({ page, browser }, testInfo) => {
  const baseURL = String(testInfo.project.use.baseURL);
  await signInAs(page, MENTOR);
  const mentorPanel = await messagesOf(page);
  await expect(mentorPanel.getByRole('note')).toContainText('the coordinators can read these messages');

  const mentee = await secondBrowser(browser, baseURL);
  await signInAs(mentee, MENTEE);
  const menteePanel = await messagesOf(mentee);
  await expect(menteePanel).toContainText('No messages yet');

  await test.step('what the mentor types appears on the mentee\'s open page', async () => {
    await mentorPanel.getByLabel('Write a message').fill('Hello! Ready for our first session?');
    await expectNoA11yViolations(page, 'the thread with the composer filled in');
    await mentorPanel.getByRole('button', { name: 'Send' }).click();
    await expect(mentorPanel.getByRole('list', { name: 'Conversation' })).toContainText('Hello! Ready for our first session?');
    // No reload on the mentee's side: the live stream brings it.
    await expect(menteePanel.getByRole('list', { name: 'Conversation' })).toContainText('Hello! Ready for our first session?', { timeout: 5000 });
  });

  await test.step('the mentee answers with her phone number; it reaches the mentor live', async () => {
    await menteePanel.getByLabel('Write a message').fill(PHONE_MESSAGE);
    await menteePanel.getByRole('button', { name: 'Send' }).click();
    await expect(mentorPanel.getByRole('list', { name: 'Conversation' })).toContainText(PHONE_MESSAGE, { timeout: 5000 });
    // The pair never see a flag.
    await expect(mentorPanel).not.toContainText('Flagged');
    await expectNoA11yViolations(mentee, 'the mentee\'s thread');
  });

  await test.step('the coordinator finds the flagged message in the safety queue', async () => {
    const coordinator = await secondBrowser(browser, baseURL);
    await signInAs(coordinator, { email: ACCOUNTS.schoolCoordinator, password: DEMO_PASSWORD });
    await coordinator.goto(`/orgs/${orgId}/safety`);
    const flags = coordinator.getByRole('list', { name: 'Flagged messages' });
    const item = flags.getByRole('listitem').filter({ hasText: PHONE_MESSAGE });
    await expect(item).toContainText('a phone number');
    await expect(item).toContainText(MENTEE.name);
    // Youth oversight: the whole conversation, not only the flagged line.
    await item.getByText('Read the conversation').click();
    await expect(item.getByRole('list', { name: `Messages of ${MENTEE.name} and ${MENTOR.name}` })).toContainText('Hello! Ready for our first session?');
    await expectNoA11yViolations(coordinator, 'the safety queue');
    // The program's watch list, on its page.
    await coordinator.goto(`/orgs/${orgId}/programs/${programId}`);
    const watch = coordinator.getByRole('region', { name: 'Watch list' });
    await watch.getByLabel('Words and phrases').fill('secret\nmeet alone\nSecret');
    await watch.getByRole('button', { name: 'Save watch list' }).click();
    await expect(watch.getByRole('status')).toHaveText('Saved.');
    await expect(watch.getByLabel('Words and phrases')).toHaveValue('secret\nmeet alone');
    await expectNoA11yViolations(coordinator, 'the watch list');
    await coordinator.context().close();
  });

  await test.step('the mentee feels unsafe: contact pauses at once', async () => {
    await menteePanel.getByRole('button', { name: 'I feel unsafe' }).click();
    const dialog = mentee.getByRole('alertdialog', { name: 'Do you feel unsafe?' });
    await expect(dialog).toContainText('Contact with your mentor pauses at once');
    await expectNoA11yViolations(mentee, 'the unsafe confirmation');
    await dialog.getByRole('button', { name: 'Pause contact and tell the coordinators' }).click();
    await expect(mentee.getByRole('status').filter({ hasText: 'Contact is paused' })).toBeVisible();
    const panel = await messagesOf(mentee);
    await expect(panel).toContainText('Contact in this match is paused');
    await expect(panel.getByLabel('Write a message')).toHaveCount(0);
    const mentorNow = await messagesOf(page);
    await expect(mentorNow).toContainText('Contact in this match is paused');
    await expect(mentorNow.getByLabel('Write a message')).toHaveCount(0);
  });
  await mentee.context().close();
});

test.describe('at phone width', () => {
  test.use({ viewport: { width: 375, height: 812 } });

  test('the mentee reads the conversation', async ({ page }) => {
    await signInAs(page, MENTEE);
    const panel = await messagesOf(page);
    await expect(panel.getByRole('list', { name: 'Conversation' })).toContainText(PHONE_MESSAGE);
    await expectNoA11yViolations(page, 'the thread at phone width');
  });
});
