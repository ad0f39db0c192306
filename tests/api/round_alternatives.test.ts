// The swap dialog of a draft round (issue 9, point 8): GET .../proposals/{mentee}/alternatives
// lists exactly the mentors a swap would accept, with the room each has left in this round and
// the pair's explained fit, best first, searchable by name, paged; and choosing one swaps.
//
// Everything happens in a program this file creates, with people it invites, so the expected
// lists are known exactly.

import { Client } from './client';
import { expectFieldError, expectProblem, expectStatus } from './helpers';
import { exclude } from './fixtures/exclusions';
import { findProposal, getRound, roundPath, runRound } from './fixtures/match_rounds';
import { orgBySlug, orgPath, staffOf, type Staff } from './fixtures/organisations';
import { addMentee, addMentor, createProgram, type Participant } from './fixtures/programs';
import { DEMO, signIn } from './fixtures/session';
import type { Organisation, Page, Program, RoundView, Schemas } from './schema';

type Alternative = Schemas['MentorAlternative'];

const SETUP_TIMEOUT = 180_000;

let staff: Staff;
let coordinator: Client;
let lincoln: Organisation;
let northwindCoordinator: Client;
let northwind: Organisation;

beforeAll(async () => {
  staff = await staffOf(DEMO.lincoln.slug, DEMO.lincoln.coordinator);
  ({ client: coordinator, org: lincoln } = staff);
  northwindCoordinator = await signIn(DEMO.northwind.coordinator);
  northwind = await orgBySlug(northwindCoordinator, DEMO.northwind.slug);
});

function alternativesPath(roundId: string, menteeId: string, query = ''): string {
  return roundPath(lincoln.id, roundId, `/proposals/${menteeId}/alternatives${query}`);
}

async function alternatives(roundId: string, menteeId: string, query = ''): Promise<Page<Alternative>> {
  const res = await coordinator.get<Page<Alternative>>(alternativesPath(roundId, menteeId, query));
  expectStatus(res, 200);
  return res.json;
}

