// Matching (issue 3), concurrency: "capacity is enforced atomically (two mentees can never both
// take a mentor's last place, tested with concurrent requests)".
//
// Each race sets up a fresh program with fresh people through the API, then fires the competing
// requests with Promise.all (nothing awaited in between), so the server handles them at the same
// time on its worker threads. Exactly one side of every race must win; the others must get a
// clean problem+json 409 and leave nothing behind (no half-published round, no extra
// relationship, no extra pending request). Every race is repeated with fresh people so that a
// lost race is likely to show at least once per run.
//
// The limits under test: a mentor's capacity (profile `mentor.capacity`) counted over proposed
// and active relationships; a mentee's `max_mentors_per_mentee` (1 in a one-to-one program); at
// most 3 open requests per mentee; no two open requests to the same mentor. The last block races
// other decisions that read a state and then write it (answering a proposed match, reviewing an
// application, setting a mentor's checks, accepting or revoking an invitation): the second
// writer must start from what the first wrote, never overwrite it.

import { ApiResponse, Client, V1 } from './client';
import { expectProblem, expectStatus, short, uniquePassword } from './helpers';
import { exclude } from './fixtures/exclusions';
import { getRound, pairsOf, roundPath, runRound } from './fixtures/match_rounds';
import { notificationsOf } from './fixtures/notifications';
import { orgBySlug, orgPath, type Staff } from './fixtures/organisations';
import { createUser, invite, type NewUser } from './fixtures/people';
import { addMentee, addMentor, createProgram, enrollmentOf, programPath, type Participant } from './fixtures/programs';
import { holdingOf, relationshipsOf } from './fixtures/relationships';
import { request, requestPath, requestsOf } from './fixtures/requests';
import { anonymous, DEMO, signIn } from './fixtures/session';
import type { Notification, Organisation, Page, Schemas } from './schema';

/** How many times each race runs, each time with fresh people (TANDEM_RACE_REPEAT to hunt). */
const REPEAT = Math.max(1, Number(process.env.TANDEM_RACE_REPEAT ?? 8) || 8);
const SETUP_TIMEOUT = 180_000;
const RACE_TIMEOUT = 60_000 + REPEAT * 15_000;

let coordinator: Client;
/** A second coordinator (the organisation's admin, who may manage matching too). */
let admin: Client;
let lincoln: Organisation;
/** The coordinator's session and organisation, for the fixtures (renewed with each race). */
let staff: Staff;

beforeAll(async () => {
  coordinator = await signIn(DEMO.lincoln.coordinator);
  admin = await signIn(DEMO.lincoln.admin);
  lincoln = await orgBySlug(coordinator, DEMO.lincoln.slug);
  staff = { client: coordinator, org: lincoln };
});

// ---------------------------------------------------------------------------------------------
// Set-up: the shared fixtures, with adult mentees in adult programs.

/** Programs of these races: adult, open, no approval. */
const RACE_PROGRAM = { audience: 'adult' } as const;

async function addMentees(programId: string, n: number): Promise<Participant[]> {
  const out: Participant[] = [];
  for (let i = 0; i < n; ++i) out.push(await addMentee(staff, programId, { minor: false }));
  return out;
}

/** The match notifications `who` has about the program named `programName`. */
async function matchNotificationsOf(who: NewUser, programName: string): Promise<Notification[]> {
  return (await notificationsOf(who.client)).filter((n) => n.kind.startsWith('match_') && n.params.program_name === programName);
}

const pair = (mentee: Participant, mentor: Participant) => `${mentee.id}/${mentor.id}`;

/**
 * The outcome of a race: which responses were 2xx and which were not. Every loser must be a
 * clean problem+json 409 (not a 500, not a 503 from a lock timeout).
 */
function settle<T extends { res: ApiResponse }>(entries: T[]): { winners: T[]; losers: T[] } {
  const all = entries.map((e) => `${e.res.status} ${e.res.text.slice(0, 300)}`).join('\n');
  const winners = entries.filter((e) => e.res.status >= 200 && e.res.status < 300);
  const losers = entries.filter((e) => !(e.res.status >= 200 && e.res.status < 300));
  for (const l of losers) {
    expect(l.res.status, `a racer failed uncleanly:\n${all}`).toBe(409);
    expectProblem(l.res, 409);
  }
  return { winners, losers };
}

