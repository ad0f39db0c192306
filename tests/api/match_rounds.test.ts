// Coordinator match rounds (issue 3): run, lock, remove, swap, re-run and publish, within every
// limit (capacity, screening of mentors of minors, one mentor per mentee), and the seeded
// program's draft rounds.
//
// Everything that changes state happens in programs this file creates, with people it invites
// and whose profiles it writes, so the expected outcomes are known exactly. The seeded "Career
// Pathways Mentoring" program is only read, plus draft rounds that are never published.

import { Client, V1 } from './client';
import { expectFieldError, expectProblem, expectStatus, isUtcTimestamp, listAll } from './helpers';
import { settingsInput, settingsOf } from './fixtures/matching_settings';
import { countBy, expectRoundView, findProposal, getRound, pairsOf, roundPath, runRound } from './fixtures/match_rounds';
import { notificationsOf } from './fixtures/notifications';
import { orgBySlug, orgPath, staffOf, type Staff } from './fixtures/organisations';
import { addMentee, addMentor, createProgram, programByName, programPath, type Participant } from './fixtures/programs';
import { menteeProfile, mentorProfile, putProfile } from './fixtures/profiles';
import { recommendations } from './fixtures/recommendations';
import { relationshipPath, relationshipsOf } from './fixtures/relationships';
import { expectReasons, pointsOf, reasonOf } from './fixtures/requests';
import { DEMO, signIn } from './fixtures/session';
import type { Enrollment, Exclusion, MatchRound, Organisation, Page, Program, Relationship, RoundView, Schemas } from './schema';

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

// ---------------------------------------------------------------------------------------------

