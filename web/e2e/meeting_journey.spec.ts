import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { clearMentor, enrollActive, matchByRequest, newJourneyProgram } from './support/api_session';
import { RUN_ID } from './support/accounts';
import { secondBrowser, signInAs } from './support/auth';
import { expectNoA11yViolations } from './support/axe';

// Meetings (issue 10, point 4): the mentor proposes a meeting in their own time zone (Chicago);
// the mentee, in a second browser, sees it in hers (Madrid), accepts it and downloads its .ics;
// the mentor moves it (back to the mentee, who accepts again), logs it as held with shared notes
// and a private note; the mentee reads the shared notes but not the private one, and finds the
// next meeting Tandem proposed at the program's rhythm. At phone width the mentee reads her
// meetings and turns on, reads and revokes her calendar feed. The program and the pair are made
// through the API, so the seeded demo stays as it is for the other journeys.

const PROGRAM = `E2E Meetings ${RUN_ID}`;
const MENTEE = { name: `Mara Meets ${RUN_ID}`, email: `meet-mentee-${RUN_ID}@e2e.example`, password: `pw-mentee-${RUN_ID}-long` };
const MENTOR = { name: `Moe Mentor ${RUN_ID}`, email: `meet-mentor-${RUN_ID}@e2e.example`, password: `pw-mentor-${RUN_ID}-long` };

// 16:00 on 20 January next year in Chicago (CST, UTC-6) is 22:00 UTC and 23:00 in Madrid (CET).
const YEAR = new Date().getUTCFullYear() + 1;
const CHICAGO_LOCAL = `${YEAR}-01-20T16:00`;
const DTSTART = `DTSTART:${YEAR}0120T220000Z`;

function profile(name: string, role: 'mentee' | 'mentor', timeZone: string): Record<string, unknown> {
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
    time_zone: timeZone,
    availability_hours_per_month: 6,
    background: [],
    mentor: { capacity: mentor ? 2 : 0, accepts_external_mentees: mentor },
    minor: { is_minor: false, guardian_name: '', guardian_email: '' },
  };
}

/** The wall-clock minute now in `zone`, as a datetime-local input takes it. */
function nowIn(zone: string): string {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' })
      .formatToParts(new Date())
      .map((x) => [x.type, x.value]),
  );
  return `${p.year}-${p.month}-${p.day}T${p.hour}:${p.minute}`;
}

let orgId = '';

test.beforeAll(async ({}, testInfo) => {
  const baseURL = String(testInfo.project.use.baseURL);
  const journey = await newJourneyProgram(baseURL, PROGRAM, 'Meetings browser journey.');
  const coordinator = journey.coordinator;
  orgId = journey.orgId;
  const program = { id: journey.programId };
  await enrollActive(baseURL, coordinator, orgId, program.id, MENTEE, 'mentee', profile(MENTEE.name, 'mentee', 'Europe/Madrid'));
  const mentor = await enrollActive(baseURL, coordinator, orgId, program.id, MENTOR, 'mentor', profile(MENTOR.name, 'mentor', 'America/Chicago'));
  await clearMentor(coordinator, orgId, program.id, mentor.enrollmentId);
  await coordinator.ctx.dispose();
  // The mentee asks, the mentor accepts: the match is active.
  await matchByRequest(baseURL, orgId, program.id, MENTEE, { ...MENTOR, id: mentor.id });
});

async function meetingsOf(page: Page) {
  await page.goto('/relationships');
  const panel = page.getByRole('region', { name: 'Meetings' });
  await expect(panel).toBeVisible();
  return panel;
}