/**
 * Runs `race` REPEAT times (each with fresh people and fresh coordinator sessions) and fails once at the end, listing every
 * repetition that broke: a run shows how often the race is lost, not only the first time.
 */
async function repeatRace(race: (i: number) => Promise<void>): Promise<void> {
  const broken: string[] = [];
  for (let i = 1; i <= REPEAT; ++i) {
    try {
      // Fresh sessions for each repetition: round work has a budget per session and minute
      // (request_budget.test.ts), and these races do far more of it than a person would.
      coordinator = await signIn(DEMO.lincoln.coordinator);
      admin = await signIn(DEMO.lincoln.admin);
      staff = { client: coordinator, org: lincoln };
      await race(i);
    } catch (e) {
      broken.push(`race ${i}: ${String((e as Error)?.message ?? e).slice(0, 1200)}`);
    }
  }
  expect(broken, `${broken.length} of ${REPEAT} races broke:\n\n${broken.join('\n\n')}`).toEqual([]);
}

// ---------------------------------------------------------------------------------------------

describe("a mentor's last place", () => {
  test('three mentees requested a mentor; the mentor accepts all three at once: exactly one takes the last place', async () => {
    await repeatRace(async (i) => {
      // Odd races: capacity 1, nothing taken. Even races: capacity 2 with one place already
      // taken by an earlier acceptance, so only the last place is contested.
      const taken = i % 2 === 0 ? 1 : 0;
      const program = await createProgram(staff, RACE_PROGRAM);
      const mentor = await addMentor(staff, program.id, { capacity: taken + 1 });
      if (taken) {
        const early = await addMentee(staff, program.id, { minor: false });
        const r = await request(early.client, lincoln.id, program.id, mentor.id);
        expectStatus(await mentor.client.post(requestPath(lincoln.id, r.id, '/accept')), 200);
      }
      const mentees = await addMentees(program.id, 3);
      const requests: Schemas['MentorRequest'][] = [];
      for (const m of mentees) requests.push(await request(m.client, lincoln.id, program.id, mentor.id));

      const responses = await Promise.all(requests.map((r) => mentor.client.post(requestPath(lincoln.id, r.id, '/accept'))));
      const { winners, losers } = settle(responses.map((res, k) => ({ res, mentee: mentees[k], request: requests[k] })));
      expect(winners.length, 'exactly one acceptance may take the last place').toBe(1);
      expect(losers).toHaveLength(2);
      const winner = winners[0];
      expect(winner.res.json).toMatchObject({ id: winner.request.id, status: 'accepted', mentee_id: winner.mentee.id });

      // Read back: the mentor holds exactly `capacity` active relationships, one of them with
      // the winner; the losers have none and their requests are still pending.
      const held = await holdingOf(mentor.client, program.id);
      expect(held, JSON.stringify(held)).toHaveLength(taken + 1);
      expect(held.every((r) => r.status === 'active')).toBe(true);
      expect(held.filter((r) => mentees.some((m) => m.id === r.mentee_id)).map((r) => r.mentee_id)).toEqual([winner.mentee.id]);
      expect(await holdingOf(winner.mentee.client, program.id)).toHaveLength(1);
      for (const l of losers) {
        expect(await relationshipsOf(l.mentee.client, program.id)).toEqual([]);
        const mine = await requestsOf(l.mentee.client, lincoln.id, program.id);
        expect(mine.find((r) => r.id === l.request.id)?.status).toBe('pending');
      }
      // A later acceptance is still refused.
      for (const l of losers) expectProblem(await mentor.client.post(requestPath(lincoln.id, l.request.id, '/accept')), 409);
      expect(await holdingOf(mentor.client, program.id)).toHaveLength(taken + 1);
    });
  }, RACE_TIMEOUT);

  test('two coordinators publish two draft rounds that both use it: one publishes, the other is a 409 that writes nothing', async () => {
    // Each round proposes two pairs: an uncontested one (its own mentor) and one with the shared
    // mentor M, who has room for one. The uncontested mentee has the smaller id, so a publish
    // writes that pair first and meets the full mentor second: the losing publish must roll
    // back the pair it has already written (no half-published round).
    await repeatRace(async () => {
      const program = await createProgram(staff, RACE_PROGRAM);
      const M = await addMentor(staff, program.id, { capacity: 1 });
      const side = async (client: Client) => {
        const own = await addMentor(staff, program.id, { capacity: 1 });
        const [u, x] = (await addMentees(program.id, 2)).sort((a, b) => (a.id < b.id ? -1 : 1));
        // u may only have `own`, x only M.
        await exclude(staff, program.id, u.id, M.id, 'capacity race set-up');
        await exclude(staff, program.id, x.id, own.id, 'capacity race set-up');
        const round = await runRound(staff, program.id, { objective: 'score', mentee_ids: [u.id, x.id], mentor_ids: [own.id, M.id] });
        expect(pairsOf(round)).toEqual([pair(u, own), pair(x, M)].sort());
        return { own, u, x, client, round };
      };
      const A = await side(coordinator);
      const B = await side(admin);

      const responses = await Promise.all([A, B].map((s) => s.client.post<Schemas['RoundView']>(roundPath(lincoln.id, s.round.id, '/publish'))));
      const { winners, losers } = settle(responses.map((res, k) => ({ res, side: [A, B][k] })));
      expect(winners.length, 'exactly one publish may take M’s last place').toBe(1);
      const win = winners[0].side;
      const lose = losers[0].side;
      expect(winners[0].res.json.status).toBe('published');

      // The winner's round is published with both pairs proposed.
      expect((await getRound(staff, win.round.id)).status).toBe('published');
      for (const [mentee, mentor] of [[win.u, win.own], [win.x, M]] as const) {
        const rels = await holdingOf(mentee.client, program.id);
        expect(rels.map((r) => `${r.mentee_id}/${r.mentor_id}`)).toEqual([pair(mentee, mentor)]);
        expect(rels[0].status).toBe('proposed');
      }
      expect((await holdingOf(M.client, program.id)).map((r) => r.mentee_id)).toEqual([win.x.id]);

      // The loser's round is still a draft, and nobody in it got a relationship or a
      // notification, not even the uncontested pair written before M was found full.
      const after = await getRound(staff, lose.round.id);
      expect(after.status).toBe('draft');
      expect(after.published_at).toBeNull();
      for (const who of [lose.u, lose.x, lose.own]) {
        expect(await relationshipsOf(who.client, program.id), `half-written publish: ${who.name}`).toEqual([]);
        expect(await matchNotificationsOf(who, program.name), `notified by a failed publish: ${who.name}`).toEqual([]);
      }

      // A re-run drops the pair with the full mentor; the rest publishes.
      const rerun = await lose.client.post<Schemas['RoundView']>(roundPath(lincoln.id, lose.round.id, '/rerun'));
      expectStatus(rerun, 200);
      expect(pairsOf(rerun.json)).toEqual([pair(lose.u, lose.own)]);
      expectStatus(await lose.client.post<Schemas['RoundView']>(roundPath(lincoln.id, lose.round.id, '/publish')), 200);
      expect((await holdingOf(lose.u.client, program.id)).map((r) => r.mentor_id)).toEqual([lose.own.id]);
      expect(await holdingOf(M.client, program.id)).toHaveLength(1);
    });
  }, RACE_TIMEOUT);

  test('the mentor accepts a request while a coordinator publishes a round proposing the mentor: one wins', async () => {
    await repeatRace(async () => {
      const program = await createProgram(staff, RACE_PROGRAM);
      const M = await addMentor(staff, program.id, { capacity: 1 });
      const [requester, proposed] = await addMentees(program.id, 2);
      const req = await request(requester.client, lincoln.id, program.id, M.id);
      const round = await runRound(staff, program.id, { objective: 'score', mentee_ids: [proposed.id], mentor_ids: [M.id] });
      expect(pairsOf(round)).toEqual([pair(proposed, M)]);

      const [accept, publish] = await Promise.all([
        M.client.post(requestPath(lincoln.id, req.id, '/accept')),
        coordinator.post<Schemas['RoundView']>(roundPath(lincoln.id, round.id, '/publish')),
      ]);
      const { winners } = settle([
        { res: accept, what: 'accept' },
        { res: publish, what: 'publish' },
      ]);
      expect(winners.length, `accept ${accept.status}, publish ${publish.status}`).toBe(1);

      // Which of the two commits first is the race's to decide, not the test's: the test
      // asserts the one winner, then the exact state that winner leaves.
      const held = await holdingOf(M.client, program.id);
      expect(held, JSON.stringify(held)).toHaveLength(1);
      if (winners[0].what === 'accept') {
        expect(held[0]).toMatchObject({ mentee_id: requester.id, status: 'active', source: 'request' });
        expect((await getRound(staff, round.id)).status).toBe('draft');
        expect(await relationshipsOf(proposed.client, program.id)).toEqual([]);
      } else {
        expect(held[0]).toMatchObject({ mentee_id: proposed.id, status: 'proposed', source: 'match_round' });
        expect(await relationshipsOf(requester.client, program.id)).toEqual([]);
        expect((await requestsOf(requester.client, lincoln.id, program.id)).find((r) => r.id === req.id)?.status).toBe('pending');
      }
    });
  }, RACE_TIMEOUT);
});

