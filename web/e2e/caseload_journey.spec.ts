import { expect, test } from './support/test';
import { API, ApiSession } from './support/api_session';
import { ACCOUNTS, DEMO_PASSWORD } from './support/accounts';
import { signIn } from './support/auth';
import { expectNoA11yViolations } from './support/axe';

// Relationship care (issue 10, point 7) on the demo's Northwind Growth Circles, whose pairs the
// demo gives months of history: the coordinator follows the work queue's link to their caseload,
// sees an at-risk pair with its reason in words, logs a check-in for a pair that only needed one
// and sees it turn on track; at phone width the demo mentor answers a pulse survey. The journey
// changes one pair's check-ins and one survey, which no other journey reads.

const MENTOR = 'mentor@northwind.example';

interface Entry {
  relationship_id: string;
  mentee_name: string;
  mentor_name: string;
  health: string;
  reasons: { id: string; level: string; params: Record<string, unknown> }[];
}

async function coordinatorApi(baseURL: string): Promise<{ api: ApiSession; orgId: string }> {
  const api = await ApiSession.open(baseURL);
  await api.login(ACCOUNTS.companyCoordinator, DEMO_PASSWORD);
  const me = await api.get(`${API}/me`);
  const orgId = me.memberships.find((m: { organisation_name: string }) => m.organisation_name === 'Northwind Analytics').organisation_id;
  return { api, orgId };
}

test('the coordinator sees an at-risk pair and why, logs a check-in, and the pair is on track', async ({ page, baseURL }) => {
  const { api, orgId } = await coordinatorApi(String(baseURL));
  const items: Entry[] = (await api.get(`${API}/organisations/${orgId}/caseload?limit=200`)).items;
  const stalled = items.find((e) => e.health === 'at_risk' && e.reasons.some((r) => r.id === 'no_meeting_for'));
  const due = items.find((e) => e.health === 'needs_checkin' && e.reasons.length === 1 && e.reasons[0].id === 'checkin_due');
  expect(stalled, 'the demo has a stalled pair').toBeDefined();
  expect(due, 'the demo has a pair that only needs a check-in').toBeDefined();

  await signIn(page, ACCOUNTS.companyCoordinator);
  await page.getByRole('link', { name: 'Pairs needing a check-in' }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: 'My caseload' })).toBeVisible();
  await expectNoA11yViolations(page, 'the caseload');

  const stalledItem = page.getByRole('listitem').filter({
    has: page.getByRole('heading', { name: `${stalled!.mentee_name} and ${stalled!.mentor_name}` }),
  });
  await expect(stalledItem).toContainText('At risk');
  const days = stalled!.reasons.find((r) => r.id === 'no_meeting_for')!.params.days;
  await expect(stalledItem).toContainText(`No meeting logged for ${days} days (the program asks for one every 14 days).`);

  // The unhappy pair's survey answers, with the comment the survey said coordinators read.
  const unhappy = items.find((e) => e.reasons.some((r) => r.id === 'pulse_low'))!;
  const unhappyPair = `${unhappy.mentee_name} and ${unhappy.mentor_name}`;
  const unhappyItem = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: unhappyPair }) });
  await expect(unhappyItem).toContainText('A participant rated the relationship 2 out of 5.');
  await unhappyItem.getByRole('button', { name: `Survey answers of ${unhappyPair}` }).click();
  const answers = unhappyItem.getByRole('list', { name: `Survey answers of ${unhappyPair}` });
  await expect(answers).toContainText('Mentee: 2 out of 5, had not met since the last survey.');
  await expect(answers).toContainText('We keep cancelling; I am not sure my mentor has time for me.');
  await expectNoA11yViolations(page, 'the survey answers');

  // Only the at-risk pairs.
  await page.getByLabel('Show', { exact: true }).selectOption('at_risk');
  await expect(page.getByRole('listitem').filter({ hasText: 'On track' })).toHaveCount(0);
  await expect(stalledItem).toBeVisible();
  await page.getByLabel('Show', { exact: true }).selectOption('all');

  const pair = `${due!.mentee_name} and ${due!.mentor_name}`;
  const dueItem = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: pair }) });
  await expect(dueItem).toContainText('Needs a check-in');
  await expect(dueItem).toContainText('Last check-in 50 days ago (due every 45 days).');
  await dueItem.getByRole('button', { name: `Log a check-in with ${pair}` }).click();
  const form = page.getByRole('form', { name: `Check-in with ${pair}` });
  await form.getByLabel('With whom').selectOption('mentee');
  await form.getByLabel('Notes').fill('Called the mentee: exams are over, meetings back to normal.');
  await form.getByLabel('Follow-up (optional)').fill('Ask the mentor how the next session went');
  const inTwoWeeks = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
  await form.getByLabel('Follow-up due').fill(inTwoWeeks);
  await expectNoA11yViolations(page, 'the check-in form');
  await form.getByRole('button', { name: 'Log check-in' }).click();

  const after = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: pair }) });
  await expect(after).toContainText('On track');
  await expect(after).toContainText('Check-in logged.');
  await expect(after).not.toContainText('Last check-in 50 days ago');
  await expectNoA11yViolations(page, 'the caseload after the check-in');

  // The coordinator can look at the pairs nobody manages (none in the demo).
  await page.getByLabel('Caseload of', { exact: true }).selectOption({ label: 'Nobody (unassigned pairs)' });
  await expect(page.getByRole('heading', { level: 1, name: 'Pairs nobody manages' })).toBeVisible();
  await expect(page.getByText('No pairs to show.')).toBeVisible();
  await page.getByLabel('Caseload of', { exact: true }).selectOption({ label: 'Me' });
  await expect(page.getByRole('heading', { level: 1, name: 'My caseload' })).toBeVisible();

  // The notes are the coordinators' alone: the mentor of that pair cannot read them.
  const mentorApi = await ApiSession.open(String(baseURL));
  await mentorApi.login(MENTOR, DEMO_PASSWORD);
  const res = await mentorApi.ctx.get(`${API}/organisations/${orgId}/relationships/${due!.relationship_id}/checkins`);
  expect(res.status()).toBe(404);
});