describe('match rounds', () => {
  // Six minors who all want SQL and speak English; four mentors who teach it. A, B (room for 2)
  // and C (room for 1) are screened and trained; U (room for 3) is not screened, so no minor may
  // be matched with U. Cleared capacity is 5 for 6 mentees: one is always left unmatched.
  let program: Program;
  let mentees: Participant[];
  let A: Participant, B: Participant, C: Participant, U: Participant;
  let capacity: Map<string, number>;
  let names: Map<string, string>;
  let scoreRound: RoundView;

  beforeAll(async () => {
    program = await createProgram(staff, { type: 'one_to_one', default_mentor_capacity: 2 });
    mentees = [];
    for (let i = 0; i < 6; ++i) mentees.push(await addMentee(staff, program.id));
    A = await addMentor(staff, program.id, { capacity: 2 });
    B = await addMentor(staff, program.id, { capacity: 2, languages: ['en', 'es'] });
    C = await addMentor(staff, program.id, { capacity: 1 });
    U = await addMentor(staff, program.id, { capacity: 3 });
    capacity = new Map([
      [A.id, 2],
      [B.id, 2],
      [C.id, 1],
      [U.id, 3],
    ]);
    names = new Map([...mentees, A, B, C, U].map((p) => [p.id, p.name]));
  }, SETUP_TIMEOUT);

  function expectWithinCapacity(round: RoundView): void {
    for (const [mentor, n] of countBy(round.proposals, (p) => p.mentor_id)) {
      expect(capacity.has(mentor), `unknown mentor ${mentor}`).toBe(true);
      expect(n, `mentor ${names.get(mentor)} has ${n} proposals`).toBeLessThanOrEqual(capacity.get(mentor)!);
    }
  }

  test('a mentor whose screening is withdrawn is never proposed for a minor', async () => {
    // While U is cleared, a round limited to U proposes U up to U's capacity.
    const before = await runRound(staff, program.id, { mentor_ids: [U.id] });
    expectRoundView(before, program.id);
    expect(before.mentor_ids).toEqual([U.id]);
    expect(before.matched).toBe(3);
    expect(before.proposals.every((p) => p.mentor_id === U.id)).toBe(true);

    const patch = await coordinator.patch<Schemas['Enrollment']>(programPath(lincoln.id, program.id, `/enrollments/${U.enrollmentId}`), { screening_cleared: false });
    expectStatus(patch, 200);
    expect(patch.json).toMatchObject({ screening_cleared: false, training_complete: true });

    const after = await runRound(staff, program.id, { mentor_ids: [U.id] });
    expectRoundView(after, program.id);
    expect(after.proposals).toEqual([]);
    expect(after.matched).toBe(0);
    expect(after.unmatched_mentees.map((u) => u.mentee_id).sort()).toEqual(mentees.map((m) => m.id).sort());
  });

  test('a coordinator runs a round (objective score): 201 with explained proposals within every limit', async () => {
    const res = await coordinator.post<Schemas['RoundView']>(programPath(lincoln.id, program.id, '/match-rounds'), { objective: 'score' });
    expectStatus(res, 201);
    scoreRound = res.json;
    expectRoundView(scoreRound, program.id);
    expect(scoreRound).toMatchObject({ objective: 'score', status: 'draft', mentee_ids: [], mentor_ids: [] });
    expectWithinCapacity(scoreRound);
    expect(scoreRound.proposals.some((p) => p.mentor_id === U.id)).toBe(false);
    // Every pair is feasible with A, B and C, so the best total fills all five places.
    expect(scoreRound.matched).toBe(5);
    expect(scoreRound.unmatched_mentees).toHaveLength(1);
    for (const p of scoreRound.proposals) {
      expect(p.mentee_name).toBe(names.get(p.mentee_id));
      expect(p.mentor_name).toBe(names.get(p.mentor_id));
      expect(p.score).toBeGreaterThan(0);
      expect(p.locked).toBe(false);
    }
    // Proposals come by mentee name.
    const byName = scoreRound.proposals.map((p) => p.mentee_name);
    expect(byName).toEqual([...byName].sort());
  });

  test('an empty body runs a score round over everyone', async () => {
    const round = await runRound(staff, program.id);
    expectRoundView(round, program.id);
    expect(round).toMatchObject({ objective: 'score', status: 'draft', mentee_ids: [], mentor_ids: [] });
    expect(round.matched).toBe(5);
    expectWithinCapacity(round);
  });

  test('GET returns the round as created; the list has it, newest first, without proposals', async () => {
    expect(await getRound(staff, scoreRound.id)).toEqual(scoreRound);
    const res = await coordinator.get<Page<MatchRound>>(programPath(lincoln.id, program.id, '/match-rounds'));
    expectStatus(res, 200);
    const listed = res.json.items.find((r) => r.id === scoreRound.id)!;
    const { proposals: _p, unmatched_mentees: _u, ...summary } = scoreRound;
    expect(listed).toEqual(summary);
    const created = res.json.items.map((r) => Date.parse(r.created_at));
    for (let i = 1; i < created.length; ++i) expect(created[i - 1]).toBeGreaterThanOrEqual(created[i]);
    expect(res.json.items.length).toBeGreaterThanOrEqual(4);
  });

  test('objective coverage matches at least as many mentees as objective score', async () => {
    const coverage = await runRound(staff, program.id, { objective: 'coverage' });
    expectRoundView(coverage, program.id);
    expect(coverage.objective).toBe('coverage');
    expectWithinCapacity(coverage);
    expect(coverage.proposals.some((p) => p.mentor_id === U.id)).toBe(false);
    expect(coverage.matched).toBeGreaterThanOrEqual(scoreRound.matched);
  });

  test('a scoped round only uses the people in scope', async () => {
    const scope = mentees.slice(0, 2).map((m) => m.id);
    const round = await runRound(staff, program.id, { mentee_ids: scope, mentor_ids: [C.id], candidates_per_mentee: 5 });
    expectRoundView(round, program.id);
    expect(round.mentee_ids).toEqual(scope);
    expect(round.mentor_ids).toEqual([C.id]);
    expect(round.matched).toBe(1);
    expect(round.proposals[0].mentor_id).toBe(C.id);
    expect(scope).toContain(round.proposals[0].mentee_id);
    expect(round.unmatched_mentees).toHaveLength(1);
    expect(scope).toContain(round.unmatched_mentees[0].mentee_id);
  });

  test('invalid round requests are a 400 naming the field', async () => {
    const path = programPath(lincoln.id, program.id, '/match-rounds');
    const before = (await coordinator.get<Page<MatchRound>>(path)).json.items.length;
    expectFieldError(await coordinator.post(path, { objective: 'best' }), 'objective');
    expectFieldError(await coordinator.post(path, { mentee_ids: [A.id] }), 'mentee_ids');
    expectFieldError(await coordinator.post(path, { mentor_ids: [mentees[0].id] }), 'mentor_ids');
    expectFieldError(await coordinator.post(path, { mentee_ids: 'all' }), 'mentee_ids');
    expectFieldError(await coordinator.post(path, { candidates_per_mentee: 0 }), 'candidates_per_mentee');
    expectFieldError(await coordinator.post(path, { candidates_per_mentee: 1001 }), 'candidates_per_mentee');
    expectFieldError(await coordinator.post(path, { colour: 'teal' }), 'colour');
    expect((await coordinator.get<Page<MatchRound>>(path)).json.items.length).toBe(before);
  });

  test('lock a proposal: a re-run keeps the locked pair; unlock it again', async () => {
    const p = scoreRound.proposals[0];
    const lock = await coordinator.post<RoundView>(roundPath(lincoln.id, scoreRound.id, '/proposals/lock'), {
      mentee_id: p.mentee_id,
      mentor_id: p.mentor_id,
      locked: true,
    });
    expectStatus(lock, 200);
    expectRoundView(lock.json, program.id);
    expect(findProposal(lock.json, p.mentee_id, p.mentor_id)!.locked).toBe(true);
    expect(lock.json.proposals.filter((x) => x.locked)).toHaveLength(1);

    const rerun = await coordinator.post<RoundView>(roundPath(lincoln.id, scoreRound.id, '/rerun'));
    expectStatus(rerun, 200);
    expectRoundView(rerun.json, program.id);
    expect(rerun.json.id).toBe(scoreRound.id);
    expect(rerun.json.status).toBe('draft');
    expect(findProposal(rerun.json, p.mentee_id, p.mentor_id)?.locked).toBe(true);
    expect(rerun.json.matched).toBe(5);
    expectWithinCapacity(rerun.json);
    expect(await getRound(staff, scoreRound.id)).toEqual(rerun.json);

    const unlock = await coordinator.post<RoundView>(roundPath(lincoln.id, scoreRound.id, '/proposals/lock'), {
      mentee_id: p.mentee_id,
      mentor_id: p.mentor_id,
      locked: false,
    });
    expectStatus(unlock, 200);
    expect(findProposal(unlock.json, p.mentee_id, p.mentor_id)!.locked).toBe(false);
    scoreRound = unlock.json;
  });

  test('lock and remove name their fields, and a pair that is not proposed is a 404', async () => {
    const p = scoreRound.proposals[0];
    const lock = roundPath(lincoln.id, scoreRound.id, '/proposals/lock');
    expectFieldError(await coordinator.post(lock, { mentee_id: p.mentee_id, mentor_id: p.mentor_id }), 'locked');
    expectFieldError(await coordinator.post(lock, { mentee_id: p.mentee_id, locked: true }), 'mentor_id');
    expectFieldError(await coordinator.post(lock, { mentee_id: p.mentee_id, mentor_id: p.mentor_id, locked: 'yes' }), 'locked');
    expectProblem(await coordinator.post(lock, { mentee_id: p.mentee_id, mentor_id: U.id, locked: true }), 404);
    const remove = roundPath(lincoln.id, scoreRound.id, '/proposals/remove');
    expectFieldError(await coordinator.post(remove, { mentee_id: p.mentee_id }), 'mentor_id');
    expectProblem(await coordinator.post(remove, { mentee_id: p.mentee_id, mentor_id: U.id }), 404);
    expect(await getRound(staff, scoreRound.id)).toEqual(scoreRound);
  });

  test('remove a proposal: it disappears and the pair is excluded; swaps check hard constraints and room', async () => {
    // Remove a pair of A or B (room for two), so that mentor then has a free place.
    const removed = scoreRound.proposals.find((p) => p.mentor_id === A.id || p.mentor_id === B.id)!;
    expect(removed).toBeDefined();
    const M = removed.mentor_id;
    const res = await coordinator.post<RoundView>(roundPath(lincoln.id, scoreRound.id, '/proposals/remove'), {
      mentee_id: removed.mentee_id,
      mentor_id: M,
    });
    expectStatus(res, 200);
    let round = res.json;
    expectRoundView(round, program.id);
    expect(findProposal(round, removed.mentee_id, M)).toBeUndefined();
    expect(round.proposals).toHaveLength(scoreRound.proposals.length - 1);
    expect(round.matched).toBe(scoreRound.matched - 1);
    expect(round.unmatched_mentees.map((u) => u.mentee_id)).toContain(removed.mentee_id);
    expect(await getRound(staff, scoreRound.id)).toEqual(round);

    const exclusions = await coordinator.get<Page<Exclusion>>(programPath(lincoln.id, program.id, '/matching/exclusions'));
    expectStatus(exclusions, 200);
    const ex = exclusions.json.items.find((e) => e.mentee_id === removed.mentee_id && e.mentor_id === M)!;
    expect(ex, exclusions.text).toBeDefined();
    expect(isUtcTimestamp(ex.created_at)).toBe(true);

    // A swap to the unscreened mentor breaks a hard constraint (the mentee is a minor): 409.
    const other = round.proposals.find((p) => p.mentor_id !== M && p.mentor_id !== C.id)!;
    expect(other).toBeDefined();
    const swapPath = roundPath(lincoln.id, scoreRound.id, '/proposals/swap');
    expectProblem(
      await coordinator.post(swapPath, { mentee_id: other.mentee_id, from_mentor_id: other.mentor_id, to_mentor_id: U.id }),
      409,
    );
    // C (room for one) already has its mentee in this round: 409.
    expect(round.proposals.filter((p) => p.mentor_id === C.id)).toHaveLength(1);
    expectProblem(
      await coordinator.post(swapPath, { mentee_id: other.mentee_id, from_mentor_id: other.mentor_id, to_mentor_id: C.id }),
      409,
    );
    expect(await getRound(staff, scoreRound.id)).toEqual(round);
    // Not a mentor of the program: 400 naming to_mentor_id. Unknown proposal: 404.
    expectFieldError(
      await coordinator.post(swapPath, { mentee_id: other.mentee_id, from_mentor_id: other.mentor_id, to_mentor_id: other.mentee_id }),
      'to_mentor_id',
    );
    expectFieldError(await coordinator.post(swapPath, { mentee_id: other.mentee_id, from_mentor_id: other.mentor_id }), 'to_mentor_id');
    expectProblem(
      await coordinator.post(swapPath, { mentee_id: other.mentee_id, from_mentor_id: U.id, to_mentor_id: M }),
      404,
    );
    expect(await getRound(staff, scoreRound.id)).toEqual(round);

    // M has a free place now: the swap is accepted and the swapped proposal is locked.
    const swap = await coordinator.post<RoundView>(swapPath, {
      mentee_id: other.mentee_id,
      from_mentor_id: other.mentor_id,
      to_mentor_id: M,
    });
    expectStatus(swap, 200);
    round = swap.json;
    expectRoundView(round, program.id);
    expectWithinCapacity(round);
    expect(findProposal(round, other.mentee_id, other.mentor_id)).toBeUndefined();
    const swapped = findProposal(round, other.mentee_id, M)!;
    expect(swapped).toMatchObject({ locked: true, mentor_name: names.get(M) });
    expect(swapped.reasons.length).toBeGreaterThan(0);

    // A re-run keeps the swapped (locked) pair and never proposes the removed pair.
    const rerun = await coordinator.post<RoundView>(roundPath(lincoln.id, scoreRound.id, '/rerun'));
    expectStatus(rerun, 200);
    expectRoundView(rerun.json, program.id);
    expectWithinCapacity(rerun.json);
    expect(findProposal(rerun.json, other.mentee_id, M)?.locked).toBe(true);
    expect(findProposal(rerun.json, removed.mentee_id, M)).toBeUndefined();
    expect(rerun.json.proposals.some((p) => p.mentor_id === U.id)).toBe(false);
    scoreRound = rerun.json;

    // The exclusion can be lifted again.
    expectStatus(await coordinator.del(programPath(lincoln.id, program.id, `/matching/exclusions/${removed.mentee_id}/${M}`)), 204);
    const after = await coordinator.get<Page<Exclusion>>(programPath(lincoln.id, program.id, '/matching/exclusions'));
    expect(after.json.items.find((e) => e.mentee_id === removed.mentee_id && e.mentor_id === M)).toBeUndefined();
  });

  test('mentees get 403 and other organisations 404 on rounds', async () => {
    const mentee = mentees[0];
    expectProblem(await mentee.client.post<Schemas['RoundView']>(programPath(lincoln.id, program.id, '/match-rounds'), {}), 403);
    expectProblem(await mentee.client.get<Page<MatchRound>>(programPath(lincoln.id, program.id, '/match-rounds')), 403);
    expectProblem(await mentee.client.get<Schemas['RoundView']>(roundPath(lincoln.id, scoreRound.id)), 403);
    expectProblem(await mentee.client.post<RoundView>(roundPath(lincoln.id, scoreRound.id, '/publish')), 403);
    expectProblem(await northwindCoordinator.post<Schemas['RoundView']>(programPath(lincoln.id, program.id, '/match-rounds'), {}), 404);
    expectProblem(await northwindCoordinator.get<Schemas['RoundView']>(roundPath(lincoln.id, scoreRound.id)), 404);
    expectProblem(await northwindCoordinator.get<Schemas['RoundView']>(orgPath(northwind.id, `/match-rounds/${scoreRound.id}`)), 404);
    expectProblem(await northwindCoordinator.post<Schemas['RoundView']>(orgPath(northwind.id, `/match-rounds/${scoreRound.id}/publish`)), 404);
    expectProblem(await coordinator.get<Schemas['RoundView']>(roundPath(lincoln.id, '999999999')), 404);
    expectProblem(await coordinator.post<Schemas['RoundView']>(programPath(lincoln.id, '999999999', '/match-rounds'), {}), 404);
    expect((await getRound(staff, scoreRound.id)).status).toBe('draft');
  });

  test('publish: relationships are proposed, people are notified, and the round is frozen', async () => {
    const res = await coordinator.post<RoundView>(roundPath(lincoln.id, scoreRound.id, '/publish'));
    expectStatus(res, 200);
    const published = res.json;
    expectRoundView(published, program.id);
    expect(published.status).toBe('published');
    expect(isUtcTimestamp(published.published_at)).toBe(true);
    expect(pairsOf(published)).toEqual(pairsOf(scoreRound));
    expect(await getRound(staff, scoreRound.id)).toEqual(published);
    const listed = (await coordinator.get<Page<MatchRound>>(programPath(lincoln.id, program.id, '/match-rounds'))).json.items.find((r) => r.id === scoreRound.id)!;
    expect(listed.status).toBe('published');

    // Publishing again, or editing a published round, is a conflict.
    expectProblem(await coordinator.post<RoundView>(roundPath(lincoln.id, scoreRound.id, '/publish')), 409);
    const p = published.proposals[0];
    expectProblem(await coordinator.post<RoundView>(roundPath(lincoln.id, scoreRound.id, '/rerun')), 409);
    expectProblem(await coordinator.post<RoundView>(roundPath(lincoln.id, scoreRound.id, '/proposals/lock'), { mentee_id: p.mentee_id, mentor_id: p.mentor_id, locked: true }), 409);
    expectProblem(await coordinator.post<RoundView>(roundPath(lincoln.id, scoreRound.id, '/proposals/remove'), { mentee_id: p.mentee_id, mentor_id: p.mentor_id }), 409);
    expectProblem(await coordinator.post<RoundView>(roundPath(lincoln.id, scoreRound.id, '/proposals/swap'), { mentee_id: p.mentee_id, from_mentor_id: p.mentor_id, to_mentor_id: C.id }), 409);
    expect(await getRound(staff, scoreRound.id)).toEqual(published);

    // Every matched mentee sees a proposed relationship (the program asks both sides) and a
    // notification pointing at it.
    for (const prop of published.proposals) {
      const mentee = mentees.find((m) => m.id === prop.mentee_id)!;
      const rels = await relationshipsOf(mentee.client, program.id);
      expect(rels, JSON.stringify(rels)).toHaveLength(1);
      expect(rels[0]).toMatchObject({
        organisation_id: lincoln.id,
        program_name: program.name,
        mentee_id: prop.mentee_id,
        mentee_name: prop.mentee_name,
        mentor_id: prop.mentor_id,
        mentor_name: prop.mentor_name,
        status: 'proposed',
        source: 'match_round',
        mentee_accepted: false,
        mentor_accepted: false,
        // Only what the reasons name: answers kept from participants count in the
        // round's score but never in the one participants see (docs/security.md).
        score: pointsOf(prop.reasons),
        reasons: prop.reasons,
      });
      expect(rels[0].score).toBeLessThanOrEqual(prop.score);
      const notes = await notificationsOf(mentee.client);
      const note = notes.find((n) => n.link.includes(rels[0].id))!;
      expect(note, JSON.stringify(notes)).toBeDefined();
      expect(note).toMatchObject({ organisation_id: lincoln.id, read: false });
      expect(note.kind).toBe('match_proposed');
      expect(note.params).toEqual({
        relationship_id: rels[0].id,
        program_name: program.name,
        other_name: prop.mentor_name,
        other_role: 'mentor',
      });
    }
    // The unmatched mentee has no relationship.
    for (const u of published.unmatched_mentees) {
      const mentee = mentees.find((m) => m.id === u.mentee_id)!;
      expect(await relationshipsOf(mentee.client, program.id)).toEqual([]);
    }
    // Mentors see theirs too, with the same reasons (their app words them for the mentor).
    for (const mentor of [A, B, C]) {
      const rels = await relationshipsOf(mentor.client, program.id);
      const mine = published.proposals.filter((x) => x.mentor_id === mentor.id);
      expect(rels.map((r) => r.mentee_id).sort()).toEqual(mine.map((x) => x.mentee_id).sort());
      expect(rels.every((r) => r.status === 'proposed')).toBe(true);
      for (const r of rels) {
        expectReasons(r);
        expect(reasonOf(r.reasons, 'skill_match')?.params).toEqual({ skill: 'SQL', mentor_level: 5, target_level: 3 });
      }
    }
    expect(await relationshipsOf(U.client, program.id)).toEqual([]);
  });

  test('a later round leaves matched mentees out and respects the places already taken', async () => {
    // One published match is declined (declining itself: relationships.test.ts), so its mentee
    // and its mentor's place are free again.
    const declined = scoreRound.proposals[1];
    const decliner = [A, B, C].find((m) => m.id === declined.mentor_id)!;
    const rel = (await relationshipsOf(decliner.client, program.id)).find((r) => r.mentee_id === declined.mentee_id)!;
    expectStatus(await decliner.client.post<Relationship>(relationshipPath(lincoln.id, rel.id, '/decline')), 200);

    const round = await runRound(staff, program.id);
    expectRoundView(round, program.id);
    const rels = new Map<string, Relationship>();
    for (const m of mentees) for (const r of await relationshipsOf(m.client, program.id)) rels.set(m.id, r);
    const holding = [...rels.values()].filter((r) => r.status === 'proposed' || r.status === 'active');
    expect(holding.length).toBe(4); // five published, one declined
    for (const r of holding) {
      expect(round.proposals.some((p) => p.mentee_id === r.mentee_id)).toBe(false);
      const u = round.unmatched_mentees.find((x) => x.mentee_id === r.mentee_id);
      expect(u, `matched mentee ${r.mentee_name} should be unmatched with a reason`).toBeDefined();
    }
    // Places left: A, B and C hold 5 minus the declined one; the new proposals fit in them.
    const used = countBy(holding, (r) => r.mentor_id);
    for (const [mentor, n] of countBy(round.proposals, (p) => p.mentor_id)) {
      expect(n + (used.get(mentor) ?? 0), `mentor ${names.get(mentor)} over capacity`).toBeLessThanOrEqual(capacity.get(mentor)!);
    }
    expect(round.proposals.some((p) => p.mentor_id === U.id)).toBe(false);
    // Two mentees are free (the one left out and the one whose match was declined) and one
    // cleared place is free (the declined match's): exactly one new proposal.
    expect(round.matched).toBe(1);
  });
});
// ---------------------------------------------------------------------------------------------