// ---------------------------------------------------------------------------------------------

describe('a one-to-one mentee (one mentor each): the same limit from the other side', () => {
  test('three mentors accept the same mentee’s requests at once: the mentee ends with one mentor', async () => {
    await repeatRace(async () => {
      const program = await createProgram(staff, { ...RACE_PROGRAM, type: 'one_to_one' });
      const mentee = await addMentee(staff, program.id, { minor: false });
      const mentors: Participant[] = [];
      for (let k = 0; k < 3; ++k) mentors.push(await addMentor(staff, program.id, { capacity: 2 }));
      const requests: Schemas['MentorRequest'][] = [];
      for (const m of mentors) requests.push(await request(mentee.client, lincoln.id, program.id, m.id));

      const responses = await Promise.all(mentors.map((m, k) => m.client.post(requestPath(lincoln.id, requests[k].id, '/accept'))));
      const held = await holdingOf(mentee.client, program.id);
      expect(held.length, `several mentors for a one-to-one mentee: ${held.map((r) => r.mentor_name).join(', ')}`).toBe(1);
      const { winners } = settle(responses.map((res) => ({ res })));
      expect(winners.length).toBe(1);
      const statuses = (await requestsOf(mentee.client, lincoln.id, program.id)).map((r) => r.status).sort();
      expect(statuses).toEqual(['accepted', 'withdrawn', 'withdrawn']);
    });
  }, RACE_TIMEOUT);

  test('three rounds propose the same mentee with different mentors and are published at once: one mentor', async () => {
    await repeatRace(async () => {
      const program = await createProgram(staff, { ...RACE_PROGRAM, type: 'one_to_one' });
      const mentee = await addMentee(staff, program.id, { minor: false });
      const rounds: Schemas['RoundView'][] = [];
      for (let k = 0; k < 3; ++k) {
        const m = await addMentor(staff, program.id, { capacity: 2 });
        const round = await runRound(staff, program.id, { objective: 'score', mentee_ids: [mentee.id], mentor_ids: [m.id] });
        expect(pairsOf(round)).toEqual([pair(mentee, m)]);
        rounds.push(round);
      }
      const publishers = [coordinator, admin, coordinator];
      const responses = await Promise.all(rounds.map((r, k) => publishers[k].post<Schemas['RoundView']>(roundPath(lincoln.id, r.id, '/publish'))));
      const held = await holdingOf(mentee.client, program.id);
      expect(held.length, `several mentors for a one-to-one mentee: ${held.map((r) => r.mentor_name).join(', ')}`).toBe(1);
      const { winners } = settle(responses.map((res) => ({ res })));
      expect(winners.length).toBe(1);
      const statuses: string[] = [];
      for (const r of rounds) statuses.push((await getRound(staff, r.id)).status);
      expect(statuses.sort()).toEqual(['draft', 'draft', 'published']);
    });
  }, RACE_TIMEOUT);
});

