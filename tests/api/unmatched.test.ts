// The unmatched list that leads to action (issue 9, point 9): GET .../unmatched-groups groups a
// round's unmatched mentees by reason with the actions each reason calls for and the skills no
// mentor with room teaches; an unmatched mentee's alternatives are every mentor with why the
// round did not choose them; the swap without from_mentor_id assigns one by hand; a round's
// mentees can be chosen by filters (grade, group, language, shared first-generation), previewed
// first (POST .../match-rounds/scope-preview).
//
// Everything happens in programs this file creates, with people it invites.

import { Client } from './client';
import { expectFieldError, expectProblem, expectStatus } from './helpers';
import { findProposal, roundPath, runRound } from './fixtures/match_rounds';
import { orgBySlug, orgPath, staffOf, type Staff } from './fixtures/organisations';
import { addMentee, addMentor, createProgram, programPath, type Participant } from './fixtures/programs';
import { DEMO, signIn } from './fixtures/session';
import type { Enrollment, Organisation, Page, Program, RoundView, Schemas } from './schema';

type Alternative = Schemas['MentorAlternative'];
type Groups = Schemas['UnmatchedGroups'];
type Preview = Schemas['MenteeScopePreview'];

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

const groupsPath = (roundId: string) => roundPath(lincoln.id, roundId, '/unmatched-groups');
const alternativesPath = (roundId: string, menteeId: string) =>
  roundPath(lincoln.id, roundId, `/proposals/${menteeId}/alternatives`);

async function groupsOf(roundId: string): Promise<Groups> {
  const res = await coordinator.get<Groups>(groupsPath(roundId));
  expectStatus(res, 200);
  return res.json;
}

async function alternatives(roundId: string, menteeId: string): Promise<Alternative[]> {
  const res = await coordinator.get<Page<Alternative>>(`${alternativesPath(roundId, menteeId)}?limit=100`);
  expectStatus(res, 200);
  return res.json.items;
}

function assign(roundId: string, menteeId: string, to: string) {
  return coordinator.post<RoundView>(roundPath(lincoln.id, roundId, '/proposals/swap'), { mentee_id: menteeId, to_mentor_id: to });
}