describe('a round remembers its candidates_per_mentee', () => {
  // Both mentees wish for a mentor who shares their background; BEST does, OTHER does not, and
  // each has room for one. With K = 1 each mentee only considers BEST, so one of them stays
  // unmatched; with K = 2 both are matched. A re-run must solve with the round's K again.
  let program: Program;
  let BEST: Participant, OTHER: Participant;
  const woman = [{ field: 'gender', value: 'woman', visibility: 'matching' }];

  beforeAll(async () => {
    program = await createProgram(staff, { type: 'one_to_one' });
    await addMentee(staff, program.id, { background: woman });
    await addMentee(staff, program.id, { background: woman });
    BEST = await addMentor(staff, program.id, { capacity: 1, background: woman });
    OTHER = await addMentor(staff, program.id, { capacity: 1 });
  }, SETUP_TIMEOUT);

  test('the default is 100, and K = 2 matches both mentees', async () => {
    const round = await runRound(staff, program.id);
    expectRoundView(round, program.id);
    expect(round.candidates_per_mentee).toBe(100);
    const two = await runRound(staff, program.id, { candidates_per_mentee: 2 });
    expectRoundView(two, program.id);
    expect(two.candidates_per_mentee).toBe(2);
    expect(two.matched).toBe(2);
    expect(two.proposals.map((p) => p.mentor_id).sort()).toEqual([BEST.id, OTHER.id].sort());
  });

  test('a round run with K = 1 returns it, and GET, the list and a re-run keep it', async () => {
    const round = await runRound(staff, program.id, { candidates_per_mentee: 1 });
    expectRoundView(round, program.id);
    expect(round.candidates_per_mentee).toBe(1);
    expect(round.matched).toBe(1);
    expect(round.proposals[0].mentor_id).toBe(BEST.id);
    expect(round.unmatched_mentees).toHaveLength(1);
    expect(await getRound(staff, round.id)).toEqual(round);
    const list = await coordinator.get<Page<MatchRound>>(programPath(lincoln.id, program.id, '/match-rounds'));
    expectStatus(list, 200);
    expect(list.json.items.find((r) => r.id === round.id)?.candidates_per_mentee).toBe(1);

    const rerun = await coordinator.post<RoundView>(roundPath(lincoln.id, round.id, '/rerun'));
    expectStatus(rerun, 200);
    expectRoundView(rerun.json, program.id);
    expect(rerun.json.candidates_per_mentee).toBe(1);
    expect(rerun.json.matched).toBe(1);
    expect(rerun.json.proposals[0].mentor_id).toBe(BEST.id);
    expect(rerun.json.unmatched_mentees).toHaveLength(1);
    expect(await getRound(staff, round.id)).toEqual(rerun.json);
  });
});
// ---------------------------------------------------------------------------------------------

