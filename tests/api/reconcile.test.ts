// Requests and round matches are one set of facts (issue 9, point 3): once a mentee is matched
// (a mentor accepts their request, or a round is published with them in it) their other pending
// requests are withdrawn as matched elsewhere and those mentors are told; recommendations stop
// and name the match; a mentor proposed with a mentee by a published round confirms that
// mentee's request even when the proposal took their last place. Unless the program allows
// several mentors per mentee: then only once the mentee holds them all.

import { V1, type ApiResponse } from './client';
import { expectProblem, expectStatus } from './helpers';
import { roundPath, runRound, pairsOf } from './fixtures/match_rounds';
import { settingsInput, settingsOf } from './fixtures/matching_settings';
import { notificationsOf } from './fixtures/notifications';
import { orgBySlug, orgPath, staffOf, type Staff } from './fixtures/organisations';
import { addMentee, addMentor, createProgram, programPath, type Participant } from './fixtures/programs';
import { holdingOf } from './fixtures/relationships';
import { request, requestPath, requestsOf } from './fixtures/requests';
import { DEMO, signIn } from './fixtures/session';
import type { MatchingSettings, MentorRequest, Notification, Organisation, Program, RoundView, Schemas } from './schema';

const SETUP_TIMEOUT = 180_000;

type RecommendationPage = Schemas['RecommendationPage'];

let staff: Staff;
let lincoln: Organisation;

beforeAll(async () => {
  staff = await staffOf(DEMO.lincoln.slug, DEMO.lincoln.coordinator);
  lincoln = staff.org;
});

async function adultProgram(): Promise<Program> {
  return createProgram(staff, { audience: 'adult', type: 'one_to_one' });
}

async function recommendationPage(p: Participant, programId: string): Promise<RecommendationPage> {
  const res = await p.client.get<RecommendationPage>(programPath(lincoln.id, programId, '/recommendations?limit=100'));
  expectStatus(res, 200);
  return res.json;
}

async function publish(round: RoundView): Promise<void> {
  expectStatus(await staff.client.post<RoundView>(roundPath(lincoln.id, round.id, '/publish')), 200);
}

/** The request_matched_elsewhere notice `mentor` got about this request, if any. */
async function matchedElsewhereNotice(mentor: Participant, requestId: string): Promise<Notification | undefined> {
  return (await notificationsOf(mentor.client)).find((n) => n.kind === 'request_matched_elsewhere' && n.params.request_id === requestId);
}

async function statusOf(mentee: Participant, programId: string): Promise<Record<string, [string, string]>> {
  const mine = await requestsOf(mentee.client, lincoln.id, programId);
  return Object.fromEntries(mine.map((r) => [r.mentor_id, [r.status, r.withdraw_reason]]));
}

// ---------------------------------------------------------------------------------------------

describe('a mentor accepts: the mentee is matched', () => {
  let program: Program;
  let S: Participant, A: Participant, B: Participant, C: Participant;
  const req: Record<string, MentorRequest> = {};

  beforeAll(async () => {
    program = await adultProgram();
    S = await addMentee(staff, program.id, { minor: false });
    A = await addMentor(staff, program.id, { capacity: 2 });
    B = await addMentor(staff, program.id, { capacity: 2 });
    C = await addMentor(staff, program.id, { capacity: 2 });
    for (const [k, m] of [['a', A], ['b', B], ['c', C]] as const) req[k] = await request(S.client, lincoln.id, program.id, m.id);
  }, SETUP_TIMEOUT);

  test('while unmatched, recommendations name no match', async () => {
    const page = await recommendationPage(S, program.id);
    expect(page.matched).toEqual([]);
    expect(page.items.length).toBeGreaterThan(0);
  });

  test('the other pending requests are withdrawn as matched elsewhere, and their mentors told', async () => {
    const res = await A.client.post<MentorRequest>(requestPath(lincoln.id, req.a.id, '/accept'));
    expectStatus(res, 200);
    expect(res.json).toMatchObject({ status: 'accepted', withdraw_reason: '' });
    expect(await statusOf(S, program.id)).toEqual({
      [A.id]: ['accepted', ''],
      [B.id]: ['withdrawn', 'matched_elsewhere'],
      [C.id]: ['withdrawn', 'matched_elsewhere'],
    });
    for (const [m, q] of [[B, req.b], [C, req.c]] as const) {
      const note = await matchedElsewhereNotice(m, q.id);
      expect(note, JSON.stringify(await notificationsOf(m.client))).toMatchObject({
        organisation_id: lincoln.id,
        params: { request_id: q.id, program_name: program.name, mentee_name: S.name },
        link: '/requests',
      });
      // The mentor reads it withdrawn among their requests, and can no longer answer it.
      const incoming = await m.client.get<Schemas['MentorRequestPage']>(`${V1}/me/requests`);
      expect(incoming.json.items.find((r) => r.id === q.id)).toMatchObject({ status: 'withdrawn', withdraw_reason: 'matched_elsewhere' });
      expectProblem(await m.client.post<MentorRequest>(requestPath(lincoln.id, q.id, '/accept')), 409);
    }
    // The accepting mentor is not told their own request was withdrawn.
    expect(await matchedElsewhereNotice(A, req.a.id)).toBeUndefined();
  });

  test('recommendations stop and name the match', async () => {
    const page = await recommendationPage(S, program.id);
    const [rel] = await holdingOf(S.client, program.id);
    expect(page).toEqual({
      items: [],
      next_cursor: null,
      matched: [{ relationship_id: rel.id, mentor_id: A.id, mentor_name: A.name, status: rel.status }],
    });
    // Filters change nothing.
    const filtered = await S.client.get<RecommendationPage>(programPath(lincoln.id, program.id, '/recommendations?language=en'));
    expect(filtered.json.items).toEqual([]);
    expect(filtered.json.matched.map((m) => m.relationship_id)).toEqual([rel.id]);
  });

  test('another organisation gets 404 for the request and the recommendations', async () => {
    const northwind = await signIn(DEMO.northwind.coordinator);
    const northwindOrg = await orgBySlug(northwind, DEMO.northwind.slug);
    const admin = await signIn(DEMO.northwind.admin);
    for (const who of [northwind, admin]) {
      expectProblem(await who.post<MentorRequest>(requestPath(lincoln.id, req.b.id, '/accept')), 404);
      expectProblem(await who.post<MentorRequest>(orgPath(northwindOrg.id, `/requests/${req.b.id}/accept`)), 404);
      expectProblem(await who.get<RecommendationPage>(programPath(lincoln.id, program.id, '/recommendations')), 404);
    }
  });
});

