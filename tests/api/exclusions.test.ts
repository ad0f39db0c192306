// Exclusions (issue 3): pairs a program's coordinators keep apart; a round never proposes one.

import { Client } from './client';
import { expectFieldError, expectProblem, expectStatus, isUtcTimestamp } from './helpers';
import { expectRoundView, pairsOf, runRound } from './fixtures/match_rounds';
import { staffOf, type Staff } from './fixtures/organisations';
import { addMentee, addMentor, createProgram, programPath, type Participant } from './fixtures/programs';
import { DEMO, signIn } from './fixtures/session';
import type { Exclusion, Organisation, Program } from './schema';

const SETUP_TIMEOUT = 180_000;

let staff: Staff;
let coordinator: Client;
let lincoln: Organisation;
let northwindCoordinator: Client;

beforeAll(async () => {
  staff = await staffOf(DEMO.lincoln.slug, DEMO.lincoln.coordinator);
  ({ client: coordinator, org: lincoln } = staff);
  northwindCoordinator = await signIn(DEMO.northwind.coordinator);
});

// ---------------------------------------------------------------------------------------------

describe('exclusions', () => {
  let program: Program;
  let mentee: Participant;
  let mentor: Participant;

  beforeAll(async () => {
    program = await createProgram(staff);
    mentee = await addMentee(staff, program.id);
    mentor = await addMentor(staff, program.id, { capacity: 2 });
  }, SETUP_TIMEOUT);

  const path = () => programPath(lincoln.id, program.id, '/matching/exclusions');

  test('add, list, duplicate, and remove an exclusion; a round never proposes the pair', async () => {
    // Without the exclusion the pair is proposed.
    const open = await runRound(staff, program.id);
    expectRoundView(open, program.id);
    expect(pairsOf(open)).toEqual([`${mentee.id}/${mentor.id}`]);

    const res = await coordinator.post<Exclusion>(path(), { mentee_id: mentee.id, mentor_id: mentor.id, reason: '  Cousins  ' });
    expectStatus(res, 201);
    expect(res.json).toMatchObject({ mentee_id: mentee.id, mentor_id: mentor.id, reason: 'Cousins' });
    expect(isUtcTimestamp(res.json.created_at)).toBe(true);
    const list = await coordinator.get(path());
    expectStatus(list, 200);
    expect(list.json).toEqual({ items: [res.json], next_cursor: null });

    expectProblem(await coordinator.post(path(), { mentee_id: mentee.id, mentor_id: mentor.id }), 409);

    const round = await runRound(staff, program.id);
    expectRoundView(round, program.id);
    expect(round.proposals).toEqual([]);
    expect(round.unmatched_mentees.map((u) => u.mentee_id)).toEqual([mentee.id]);

    expectStatus(await coordinator.del(`${path()}/${mentee.id}/${mentor.id}`), 204);
    expect((await coordinator.get(path())).json).toEqual({ items: [], next_cursor: null });
    expectProblem(await coordinator.del(`${path()}/${mentee.id}/${mentor.id}`), 404);
    expect(pairsOf(await runRound(staff, program.id))).toEqual([`${mentee.id}/${mentor.id}`]);
  });

  test('the reason is optional', async () => {
    const res = await coordinator.post<Exclusion>(path(), { mentee_id: mentee.id, mentor_id: mentor.id });
    expectStatus(res, 201);
    expect(res.json.reason).toBe('');
    expectStatus(await coordinator.del(`${path()}/${mentee.id}/${mentor.id}`), 204);
  });

  test('invalid exclusions are a 400 naming the field', async () => {
    expectFieldError(await coordinator.post(path(), { mentee_id: mentor.id, mentor_id: mentor.id }), 'mentee_id');
    expectFieldError(await coordinator.post(path(), { mentee_id: mentee.id, mentor_id: mentee.id }), 'mentor_id');
    expectFieldError(await coordinator.post(path(), { mentee_id: mentee.id }), 'mentor_id');
    expectFieldError(await coordinator.post(path(), { mentee_id: mentee.id, mentor_id: mentor.id, reason: 'x'.repeat(501) }), 'reason');
    expectFieldError(await coordinator.post(path(), { mentee_id: mentee.id, mentor_id: mentor.id, colour: 'teal' }), 'colour');
    expect((await coordinator.get(path())).json).toEqual({ items: [], next_cursor: null });
  });

  test('mentees get 403, other organisations 404', async () => {
    expectProblem(await mentee.client.get(path()), 403);
    expectProblem(await mentee.client.post(path(), { mentee_id: mentee.id, mentor_id: mentor.id }), 403);
    expectProblem(await mentee.client.del(`${path()}/${mentee.id}/${mentor.id}`), 403);
    expectProblem(await northwindCoordinator.get(path()), 404);
    expectProblem(await northwindCoordinator.post(path(), { mentee_id: mentee.id, mentor_id: mentor.id }), 404);
    expect((await coordinator.get(path())).json).toEqual({ items: [], next_cursor: null });
  });
});