describe('publishing a stale draft', () => {
  test('a mentor who has lost room since the round ran: 409, nothing published', async () => {
    const program = await createProgram(staff);
    const x1 = await addMentee(staff, program.id);
    const x2 = await addMentee(staff, program.id);
    const m = await addMentor(staff, program.id, { capacity: 1 });
    const first = await runRound(staff, program.id, { mentee_ids: [x1.id] });
    const second = await runRound(staff, program.id, { mentee_ids: [x2.id] });
    expect(pairsOf(first)).toEqual([`${x1.id}/${m.id}`]);
    expect(pairsOf(second)).toEqual([`${x2.id}/${m.id}`]);
    expectStatus(await coordinator.post<RoundView>(roundPath(lincoln.id, first.id, '/publish')), 200);
    expectProblem(await coordinator.post<RoundView>(roundPath(lincoln.id, second.id, '/publish')), 409);
    expect((await getRound(staff, second.id)).status).toBe('draft');
    expect(await relationshipsOf(x2.client, program.id)).toEqual([]);
    expect(await relationshipsOf(m.client, program.id)).toHaveLength(1);
  });

  test('a mentee who has been matched since the round ran does not get a second mentor (one-to-one)', async () => {
    const program = await createProgram(staff, { type: 'one_to_one' });
    const x = await addMentee(staff, program.id);
    const m1 = await addMentor(staff, program.id, { capacity: 2 });
    const m2 = await addMentor(staff, program.id, { capacity: 2 });
    const first = await runRound(staff, program.id, { mentor_ids: [m1.id] });
    const second = await runRound(staff, program.id, { mentor_ids: [m2.id] });
    expect(pairsOf(first)).toEqual([`${x.id}/${m1.id}`]);
    expect(pairsOf(second)).toEqual([`${x.id}/${m2.id}`]);
    expectStatus(await coordinator.post<RoundView>(roundPath(lincoln.id, first.id, '/publish')), 200);
    const stale = await coordinator.post<RoundView>(roundPath(lincoln.id, second.id, '/publish'));
    const rels = await relationshipsOf(x.client, program.id);
    expect(rels.map((r) => r.mentor_name), `publish answered ${stale.status}`).toEqual([m1.name]);
    expectProblem(stale, 409);
  });
});
// ---------------------------------------------------------------------------------------------