/** Every page, following next_cursor with `limit` per page. */
async function allAlternatives(roundId: string, menteeId: string, limit: number): Promise<Alternative[]> {
  const out: Alternative[] = [];
  let cursor = '';
  for (let pages = 0; pages < 50; ++pages) {
    const page = await alternatives(roundId, menteeId, `?limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
    expect(page.items.length).toBeLessThanOrEqual(limit);
    out.push(...page.items);
    if (!page.next_cursor) return out;
    cursor = page.next_cursor;
  }
  throw new Error('more than 50 pages');
}

function expectBestFirst(items: Alternative[]): void {
  for (let i = 1; i < items.length; ++i) {
    const [a, b] = [items[i - 1], items[i]];
    const ordered = a.score > b.score || (a.score === b.score && (a.name < b.name || (a.name === b.name && a.mentor_id < b.mentor_id)));
    expect(ordered, `${a.name} (${a.score}) before ${b.name} (${b.score})`).toBe(true);
  }
}

function swap(roundId: string, menteeId: string, from: string, to: string) {
  return coordinator.post<RoundView>(roundPath(lincoln.id, roundId, '/proposals/swap'), {
    mentee_id: menteeId,
    from_mentor_id: from,
    to_mentor_id: to,
  });
}

describe('swap alternatives', () => {
  // Three minors who want SQL. B (room for 2) takes two of them in a round scoped to B. The
  // other mentors: A (room for 1), D (room for 2, teaches gardening: a weaker fit for SQL
  // learners), X (room for 2, excluded with one mentee after the round), U (room for 3, not
  // screened: never reaches a minor) and F (capacity 0: no room at all).
  let program: Program;
  let mentees: Participant[];
  let A: Participant, B: Participant, D: Participant, X: Participant, U: Participant, F: Participant;
  let round: RoundView;
  let p1: { mentee: string; mentor: string }, p2: { mentee: string; mentor: string };

  beforeAll(async () => {
    program = await createProgram(staff, { type: 'one_to_one', default_mentor_capacity: 2 });
    mentees = [];
    for (let i = 0; i < 3; ++i) mentees.push(await addMentee(staff, program.id));
    A = await addMentor(staff, program.id, { capacity: 1 });
    B = await addMentor(staff, program.id, { capacity: 2 });
    D = await addMentor(staff, program.id, { capacity: 2, teach: 'Gardening' });
    X = await addMentor(staff, program.id, { capacity: 2 });
    U = await addMentor(staff, program.id, { capacity: 3, cleared: false });
    F = await addMentor(staff, program.id, { capacity: 0 });
    round = await runRound(staff, program.id, { mentor_ids: [B.id] });
    expect(round.proposals).toHaveLength(2);
    [p1, p2] = round.proposals.map((p) => ({ mentee: p.mentee_id, mentor: p.mentor_id }));
    expect(p1.mentor).toBe(B.id);
    await exclude(staff, program.id, p2.mentee, X.id);
  }, SETUP_TIMEOUT);

  test('lists every mentor a swap would accept, with room left and reasons, best first', async () => {
    const page = await alternatives(round.id, p1.mentee);
    expect(page.next_cursor).toBeNull();
    // B is the current mentor; U is not screened; F has no room. The round's scope (B only)
    // does not limit a swap.
    expect(page.items.map((a) => a.mentor_id).sort()).toEqual([A.id, D.id, X.id].sort());
    expectBestFirst(page.items);
    const by = new Map(page.items.map((a) => [a.mentor_id, a]));
    expect(by.get(A.id)).toMatchObject({ name: A.name, room_left: 1 });
    expect(by.get(D.id)).toMatchObject({ name: D.name, room_left: 2 });
    expect(by.get(X.id)).toMatchObject({ name: X.name, room_left: 2 });
    for (const a of page.items) expect(a.reasons.length, JSON.stringify(a)).toBeGreaterThan(0);
    // A mentor who teaches what the mentee wants ranks above one who does not.
    expect(by.get(X.id)!.score).toBeGreaterThan(by.get(D.id)!.score);
  });

  test('an excluded mentor is not offered for that mentee', async () => {
    const ids = (await alternatives(round.id, p2.mentee)).items.map((a) => a.mentor_id);
    expect(ids).not.toContain(X.id);
    expect(ids).not.toContain(U.id);
    expect(ids).not.toContain(F.id);
    expect(ids.sort()).toEqual([A.id, D.id].sort());
  });

  test('search by name (case-insensitive) and paging give the same ranking', async () => {
    const all = (await alternatives(round.id, p1.mentee)).items;
    const paged = await allAlternatives(round.id, p1.mentee, 1);
    expect(paged).toEqual(all);
    const part = A.name.slice(-6).toUpperCase();
    const found = await alternatives(round.id, p1.mentee, `?q=${encodeURIComponent(part)}`);
    expect(found.items.map((a) => a.mentor_id)).toEqual([A.id]);
    expect(found.items[0]).toEqual(all.find((a) => a.mentor_id === A.id));
    // LIKE wildcards are plain text here.
    expect((await alternatives(round.id, p1.mentee, '?q=%25')).items).toEqual([]);
    expect((await alternatives(round.id, p1.mentee, '?q=_')).items).toEqual([]);
    expectFieldError(await coordinator.get(alternativesPath(round.id, p1.mentee, `?q=${'a'.repeat(201)}`)), 'q');
    expectFieldError(await coordinator.get(alternativesPath(round.id, p1.mentee, '?limit=0')), 'limit');
    expectFieldError(await coordinator.get(alternativesPath(round.id, p1.mentee, '?cursor=nonsense')), 'cursor');
  });

  test("choosing one swaps; room left follows the round's current proposals", async () => {
    const offered = (await alternatives(round.id, p1.mentee)).items.find((a) => a.mentor_id === D.id)!;
    const swapped = await swap(round.id, p1.mentee, B.id, D.id);
    expectStatus(swapped, 200);
    // The proposal carries the score the dialog showed.
    expect(findProposal(swapped.json, p1.mentee, D.id)).toMatchObject({ score: offered.score, locked: true });

    // For p2 (still with B): D has one place left now, B is current, A still has its place.
    const forP2 = new Map((await alternatives(round.id, p2.mentee)).items.map((a) => [a.mentor_id, a.room_left]));
    expect(forP2).toEqual(new Map([[A.id, 1], [D.id, 1]]));
    // For p1 (now with D): B has a place again.
    const forP1 = new Map((await alternatives(round.id, p1.mentee)).items.map((a) => [a.mentor_id, a.room_left]));
    expect(forP1).toEqual(new Map([[A.id, 1], [B.id, 1], [X.id, 2]]));

    // Fill A: A is no longer offered to anyone.
    expectStatus(await swap(round.id, p2.mentee, B.id, A.id), 200);
    const ids = (await alternatives(round.id, p1.mentee)).items.map((a) => a.mentor_id);
    expect(ids).not.toContain(A.id);
    expect(ids.sort()).toEqual([B.id, X.id].sort());
  });

  test('someone neither proposed nor unmatched, an unknown round, participants and other organisations get nothing', async () => {
    // A mentor of the round is not one of its mentees (unmatched mentees have their own list:
    // unmatched.test.ts).
    expectProblem(await coordinator.get(alternativesPath(round.id, B.id)), 404);
    expectProblem(await coordinator.get(alternativesPath(round.id, '999999999')), 404);
    expectProblem(await coordinator.get(alternativesPath('999999999', p1.mentee)), 404);
    // Participants of the program: 403, as on the round itself.
    expectProblem(await mentees[0].client.get(alternativesPath(round.id, p1.mentee)), 403);
    expectProblem(await B.client.get(alternativesPath(round.id, p1.mentee)), 403);
    // Another organisation's coordinator: 404 by either organisation's path.
    expectProblem(await northwindCoordinator.get(alternativesPath(round.id, p1.mentee)), 404);
    expectProblem(
      await northwindCoordinator.get(orgPath(northwind.id, `/match-rounds/${round.id}/proposals/${p1.mentee}/alternatives`)),
      404,
    );
    expect((await getRound(staff, round.id)).status).toBe('draft');
  });

  test('a published round has no alternatives: 409', async () => {
    expectStatus(await coordinator.post<RoundView>(roundPath(lincoln.id, round.id, '/publish')), 200);
    expectProblem(await coordinator.get(alternativesPath(round.id, p1.mentee)), 409);
  });
});
