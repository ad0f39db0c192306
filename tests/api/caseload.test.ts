// The relationship manager's caseload (issue 10, point 7) on the demo's Northwind Growth Circles,
// whose pairs the demo gives histories for every health status: most urgent first, each with its
// reasons as ids and parameters, filters by status and manager, keyset pages; and pulse surveys,
// answered once by their recipient, whose answers feed the health.

import { Client, V1 } from './client';
import { expectFieldError, expectProblem, expectStatus } from './helpers';
import { caseloadOf, entryOf, myId } from './fixtures/care';
import { staffOf, type Staff } from './fixtures/organisations';
import { DEMO, anonymous, signIn } from './fixtures/session';
import type { CaseloadEntry, PulseSurvey } from './schema';

const SETUP_TIMEOUT = 120_000;
const RANK = { at_risk: 2, needs_checkin: 1, on_track: 0 } as const;

let staff: Staff;
let mentor: Client;

beforeAll(async () => {
  staff = await staffOf(DEMO.northwind.slug, DEMO.northwind.coordinator);
  mentor = await signIn(DEMO.northwind.mentor);
}, SETUP_TIMEOUT);

async function wholeCaseload(client: Client, query = ''): Promise<CaseloadEntry[]> {
  const out: CaseloadEntry[] = [];
  let cursor = '';
  for (let i = 0; i < 50; ++i) {
    const page = await caseloadOf(client, staff.org.id, `?limit=2${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    out.push(...page.items);
    if (!page.next_cursor) return out;
    cursor = page.next_cursor;
  }
  throw new Error('the caseload does not end');
}

describe('the caseload', () => {
  test('shows every status, most urgent first, with reasons as data', async () => {
    const c = await caseloadOf(staff.client, staff.org.id, '?limit=200');
    expect(c.manager_id).toBe(await myId(staff.client));
    expect(c.counts.at_risk).toBeGreaterThanOrEqual(2);
    expect(c.counts.needs_checkin).toBeGreaterThanOrEqual(2);
    expect(c.counts.on_track).toBeGreaterThanOrEqual(2);
    const ranks = c.items.map((e) => RANK[e.health]);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
    const stalled = c.items.find((e) => e.reasons.some((r) => r.id === 'no_meeting_for' && r.level === 'at_risk'));
    expect(stalled?.health).toBe('at_risk');
    const reason = stalled?.reasons.find((r) => r.id === 'no_meeting_for');
    expect(reason?.params).toMatchObject({ cadence: 14 });
    expect(Number(reason?.params.days)).toBeGreaterThan(28);
    const unhappy = c.items.find((e) => e.reasons.some((r) => r.id === 'pulse_low'));
    expect(unhappy?.reasons.find((r) => r.id === 'pulse_low')?.params).toEqual({ score: 2 });
    const fine = c.items.find((e) => e.health === 'on_track');
    expect(fine?.reasons.map((r) => r.level)).toEqual(['on_track']);
    const circles = c.items.filter((e) => e.program_name === 'Northwind Growth Circles');
    expect(circles.length).toBeGreaterThanOrEqual(9);
    for (const e of circles) {
      expect(e.next_checkin_due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(e.checkin_cadence_days).toBe(45);
      expect(e.meeting_cadence_days).toBe(14);
    }
  });

  test('pages by urgency without repeats, and filters by status', async () => {
    const all = (await caseloadOf(staff.client, staff.org.id, '?limit=200')).items;
    const paged = (await wholeCaseload(staff.client)).map((e) => e.relationship_id);
    // Other test files may add pairs meanwhile; none is repeated and none of the demo's is missed.
    expect(new Set(paged).size).toBe(paged.length);
    for (const e of all.filter((x) => x.program_name === 'Northwind Growth Circles')) expect(paged).toContain(e.relationship_id);
    const risky = await caseloadOf(staff.client, staff.org.id, '?status=at_risk');
    expect(risky.items.length).toBe(risky.counts.at_risk);
    expect(risky.items.every((e) => e.health === 'at_risk')).toBe(true);
    expect((await caseloadOf(staff.client, staff.org.id, '?manager=none')).items).toEqual([]);
  });

  test('bad filters are refused naming the parameter', async () => {
    expectFieldError(await staff.client.get(`${V1}/organisations/${staff.org.id}/caseload?status=fine`), 'status');
    expectFieldError(await staff.client.get(`${V1}/organisations/${staff.org.id}/caseload?manager=${await myId(mentor)}`), 'manager_id');
    expectFieldError(await staff.client.get(`${V1}/organisations/${staff.org.id}/caseload?limit=0`), 'limit');
    expectFieldError(await staff.client.get(`${V1}/organisations/${staff.org.id}/caseload?cursor=garbage`), 'cursor');
  });

  test('only the organisation\'s coordinators have caseloads', async () => {
    const path = `${V1}/organisations/${staff.org.id}/caseload`;
    expectProblem(await mentor.get(path), 403);
    expectProblem(await (await signIn(DEMO.northwind.admin)).get(path), 403);
    expectProblem(await (await signIn(DEMO.lincoln.coordinator)).get(path), 404);
    expectProblem(await (await anonymous()).get(path), 401);
  });
});

describe('pulse surveys', () => {
  test('the recipient answers once; the answer reaches the caseload; nobody else sees it', async () => {
    const mine = await mentor.get<{ items: PulseSurvey[] }>(`${V1}/me/pulse-surveys`);
    expectStatus(mine, 200);
    const survey = mine.json.items[0];
    expect(survey).toMatchObject({ organisation_id: staff.org.id, program_name: 'Northwind Growth Circles', answered_at: null });
    const path = `${V1}/organisations/${staff.org.id}/pulse-surveys/${survey.id}`;
    expectStatus(await mentor.get(path), 200);
    for (const other of [staff.client, await signIn(DEMO.northwind.admin), await signIn(DEMO.lincoln.coordinator)]) {
      expectProblem(await other.get(path), 404);
      expectProblem(await other.post(`${path}/answer`, { rating: 5, met_since: true }), 404);
    }
    expectProblem(await (await anonymous()).get(path), 401);

    expectFieldError(await mentor.post(`${path}/answer`, { rating: 9, met_since: true }), 'rating');
    expectFieldError(await mentor.post(`${path}/answer`, { rating: 3 }), 'met_since');
    expectFieldError(await mentor.post(`${path}/answer`, { rating: 3, met_since: true, comment: 'x'.repeat(1001) }), 'comment');
    expectFieldError(await mentor.post(`${path}/answer`, { rating: 3, met_since: true, extra: 1 }), 'extra');

    const answered = await mentor.post<PulseSurvey>(`${path}/answer`, { rating: 1, met_since: false, comment: 'We lost touch.' });
    expectStatus(answered, 200);
    expect(answered.json).toMatchObject({ rating: 1, met_since: false, comment: 'We lost touch.' });
    expectProblem(await mentor.post(`${path}/answer`, { rating: 5, met_since: true }), 409);
    expect((await mentor.get<{ items: PulseSurvey[] }>(`${V1}/me/pulse-surveys`)).json.items.map((s) => s.id)).not.toContain(survey.id);

    // The comment reaches the program's coordinators, as the form says, and nobody else.
    const answersPath = `${V1}/organisations/${staff.org.id}/relationships/${survey.relationship_id}/pulse-answers`;
    const answers = await staff.client.get<{ items: { id: string; side: string; rating: number; comment: string }[] }>(answersPath);
    expectStatus(answers, 200);
    expect(answers.json.items[0]).toMatchObject({ id: survey.id, side: 'mentor', rating: 1, comment: 'We lost touch.' });
    expectProblem(await mentor.get(answersPath), 404);
    expectProblem(await (await signIn(DEMO.northwind.admin)).get(answersPath), 404);

    const entry = await entryOf(staff.client, staff.org.id, survey.relationship_id);
    expect(entry?.health).toBe('at_risk');
    expect(entry?.reasons).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ id: 'pulse_low', params: { score: 1 } }),
        expect.objectContaining({ id: 'pulse_not_met' }),
      ]),
    );
  });
});