test('the pair propose, accept, move, log a meeting with shared and private notes; the next one is proposed', async ({ page, browser }, testInfo) => {
  const baseURL = String(testInfo.project.use.baseURL);

  await test.step('the mentor proposes a meeting in his own time zone', async () => {
    await signInAs(page, MENTOR);
    const panel = await meetingsOf(page);
    await expect(panel).toContainText('Times in America/Chicago');
    await panel.getByRole('button', { name: 'Propose a meeting' }).click();
    const form = panel.getByRole('form', { name: `Propose a meeting with ${MENTEE.name}` });
    await form.getByLabel('Date and time').fill(CHICAGO_LOCAL);
    await form.getByLabel('Duration (minutes)').fill('45');
    await form.getByLabel('Meeting link').fill('https://meet.example.org/tandem-e2e');
    await form.getByLabel('Agenda').fill('Essay outline and questions');
    await expectNoA11yViolations(page, 'the proposal form');
    await form.getByRole('button', { name: 'Send proposal' }).click();
    const upcoming = panel.getByRole('list', { name: 'Upcoming' });
    await expect(upcoming.getByRole('listitem')).toHaveCount(1);
    await expect(upcoming).toContainText('Proposed by you');
    await expect(upcoming).toContainText(/4:00\s?PM/);
  });

  const mentee = await secondBrowser(browser, baseURL, true);
  await test.step('the mentee, in Madrid, sees it at her time, accepts it and downloads its .ics', async () => {
    await signInAs(mentee, MENTEE);
    const panel = await meetingsOf(mentee);
    const item = panel.getByRole('list', { name: 'Upcoming' }).getByRole('listitem').first();
    await expect(item).toContainText(`Proposed by ${MENTOR.name}`);
    await expect(item).toContainText(/11:00\s?PM/);
    await expect(item).toContainText('Essay outline and questions');
    await expectNoA11yViolations(mentee, 'a proposed meeting, for the other side');
    await item.getByRole('button', { name: 'Accept' }).click();
    await expect(item).toContainText('Accepted');
    const [download] = await Promise.all([mentee.waitForEvent('download'), item.getByRole('link', { name: 'Add to calendar (.ics)' }).click()]);
    const ics = await readFile((await download.path())!, 'utf8');
    expect(ics).toContain('BEGIN:VEVENT');
    expect(ics).toContain(DTSTART);
    expect(ics).toContain('STATUS:CONFIRMED');
  });

  await test.step('the mentor moves it to now; the mentee accepts the new time', async () => {
    const panel = await meetingsOf(page);
    const item = panel.getByRole('list', { name: 'Upcoming' }).getByRole('listitem').first();
    await expect(item).toContainText('Accepted');
    await item.getByRole('button', { name: 'Reschedule' }).click();
    const form = item.getByRole('form', { name: /^New time for the meeting on/ });
    await expect(form.getByLabel('Date and time')).toHaveValue(CHICAGO_LOCAL);
    await form.getByLabel('Date and time').fill(nowIn('America/Chicago'));
    await form.getByRole('button', { name: 'Send new time' }).click();
    await expect(panel.getByRole('list', { name: 'Upcoming' })).toContainText('Proposed by you');
    const theirs = await meetingsOf(mentee);
    const pending = theirs.getByRole('list', { name: 'Upcoming' }).getByRole('listitem').first();
    await pending.getByRole('button', { name: 'Accept' }).click();
    await expect(pending).toContainText('Accepted');
  });

  await test.step('the mentor logs it as held with shared notes and keeps a private note', async () => {
    const panel = await meetingsOf(page);
    const item = panel.getByRole('listitem').filter({ hasText: 'Accepted' }).first();
    await item.getByRole('button', { name: 'Log as held' }).click();
    const form = item.getByRole('form', { name: /^Log the meeting on/ });
    await form.getByLabel('Shared notes').fill('We planned the essay. Draft by Friday.');
    await form.getByRole('button', { name: 'Save' }).click();
    const past = panel.getByRole('list', { name: 'Past' });
    const held = past.getByRole('listitem').first();
    await expect(held).toContainText('Held');
    await expect(held).toContainText('We planned the essay. Draft by Friday.');
    await held.getByText('My private notes').click();
    const note = held.getByRole('form', { name: 'My private notes' });
    await note.getByLabel('Private notes').fill('Seems stressed about exams.');
    await note.getByRole('button', { name: 'Save private notes' }).click();
    await expect(note.getByRole('status')).toHaveText('Saved.');
    // Tandem proposed the next one, on behalf of the pair.
    await expect(panel.getByRole('list', { name: 'Upcoming' })).toContainText('Suggested by Tandem');
    await expectNoA11yViolations(page, 'a held meeting with notes and the next one proposed');
  });

  await test.step('the mentee reads the shared notes, not the private note, and finds the next meeting', async () => {
    const panel = await meetingsOf(mentee);
    const held = panel.getByRole('list', { name: 'Past' }).getByRole('listitem').first();
    await expect(held).toContainText('We planned the essay. Draft by Friday.');
    await held.getByText('My private notes').click();
    // Loaded (the button waits for it): her own notes, none.
    await expect(held.getByRole('button', { name: 'Save private notes' })).toBeEnabled();
    await expect(held.getByRole('textbox', { name: 'Private notes' })).toHaveValue('');
    await expect(mentee.locator('body')).not.toContainText('Seems stressed');
    const next = panel.getByRole('list', { name: 'Upcoming' }).getByRole('listitem').first();
    await expect(next).toContainText('Suggested by Tandem');
    await expect(next.getByRole('button', { name: 'Accept' })).toBeVisible();
    await expectNoA11yViolations(mentee, 'the mentee reads the meeting');
  });
  await mentee.context().close();
});

test.describe('at phone width', () => {
  test.use({ viewport: { width: 375, height: 812 } });

  test('the mentee reads her meetings and subscribes her calendar, then revokes it', async ({ page, request }) => {
    await signInAs(page, MENTEE);
    const panel = await meetingsOf(page);
    await expect(panel.getByRole('list', { name: 'Past' })).toContainText('Held');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoA11yViolations(page, 'meetings at phone width');

    await page.goto('/profile');
    const section = page.getByRole('region', { name: 'Subscribe to my calendar' });
    await section.getByRole('button', { name: 'Create my calendar link' }).click();
    const url = await section.getByLabel('Your calendar link').inputValue();
    expect(url).toMatch(/\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
    await expectNoA11yViolations(page, 'the calendar link at phone width');
    const path = new URL(url).pathname;
    const feed = await request.get(path);
    expect(feed.status()).toBe(200);
    const text = (await feed.text()).replace(/\r\n[ \t]/g, ''); // unfolded
    expect(text).toContain('BEGIN:VCALENDAR');
    expect(text).toContain(`SUMMARY:${PROGRAM}: ${MENTEE.name} & ${MENTOR.name}`);
    expect(text).toContain('STATUS:TENTATIVE'); // the next meeting, proposed
    await section.getByRole('button', { name: 'Turn off my calendar link' }).click();
    await expect(section).toContainText('You have no calendar link.');
    expect((await request.get(path)).status()).toBe(404);
  });
});