describe('unmatched groups and the hand assignment', () => {
  // Three minors who want SQL and one who speaks only French. B (room for 1) is the round's only
  // mentor; A (room for 1) is outside the round's scope; U (not screened) never reaches a minor;
  // G teaches Gardening only. So: one SQL mentee is matched with B, two are left because B is
  // full ("suitable mentors taken"), the French speaker has no mentor at all.
  let program: Program;
  let sql: Participant[];
  let french: Participant;
  let A: Participant, B: Participant, U: Participant;
  let round: RoundView;

  beforeAll(async () => {
    program = await createProgram(staff, { type: 'one_to_one', default_mentor_capacity: 1 });
    sql = [];
    for (let i = 0; i < 3; ++i) sql.push(await addMentee(staff, program.id));
    french = await addMentee(staff, program.id, { languages: ['fr'], learn: 'Welding' });
    A = await addMentor(staff, program.id, { capacity: 1 });
    B = await addMentor(staff, program.id, { capacity: 1 });
    U = await addMentor(staff, program.id, { capacity: 3, cleared: false });
    round = await runRound(staff, program.id, { mentor_ids: [B.id] });
    expect(round.proposals).toHaveLength(1);
    expect(round.unmatched_mentees).toHaveLength(3);
  }, SETUP_TIMEOUT);

  test('groups by reason, most actionable first, with actions and the skills to invite for', async () => {
    const { groups } = await groupsOf(round.id);
    expect(groups.map((g) => g.reason_id)).toEqual(['suitable_mentors_taken', 'no_suitable_mentor']);
    const [taken, none] = groups;
    expect(taken.actions).toEqual(['assign', 'invite', 'rerun']);
    const left = sql.filter((m) => m.id !== round.proposals[0].mentee_id).map((m) => m.id);
    expect(taken.mentees.map((u) => u.mentee_id).sort()).toEqual(left.sort());
    for (const u of taken.mentees) expect(u.params).toEqual({ candidates: 1 });
    // B (in scope) is full: nobody in the round's scope with room teaches SQL.
    expect(taken.missing_skills).toEqual([{ skill: 'SQL', mentees: 2 }]);
    expect(none.actions).toEqual(['invite', 'assign']);
    expect(none.mentees).toEqual([
      expect.objectContaining({ mentee_id: french.id, mentee_name: french.name, reason_id: 'no_suitable_mentor' }),
    ]);
    expect(none.missing_skills).toEqual([{ skill: 'Welding', mentees: 1 }]);
  });

  test("an unmatched mentee's list is every mentor with why the round did not choose them", async () => {
    const mentee = round.unmatched_mentees.find((u) => u.reason_id === 'suitable_mentors_taken')!.mentee_id;
    const list = await alternatives(round.id, mentee);
    const ids = list.map((a) => a.mentor_id);
    // Available first, then full, then ruled out.
    expect(ids).toEqual([A.id, B.id, U.id]);
    expect(list[0]).toMatchObject({ available: true, room_left: 1, not_chosen: { id: 'outside_round_scope', params: {} } });
    expect(list[0].reasons.length).toBeGreaterThan(0);
    expect(list[1]).toMatchObject({
      available: false,
      room_left: 0,
      not_chosen: { id: 'taken_by_better_fits', params: { mentees: 1 } },
    });
    expect(list[2]).toMatchObject({
      available: false,
      score: 0,
      reasons: [],
      not_chosen: { id: 'hard_constraint', params: { cause: 'youth_screening' } },
    });
  });

  test('assigning by hand adds a locked pair and the mentee leaves the unmatched list; only what the list offers', async () => {
    const mentee = round.unmatched_mentees.find((u) => u.reason_id === 'suitable_mentors_taken')!.mentee_id;
    // B is full, U is not cleared: refused, nothing changes.
    expectProblem(await assign(round.id, mentee, B.id), 409);
    expectProblem(await assign(round.id, mentee, U.id), 409);
    const offered = (await alternatives(round.id, mentee)).find((a) => a.mentor_id === A.id)!;
    const res = await assign(round.id, mentee, A.id);
    expectStatus(res, 200);
    expect(findProposal(res.json, mentee, A.id)).toMatchObject({ score: offered.score, locked: true });
    expect(res.json.unmatched_mentees.map((u) => u.mentee_id)).not.toContain(mentee);
    expect(res.json).toMatchObject({ matched: 2, unmatched: 2 });
    // Assigned now: a second assignment is refused (409, the pair or the mentee is taken).
    expectProblem(await assign(round.id, mentee, A.id), 409);
    // A re-run keeps the hand-made pair although A is outside the round's scope.
    const rerun = await coordinator.post<RoundView>(roundPath(lincoln.id, round.id, '/rerun'));
    expectStatus(rerun, 200);
    expect(findProposal(rerun.json, mentee, A.id)).toMatchObject({ locked: true });
    // The groups follow: one SQL mentee left.
    const { groups } = await groupsOf(round.id);
    expect(groups[0].mentees).toHaveLength(1);
  });

  test('hostile and unknown input: problem answers, nothing changes', async () => {
    const before = (await coordinator.get<RoundView>(roundPath(lincoln.id, round.id))).json;
    expectFieldError(
      await coordinator.post(roundPath(lincoln.id, round.id, '/proposals/swap'), { mentee_id: french.id, from_mentor_id: '', to_mentor_id: A.id }),
      'from_mentor_id',
    );
    expectFieldError(
      await coordinator.post(roundPath(lincoln.id, round.id, '/proposals/swap'), { mentee_id: french.id, to_mentor_id: 42 }),
      'to_mentor_id',
    );
    // Someone who is not an unmatched mentee of the round, and an unknown round.
    expectProblem(await assign(round.id, B.id, A.id), 404);
    expectProblem(await coordinator.get(groupsPath('999999999')), 404);
    expectProblem(await coordinator.get(alternativesPath(round.id, '999999999')), 404);
    const after = (await coordinator.get<RoundView>(roundPath(lincoln.id, round.id))).json;
    expect(after).toEqual(before);
  });

  test('participants and other organisations get nothing', async () => {
    expectProblem(await sql[0].client.get(groupsPath(round.id)), 403);
    expectProblem(await B.client.get(groupsPath(round.id)), 403);
    expectProblem(await northwindCoordinator.get(groupsPath(round.id)), 404);
    expectProblem(await northwindCoordinator.get(orgPath(northwind.id, `/match-rounds/${round.id}/unmatched-groups`)), 404);
    expectProblem(await sql[0].client.post(roundPath(lincoln.id, round.id, '/proposals/swap'), { mentee_id: french.id, to_mentor_id: A.id }), 403);
    const anonymous = new Client();
    expectProblem(await anonymous.get(groupsPath(round.id)), 401);
  });

  test('a published round keeps its groups but no hand assignment: 409', async () => {
    expectStatus(await coordinator.post<RoundView>(roundPath(lincoln.id, round.id, '/publish')), 200);
    const { groups } = await groupsOf(round.id);
    expect(groups.length).toBeGreaterThan(0);
    expectProblem(await assign(round.id, french.id, A.id), 409);
  });
});