// ---------------------------------------------------------------------------------------------

describe('a round is published: the mentee is matched', () => {
  let program: Program;
  let S: Participant, M: Participant, B: Participant, other: Participant;
  let toM: MentorRequest, toB: MentorRequest;

  beforeAll(async () => {
    program = await adultProgram();
    S = await addMentee(staff, program.id, { minor: false });
    other = await addMentee(staff, program.id, { minor: false });
    // M has one place: the round's proposal takes it.
    M = await addMentor(staff, program.id, { capacity: 1 });
    B = await addMentor(staff, program.id, { capacity: 2 });
    toM = await request(S.client, lincoln.id, program.id, M.id);
    toB = await request(S.client, lincoln.id, program.id, B.id);
    // Another mentee's request to B is not theirs to withdraw.
    await request(other.client, lincoln.id, program.id, B.id);
    const round = await runRound(staff, program.id, { objective: 'score', mentee_ids: [S.id], mentor_ids: [M.id] });
    expect(pairsOf(round)).toEqual([`${S.id}/${M.id}`]);
    await publish(round);
  }, SETUP_TIMEOUT);

  test('the other pending requests are withdrawn and their mentors told; the proposed pair’s stays', async () => {
    expect(await statusOf(S, program.id)).toEqual({
      [M.id]: ['pending', ''],
      [B.id]: ['withdrawn', 'matched_elsewhere'],
    });
    expect(await matchedElsewhereNotice(B, toB.id)).toMatchObject({ params: { request_id: toB.id, program_name: program.name, mentee_name: S.name } });
    expect(await matchedElsewhereNotice(M, toM.id)).toBeUndefined();
    expect((await requestsOf(other.client, lincoln.id, program.id)).map((r) => r.status)).toEqual(['pending']);
  });

  test('recommendations stop and name the proposed match', async () => {
    const [rel] = await holdingOf(S.client, program.id);
    expect(rel).toMatchObject({ mentor_id: M.id, status: 'proposed', source: 'match_round' });
    const page = await recommendationPage(S, program.id);
    expect(page.items).toEqual([]);
    expect(page.matched).toEqual([{ relationship_id: rel.id, mentor_id: M.id, mentor_name: M.name, status: 'proposed' }]);
  });

  test('the proposed mentor accepts the mentee’s request despite no room left: one relationship, active', async () => {
    const [before] = await holdingOf(M.client, program.id);
    const res = await M.client.post<MentorRequest>(requestPath(lincoln.id, toM.id, '/accept'));
    expectStatus(res, 200);
    expect(res.json.status).toBe('accepted');
    const held = await holdingOf(M.client, program.id);
    expect(held).toHaveLength(1);
    expect(held[0]).toMatchObject({
      id: before.id,
      mentee_id: S.id,
      status: 'active',
      source: 'match_round',
      mentee_accepted: true,
      mentor_accepted: true,
    });
    const accepted = (await notificationsOf(S.client)).find((n) => n.kind === 'request_accepted' && n.params.request_id === toM.id);
    expect(accepted).toMatchObject({ params: { relationship_id: before.id }, link: `/relationships/${before.id}` });
    // A mentor who was not proposed and is full is still refused.
    const late = await addMentee(staff, program.id, { minor: false });
    const q = await request(late.client, lincoln.id, program.id, M.id);
    expectProblem(await M.client.post<MentorRequest>(requestPath(lincoln.id, q.id, '/accept')), 409);
  });
});