describe('the seeded program (read-only checks and draft rounds)', () => {
  let career: Program;
  let student: Client;
  let studentId: string;
  let jordanId: string;
  let mentorEnrollments: Enrollment[];

  beforeAll(async () => {
    career = await programByName(coordinator, lincoln.id, DEMO.programs.careerPathways);
    student = await signIn(DEMO.lincoln.student);
    studentId = (await student.get<Schemas['Me']>(`${V1}/me`)).json.id;
    const jordan = await signIn(DEMO.northwind.mentor);
    jordanId = (await jordan.get<Schemas['Me']>(`${V1}/me`)).json.id;
    mentorEnrollments = await listAll<Enrollment>(coordinator, programPath(lincoln.id, career.id, '/enrollments?role=mentor&status=active'));
  });

  const cleared = (mentorId: string) =>
    mentorEnrollments.some((e) => e.person_id === mentorId && e.screening_cleared && e.training_complete);

  test('draft rounds over the whole program keep every limit; coverage matches at least as many', async () => {
    const settings = await settingsOf(staff, career.id);
    const mentees = await listAll<Enrollment>(coordinator, programPath(lincoln.id, career.id, '/enrollments?role=mentee&status=active'));
    const menteeIds = new Set(mentees.map((e) => e.person_id));
    const mentorIds = new Set(mentorEnrollments.map((e) => e.person_id));

    const score = await runRound(staff, career.id, { objective: 'score' });
    const coverage = await runRound(staff, career.id, { objective: 'coverage' });
    for (const round of [score, coverage]) {
      expectRoundView(round, career.id, settings.max_mentors_per_mentee);
      expect(round.status).toBe('draft');
      expect(round.proposals.length).toBeGreaterThan(0);
      for (const p of round.proposals) {
        expect(menteeIds.has(p.mentee_id)).toBe(true);
        expect(mentorIds.has(p.mentor_id)).toBe(true);
        if (p.mentee_id === studentId) expect(cleared(p.mentor_id)).toBe(true);
      }
      // Jordan's profile allows three mentees.
      expect(round.proposals.filter((p) => p.mentor_id === jordanId).length).toBeLessThanOrEqual(3);
      // Everyone in scope is either matched or unmatched with a reason.
      const seen = new Set([...round.proposals.map((p) => p.mentee_id), ...round.unmatched_mentees.map((u) => u.mentee_id)]);
      expect(seen).toEqual(menteeIds);
    }
    expect(coverage.matched).toBeGreaterThanOrEqual(score.matched);
  });
});
// ---------------------------------------------------------------------------------------------