test.describe('at phone width', () => {
  test.use({ viewport: { width: 375, height: 812 } });

  test('the caseload reads on a phone', async ({ page }) => {
    await signIn(page, ACCOUNTS.companyCoordinator);
    await page.goto('/');
    await page.getByRole('link', { name: 'Pairs needing a check-in' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: 'My caseload' })).toBeVisible();
    await expect(page.getByRole('listitem').filter({ hasText: 'At risk' }).first()).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await expectNoA11yViolations(page, 'the caseload at phone width');
  });

  test('a participant answers a pulse survey', async ({ page, baseURL }) => {
    const mentor = await ApiSession.open(String(baseURL));
    await mentor.login(MENTOR, DEMO_PASSWORD);
    const open = (await mentor.get(`${API}/me/pulse-surveys`)).items;
    expect(open.length, 'the demo mentor has a survey to answer').toBeGreaterThan(0);
    const survey = open[0];

    await signIn(page, MENTOR);
    await page.goto(`/orgs/${survey.organisation_id}/pulse-surveys/${survey.id}`);
    await expect(page.getByRole('heading', { level: 1, name: 'How is your mentoring going?' })).toBeVisible();
    const form = page.getByRole('form', { name: 'Pulse survey' });
    await expect(form).toContainText('shared with the program\'s coordinators');
    await expectNoA11yViolations(page, 'the pulse survey');
    // Sending without answering says what is missing.
    await form.getByRole('button', { name: 'Send answers' }).click();
    await expect(form.getByRole('alert')).toContainText('Choose a rating');
    await form.getByLabel('4 — Well').check();
    await form.getByRole('group', { name: 'Did you meet since the last survey?' }).getByLabel('Yes').check();
    await form.getByLabel('Comment (optional)').fill('Good sessions; we are planning the next milestone.');
    await form.getByRole('button', { name: 'Send answers' }).click();
    await expect(page.getByRole('status')).toContainText('Thank you');
    await expect(page.getByText('You rated it 4 out of 5.')).toBeVisible();
    await expectNoA11yViolations(page, 'the answered survey');
    const after = (await mentor.get(`${API}/me/pulse-surveys`)).items.map((s: { id: string }) => s.id);
    expect(after).not.toContain(survey.id);
  });
});