// ---------------------------------------------------------------------------------------------

describe('open requests under concurrent requests', () => {
  let program: Schemas['Program'];
  let mentors: Participant[];

  beforeAll(async () => {
    program = await createProgram(staff, { ...RACE_PROGRAM, type: 'one_to_one' });
    mentors = [];
    for (let i = 0; i < 5; ++i) mentors.push(await addMentor(staff, program.id, { capacity: 2 }));
  }, SETUP_TIMEOUT);

  const ask = (mentee: Participant, mentor: Participant) =>
    mentee.client.post<Schemas['MentorRequest']>(programPath(lincoln.id, program.id, '/requests'), { mentor_id: mentor.id });
  const pendingOf = async (mentee: Participant) =>
    (await requestsOf(mentee.client, lincoln.id, program.id)).filter((r) => r.status === 'pending');

  test('a mentee asks four mentors at once: three requests are made, the fourth is a 409 (limit 3)', async () => {
    await repeatRace(async () => {
      const mentee = await addMentee(staff, program.id, { minor: false });
      const responses = await Promise.all(mentors.slice(0, 4).map((m) => ask(mentee, m)));
      const pending = await pendingOf(mentee);
      expect(pending.length, `more than 3 open requests: ${pending.length}`).toBeLessThanOrEqual(3);
      const { winners, losers } = settle(responses.map((res) => ({ res })));
      expect(winners).toHaveLength(3);
      expect(losers).toHaveLength(1);
      expect(pending.map((r) => r.id).sort()).toEqual(winners.map((w) => w.res.json.id).sort());
    });
  }, RACE_TIMEOUT);

  test('a mentee with two open requests asks three more mentors at once: only one more is made', async () => {
    await repeatRace(async () => {
      const mentee = await addMentee(staff, program.id, { minor: false });
      await request(mentee.client, lincoln.id, program.id, mentors[0].id);
      await request(mentee.client, lincoln.id, program.id, mentors[1].id);
      const responses = await Promise.all(mentors.slice(2).map((m) => ask(mentee, m)));
      const pending = await pendingOf(mentee);
      expect(pending.length, `more than 3 open requests: ${pending.length}`).toBe(3);
      const { winners, losers } = settle(responses.map((res) => ({ res })));
      expect(winners).toHaveLength(1);
      expect(losers).toHaveLength(2);
    });
  }, RACE_TIMEOUT);

  test('the same request sent four times at once is made once (409 duplicate for the others)', async () => {
    await repeatRace(async () => {
      const mentee = await addMentee(staff, program.id, { minor: false });
      const responses = await Promise.all([0, 1, 2, 3].map(() => ask(mentee, mentors[4])));
      const pending = await pendingOf(mentee);
      expect(pending.length, `open requests to one mentor: ${pending.length}`).toBe(1);
      const { winners } = settle(responses.map((res) => ({ res })));
      expect(winners).toHaveLength(1);
    });
  }, RACE_TIMEOUT);
});