describe("a round's total against an independent optimum", () => {
  // Every pair's score comes from the API itself: a mentee's recommendations list every mentor
  // with room, each with the pair's score (app/recommendations.cc scores with the same match
  // context as a round, MatchContext::PairScore), and leave out the pairs that break a hard
  // constraint. Nobody here has a background answer only matching may see (such answers count
  // in a round's score but not in what participants see), so the two agree; the test checks
  // that they do on every proposed pair. The optimum is then found by trying every feasible
  // assignment (docs/matching.md: objective "score" maximises the total score, capacities
  // hold, an unmatched mentee costs nothing; with a priority group the round maximises
  // (priority pairs, other pairs, total score) in that order).
  //
  // The people: A speaks English and Spanish and teaches SQL at level 5 (room for one); B and C
  // speak only English and teach SQL at levels 4 and 3 (room for one each). Mentees: X (English
  // and Spanish), W (English), Q (Spanish only, so only A), P (Spanish only, wants to learn
  // Python, which nobody teaches; first-generation). A is the only mentor Q and P may have, and
  // X and W may have anyone: taking the best pair first (greedy) gives A to X or W, which
  // leaves Q out and a place empty; the optimum does not.
  let program: Program;
  let A: Participant, B: Participant, C: Participant;
  let X: Participant, W: Participant, Q: Participant, P: Participant;
  let mentees: Participant[];
  let capacity: Map<string, number>;
  /** mentee id → mentor id → the pair's score, for every feasible pair. */
  let scores: Map<string, Map<string, number>>;
  let label: Map<string, string>;

  const noBackground: Array<{ field: string; value: string; visibility: string }> = [];

  beforeAll(async () => {
    program = await createProgram(staff, { type: 'one_to_one', audience: 'adult' });
    const mentor = async (languages: string[], level: number) => {
      const m = await addMentor(staff, program.id, { capacity: 1, languages, background: noBackground });
      await putProfile(m, {
        ...mentorProfile(m.name, { capacity: 1, languages, background: noBackground }),
        skills_teach: [{ skill: 'SQL', level }],
      });
      return m;
    };
    A = await mentor(['en', 'es'], 5);
    B = await mentor(['en'], 4);
    C = await mentor(['en'], 3);
    const mentee = async (languages: string[], interests: string[], opts: { learn?: string; background?: typeof noBackground } = {}) => {
      const background = opts.background ?? noBackground;
      const m = await addMentee(staff, program.id, { minor: false, languages, learn: opts.learn, background });
      await putProfile(m, { ...menteeProfile(m.name, { minor: false, languages, learn: opts.learn, background }), interests });
      return m;
    };
    X = await mentee(['en', 'es'], ['chess', 'science']);
    W = await mentee(['en'], ['knitting']);
    Q = await mentee(['es'], ['knitting']);
    P = await mentee(['es'], ['knitting'], {
      learn: 'Python',
      background: [{ field: 'first_generation', value: 'yes', visibility: 'participants' }],
    });
    mentees = [X, W, Q, P];
    capacity = new Map([A, B, C].map((m) => [m.id, 1]));
    label = new Map(Object.entries({ A, B, C, X, W, Q, P }).map(([k, p]) => [p.id, k]));

    scores = new Map();
    for (const m of mentees) {
      const recs = await recommendations(m.client, lincoln.id, program.id, '?limit=200');
      scores.set(m.id, new Map(recs.map((r) => [r.mentor_id, r.score])));
    }
  }, SETUP_TIMEOUT);

  const named = (ids: Iterable<string>) => [...ids].map((id) => label.get(id) ?? id).sort();
  const scoreOf = (menteeId: string, mentorId: string) => scores.get(menteeId)?.get(mentorId);

  /**
   * The best assignment by `key` (compared lexicographically) over every way of giving each
   * mentee one feasible mentor or none, within the mentors' capacities.
   */
  function bestBy(key: (pairs: Array<[string, string]>) => number[]): { key: number[]; pairs: Array<[string, string]> } {
    let best: { key: number[]; pairs: Array<[string, string]> } | null = null;
    const used = new Map<string, number>();
    const chosen: Array<[string, string]> = [];
    const visit = (i: number) => {
      if (i === mentees.length) {
        const k = key(chosen);
        if (best === null || lexicographicallyGreater(k, best.key)) best = { key: k, pairs: [...chosen] };
        return;
      }
      visit(i + 1); // unmatched
      for (const [mentor] of scores.get(mentees[i].id) ?? []) {
        if ((used.get(mentor) ?? 0) >= (capacity.get(mentor) ?? 0)) continue;
        used.set(mentor, (used.get(mentor) ?? 0) + 1);
        chosen.push([mentees[i].id, mentor]);
        visit(i + 1);
        chosen.pop();
        used.set(mentor, (used.get(mentor) ?? 0) - 1);
      }
    };
    visit(0);
    return best!;
  }
  function lexicographicallyGreater(a: number[], b: number[]): boolean {
    const n = a.findIndex((v, k) => v !== b[k]);
    return n >= 0 && a[n] > b[n];
  }
  const total = (pairs: Array<[string, string]>) => pairs.reduce((s, [i, j]) => s + scoreOf(i, j)!, 0);

  /** Best pair first, while both sides have room (what the exact solver must beat here). */
  function greedyTotal(): number {
    const pairs = mentees.flatMap((m) => [...(scores.get(m.id) ?? [])].map(([j, s]) => ({ i: m.id, j, s })));
    pairs.sort((a, b) => b.s - a.s || (a.i + a.j < b.i + b.j ? -1 : 1));
    const matched = new Set<string>();
    const used = new Map<string, number>();
    let sum = 0;
    for (const { i, j, s } of pairs) {
      if (matched.has(i) || (used.get(j) ?? 0) >= capacity.get(j)!) continue;
      matched.add(i);
      used.set(j, (used.get(j) ?? 0) + 1);
      sum += s;
    }
    return sum;
  }

  function expectProposalsScoredAsRecommended(round: RoundView): void {
    for (const p of round.proposals) {
      expect(p.score, `${label.get(p.mentee_id)}–${label.get(p.mentor_id)}: the round's score vs the recommendation's`).toBe(
        scoreOf(p.mentee_id, p.mentor_id),
      );
    }
  }

  test('the instance: language is a hard constraint, so Q and P may only have A', () => {
    expect(named(scores.get(Q.id)!.keys())).toEqual(['A']);
    expect(named(scores.get(P.id)!.keys())).toEqual(['A']);
    expect(named(scores.get(X.id)!.keys())).toEqual(['A', 'B', 'C']);
    expect(named(scores.get(W.id)!.keys())).toEqual(['A', 'B', 'C']);
    // Wanting what A teaches is worth more than not: the seat P takes with a priority costs.
    expect(scoreOf(Q.id, A.id)!).toBeGreaterThan(scoreOf(P.id, A.id)!);
  });

  test('objective score: the total is the best total over every feasible assignment', async () => {
    const round = await runRound(staff, program.id, { objective: 'score' });
    expectRoundView(round, program.id);
    expectProposalsScoredAsRecommended(round);
    const optimum = bestBy((pairs) => [total(pairs)]);
    expect(round.total_score, `optimum ${JSON.stringify(optimum.pairs.map(([i, j]) => `${label.get(i)}–${label.get(j)}`))}`).toBe(optimum.key[0]);
    // The instance tells an exact solver from a greedy one.
    expect(greedyTotal()).toBeLessThan(optimum.key[0]);
    // Q's only mentor goes to Q; P, who has the same only mentor and scores less with A, waits.
    expect(findProposal(round, Q.id, A.id)).toBeDefined();
    expect(named(round.unmatched_mentees.map((u) => u.mentee_id))).toEqual(['P']);
    expect(round.priority_cost).toBe(0); // no priority group
  });

  test('with a priority group, the first-generation mentee is matched and priority_cost is exactly what it costs', async () => {
    const input = settingsInput(await settingsOf(staff, program.id));
    Object.assign(input, { priority_field: 'first_generation', priority_value: 'yes' });
    expectStatus(await coordinator.put<Schemas['MatchingSettings']>(programPath(lincoln.id, program.id, '/matching/settings'), input), 200);

    const round = await runRound(staff, program.id, { objective: 'score' });
    expectRoundView(round, program.id);
    expectProposalsScoredAsRecommended(round);
    const tier = (menteeId: string) => (menteeId === P.id ? 0 : 1);
    const tiered = bestBy((pairs) => [
      pairs.filter(([i]) => tier(i) === 0).length,
      pairs.filter(([i]) => tier(i) === 1).length,
      total(pairs),
    ]);
    const plain = bestBy((pairs) => [total(pairs)]);
    expect(round.total_score).toBe(tiered.key[2]);
    expect(round.matched).toBe(tiered.key[0] + tiered.key[1]);
    expect(findProposal(round, P.id, A.id), 'the priority mentee takes the seat').toBeDefined();
    expect(named(round.unmatched_mentees.map((u) => u.mentee_id))).toEqual(['Q']);
    expect(round.priority_cost).toBe(plain.key[0] - tiered.key[2]);
    // Q scores more with A than P does (P wants Python, which A does not teach): it costs.
    expect(round.priority_cost).toBe(scoreOf(Q.id, A.id)! - scoreOf(P.id, A.id)!);
    expect(round.priority_cost).toBeGreaterThan(0);
  });
});