describe('round scope by filters', () => {
  // Four mentees: Ana (grade 9, group A, Spanish, first-generation shared with coordinators),
  // Ben (grade 9, group B, first-generation for matching only), Cy (grade 10, group A,
  // first-generation shared with participants), Dee (no labels).
  let program: Program;
  let ana: Participant, ben: Participant, cy: Participant, dee: Participant;
  const previewPath = () => programPath(lincoln.id, program.id, '/match-rounds/scope-preview');
  const preview = async (filter: Record<string, unknown>) => {
    const res = await coordinator.post<Preview>(previewPath(), filter);
    expectStatus(res, 200);
    return res.json;
  };
  const label = async (who: Participant, patch: Record<string, unknown>) => {
    const res = await coordinator.patch<Enrollment>(programPath(lincoln.id, program.id, `/enrollments/${who.enrollmentId}`), patch);
    expectStatus(res, 200);
    return res.json;
  };
  const firstGen = (visibility: string) => ({ background: [{ field: 'first_generation', value: 'yes', visibility }] });

  beforeAll(async () => {
    program = await createProgram(staff, { type: 'one_to_one', default_mentor_capacity: 3 });
    ana = await addMentee(staff, program.id, { languages: ['es', 'en'], ...firstGen('coordinators') });
    ben = await addMentee(staff, program.id, firstGen('matching'));
    cy = await addMentee(staff, program.id, firstGen('participants'));
    dee = await addMentee(staff, program.id);
    await addMentor(staff, program.id, { capacity: 3, languages: ['en', 'es'] });
    expect(await label(ana, { grade: ' 9 ', group: 'A' })).toMatchObject({ grade: '9', group: 'A' });
    await label(ben, { grade: '9', group: 'B' });
    await label(cy, { grade: '10', group: 'A' });
  }, SETUP_TIMEOUT);

  test('the preview counts who the filters select and lists the values they may name', async () => {
    const all = await preview({});
    expect(all).toMatchObject({ count: 4, active_mentees: 4 });
    expect(all.options).toEqual({ grades: ['10', '9'], groups: ['A', 'B'], languages: ['en', 'es'] });
    expect((await preview({ grades: ['9'] })).mentee_ids.sort()).toEqual([ana.id, ben.id].sort());
    expect((await preview({ groups: ['A'], languages: ['ES'] })).mentee_ids).toEqual([ana.id]);
    // Ben's answer is for matching only: never found by a coordinator's filter.
    expect((await preview({ first_generation: true })).mentee_ids.sort()).toEqual([ana.id, cy.id].sort());
    expect((await preview({ grades: ['10'], groups: ['B'] })).count).toBe(0);
    expect((await preview({ first_generation: false })).count).toBe(4);
    void dee;
  });

  test('a round started with filters takes exactly the mentees they select', async () => {
    const round = await runRound(staff, program.id, { mentee_filter: { grades: ['9'], first_generation: true } });
    expect(round.mentee_ids).toEqual([ana.id]);
    expect(round.proposals.map((p) => p.mentee_id)).toEqual([ana.id]);
    expect(round.unmatched_mentees).toEqual([]);
  });

  test('unknown values, both scopes at once, an empty selection and hostile input: 400 naming the field', async () => {
    expectFieldError(await coordinator.post(previewPath(), { grades: ['12'] }), 'mentee_filter.grades');
    expectFieldError(await coordinator.post(previewPath(), { groups: ['a'] }), 'mentee_filter.groups');
    expectFieldError(await coordinator.post(previewPath(), { languages: ['fr'] }), 'mentee_filter.languages');
    expectFieldError(await coordinator.post(previewPath(), { grades: '9' }), 'grades');
    expectFieldError(await coordinator.post(previewPath(), { colour: ['red'] }), 'colour');
    expectFieldError(await coordinator.post(previewPath(), { grades: Array.from({ length: 101 }, (_, i) => `${i}`) }), 'grades');
    const runs = programPath(lincoln.id, program.id, '/match-rounds');
    expectFieldError(await coordinator.post(runs, { mentee_ids: [ana.id], mentee_filter: { grades: ['9'] } }), 'mentee_filter');
    expectFieldError(await coordinator.post(runs, { mentee_filter: { grades: ['10'], groups: ['B'] } }), 'mentee_filter');
    expectFieldError(await coordinator.post(runs, { mentee_filter: { grades: ['13'] } }), 'mentee_filter.grades');
    // Labels: at most 40 characters, no control characters.
    const patch = (body: Record<string, unknown>) =>
      coordinator.patch(programPath(lincoln.id, program.id, `/enrollments/${dee.enrollmentId}`), body);
    expectFieldError(await patch({ grade: 'x'.repeat(41) }), 'grade');
    expectFieldError(await patch({ group: 'a\u0007b' }), 'group');
    expectFieldError(await patch({ group: 7 }), 'group');
  });

  test('participants and other organisations get nothing', async () => {
    expectProblem(await ana.client.post(previewPath(), {}), 403);
    expectProblem(await northwindCoordinator.post(previewPath(), {}), 404);
    expectProblem(await northwindCoordinator.post(orgPath(northwind.id, `/programs/${program.id}/match-rounds/scope-preview`), {}), 404);
  });
});