// ---------------------------------------------------------------------------------------------

describe('other decisions that read a state, then write it', () => {
  const relationshipPath = (id: string, rest: string) => orgPath(lincoln.id, `/relationships/${id}${rest}`);
  const enrollmentPath = (programId: string, id: string, rest = '') =>
    programPath(lincoln.id, programId, `/enrollments/${id}${rest}`);

  test('mentee and mentor accept a proposed match at once: it is active, with both acceptances', async () => {
    await repeatRace(async () => {
      const program = await createProgram(staff, RACE_PROGRAM);
      const mentor = await addMentor(staff, program.id, { capacity: 1 });
      const mentee = await addMentee(staff, program.id, { minor: false });
      const round = await runRound(staff, program.id, { objective: 'score', mentee_ids: [mentee.id], mentor_ids: [mentor.id] });
      expectStatus(await coordinator.post<Schemas['RoundView']>(roundPath(lincoln.id, round.id, '/publish')), 200);
      const [rel] = await holdingOf(mentee.client, program.id);
      expect(rel).toMatchObject({ status: 'proposed', mentee_accepted: false, mentor_accepted: false });

      const responses = await Promise.all([
        mentee.client.post(relationshipPath(rel.id, '/accept')),
        mentor.client.post(relationshipPath(rel.id, '/accept')),
      ]);
      const { winners } = settle(responses.map((res) => ({ res })));
      expect(winners, 'both acceptances are answered').toHaveLength(2);
      const [after] = await relationshipsOf(mentee.client, program.id);
      expect(after, 'an acceptance was lost').toMatchObject({
        id: rel.id,
        status: 'active',
        mentee_accepted: true,
        mentor_accepted: true,
      });
    });
  }, RACE_TIMEOUT);

  test('two coordinators approve and decline one application at once: one decides, the other is a 409', async () => {
    await repeatRace(async () => {
      const program = await createProgram(staff, { ...RACE_PROGRAM, requires_approval: true });
      const applicant = await createUser({ orgSlug: DEMO.lincoln.slug, roles: ['mentee'], inviter: admin, namePrefix: 'Raceapplicant' });
      const applied = await applicant.client.post<Schemas['Enrollment']>(programPath(lincoln.id, program.id, '/applications'), { role: 'mentee', message: '' });
      expectStatus(applied, 201);
      expect(applied.json.status).toBe('pending');

      const verbs = ['approve', 'decline'] as const;
      const responses = await Promise.all([
        coordinator.post(enrollmentPath(program.id, applied.json.id, '/approve')),
        admin.post(enrollmentPath(program.id, applied.json.id, '/decline')),
      ]);
      const { winners } = settle(responses.map((res, k) => ({ res, verb: verbs[k] })));
      expect(winners.length, 'both reviews succeeded').toBe(1);
      const e = await enrollmentOf(staff, program.id, 'mentee', applicant.email);
      expect(e.status).toBe(winners[0].verb === 'approve' ? 'active' : 'declined');
    });
  }, RACE_TIMEOUT);

  test("two coordinators set a mentor's screening and training at once: both stick", async () => {
    await repeatRace(async () => {
      const program = await createProgram(staff, RACE_PROGRAM);
      const mentor = await createUser({
        orgSlug: DEMO.lincoln.slug,
        roles: ['mentor'],
        inviter: coordinator,
        program_id: program.id,
        program_role: 'mentor',
        namePrefix: 'Racementor',
      });
      const e = await enrollmentOf(staff, program.id, 'mentor', mentor.email);
      expect(e).toMatchObject({ screening_cleared: false, training_complete: false });
      const responses = await Promise.all([
        coordinator.patch(enrollmentPath(program.id, e.id), { screening_cleared: true }),
        admin.patch(enrollmentPath(program.id, e.id), { training_complete: true }),
      ]);
      for (const res of responses) expectStatus(res, 200);
      const after = await enrollmentOf(staff, program.id, 'mentor', mentor.email);
      expect(after, 'one flag overwrote the other').toMatchObject({ screening_cleared: true, training_complete: true });
    });
  }, RACE_TIMEOUT);

  test('an invitation is accepted and revoked at once: exactly one happens', async () => {
    await repeatRace(async () => {
      const inv = await invite(admin, lincoln.id, { roles: ['mentee'] });
      const invitee = await anonymous();
      const [accept, revoke] = await Promise.all([
        invitee.post<Schemas['SessionInfo']>(`${V1}/invitations/${encodeURIComponent(inv.token)}/accept`, {
          name: `Raceinvitee ${short()}`,
          password: uniquePassword(),
        }),
        admin.del(orgPath(lincoln.id, `/invitations/${inv.id}`)),
      ]);
      const { winners } = settle([
        { res: accept, what: 'accepted' },
        { res: revoke, what: 'revoked' },
      ]);
      expect(winners.length, `accept ${accept.status}, revoke ${revoke.status}`).toBe(1);
      const list = await admin.get<Page<Schemas['Invitation']>>(orgPath(lincoln.id, '/invitations?limit=200'));
      expectStatus(list, 200);
      expect(list.json.items.find((i) => i.id === inv.id)?.status).toBe(winners[0].what);
    });
  }, RACE_TIMEOUT);
});