// ---------------------------------------------------------------------------------------------

describe('a program that allows two mentors per mentee', () => {
  let program: Program;
  let S: Participant, A: Participant, B: Participant, C: Participant;
  const req: Record<string, MentorRequest> = {};

  beforeAll(async () => {
    program = await adultProgram();
    const input = settingsInput(await settingsOf(staff, program.id));
    input.max_mentors_per_mentee = 2;
    expectStatus(await staff.client.put<MatchingSettings>(programPath(lincoln.id, program.id, '/matching/settings'), input), 200);
    S = await addMentee(staff, program.id, { minor: false });
    A = await addMentor(staff, program.id, { capacity: 2 });
    B = await addMentor(staff, program.id, { capacity: 2 });
    C = await addMentor(staff, program.id, { capacity: 2 });
    for (const [k, m] of [['a', A], ['b', B], ['c', C]] as const) req[k] = await request(S.client, lincoln.id, program.id, m.id);
  }, SETUP_TIMEOUT);

  test('the first acceptance withdraws nothing and recommendations go on', async () => {
    expectStatus(await A.client.post<MentorRequest>(requestPath(lincoln.id, req.a.id, '/accept')), 200);
    expect(await statusOf(S, program.id)).toEqual({ [A.id]: ['accepted', ''], [B.id]: ['pending', ''], [C.id]: ['pending', ''] });
    const page = await recommendationPage(S, program.id);
    expect(page.matched).toEqual([]);
    expect(page.items.map((r) => r.mentor_id).sort()).toEqual([B.id, C.id].sort());
  });

  test('the second reaches the limit: the last request is withdrawn, and recommendations stop', async () => {
    expectStatus(await B.client.post<MentorRequest>(requestPath(lincoln.id, req.b.id, '/accept')), 200);
    expect(await statusOf(S, program.id)).toEqual({
      [A.id]: ['accepted', ''],
      [B.id]: ['accepted', ''],
      [C.id]: ['withdrawn', 'matched_elsewhere'],
    });
    expect(await matchedElsewhereNotice(C, req.c.id)).toBeDefined();
    const page = await recommendationPage(S, program.id);
    expect(page.items).toEqual([]);
    expect(page.matched.map((m) => m.mentor_id).sort()).toEqual([A.id, B.id].sort());
  });
});

// ---------------------------------------------------------------------------------------------

describe('races: the mentee ends with the one mentor the program allows', () => {
  const REPEAT = Math.max(1, Number(process.env.TANDEM_RACE_REPEAT ?? 4) || 4);

  /** One of the two wins (2xx); the other gets a clean 409. */
  function oneWinner(responses: ApiResponse[]): number {
    const all = responses.map((r) => `${r.status} ${r.text.slice(0, 300)}`).join('\n');
    const winners = responses.filter((r) => r.status >= 200 && r.status < 300);
    for (const r of responses) if (!winners.includes(r)) expectProblem(r, 409);
    expect(winners.length, all).toBe(1);
    return responses.indexOf(winners[0]);
  }

  test('a round is published with the mentee while another mentor accepts their request', async () => {
    for (let i = 0; i < REPEAT; ++i) {
      // A fresh session each time: round work has a budget per session and minute.
      staff = await staffOf(DEMO.lincoln.slug, DEMO.lincoln.coordinator);
      const program = await adultProgram();
      const S = await addMentee(staff, program.id, { minor: false });
      const A = await addMentor(staff, program.id, { capacity: 2 });
      const R = await addMentor(staff, program.id, { capacity: 2 });
      const toA = await request(S.client, lincoln.id, program.id, A.id);
      const round = await runRound(staff, program.id, { objective: 'score', mentee_ids: [S.id], mentor_ids: [R.id] });
      expect(pairsOf(round)).toEqual([`${S.id}/${R.id}`]);

      const responses = await Promise.all([
        A.client.post<MentorRequest>(requestPath(lincoln.id, toA.id, '/accept')),
        staff.client.post<RoundView>(roundPath(lincoln.id, round.id, '/publish')),
      ]);
      const winner = oneWinner(responses);
      const held = await holdingOf(S.client, program.id);
      expect(held.map((r) => r.mentor_id)).toEqual([winner === 0 ? A.id : R.id]);
      const [status, reason] = (await statusOf(S, program.id))[A.id];
      if (winner === 0) expect([status, reason]).toEqual(['accepted', '']);
      else expect([status, reason]).toEqual(['withdrawn', 'matched_elsewhere']);
    }
  }, 60_000 + REPEAT * 20_000);
});
