// Discarding a draft match round (issue 9: a round in draft is work in the coordinator's queue,
// so a round they do not want must be able to leave it). The round becomes `discarded`, keeps its
// proposals for the record, can no longer change, and nobody is told.

import { expectProblem, expectStatus } from './helpers';
import { staffOf, type Staff } from './fixtures/organisations';
import { addMentee, addMentor, createProgram, type Participant } from './fixtures/programs';
import { getRound, roundPath, runRound } from './fixtures/match_rounds';
import { notificationsOf } from './fixtures/notifications';
import { programWork } from './fixtures/work_queue';
import { relationshipsOf } from './fixtures/relationships';
import { DEMO, signIn } from './fixtures/session';
import type { Program, RoundView } from './schema';

const SETUP_TIMEOUT = 180_000;

let staff: Staff;
let program: Program;
let mentee: Participant;
let mentor: Participant;

beforeAll(async () => {
  staff = await staffOf(DEMO.lincoln.slug, DEMO.lincoln.coordinator);
  program = await createProgram(staff, { type: 'one_to_one' });
  mentee = await addMentee(staff, program.id, { languages: ['en'] });
  mentor = await addMentor(staff, program.id, { capacity: 2, languages: ['en'], teach: 'SQL' });
}, SETUP_TIMEOUT);

test('a discarded draft keeps its proposals, leaves the work queue, and nobody is told', async () => {
  const round = await runRound(staff, program.id);
  expect(round.proposals.map((p) => [p.mentee_id, p.mentor_id])).toEqual([[mentee.id, mentor.id]]);
  expect((await programWork(staff, program.id)).draft_rounds).toBe(1);
  const before = (await notificationsOf(mentee.client)).length;

  const res = await staff.client.post<RoundView>(roundPath(staff.org.id, round.id, '/discard'));
  expectStatus(res, 200);
  expect(res.json.status).toBe('discarded');
  expect(res.json.proposals).toEqual(round.proposals);
  expect(res.json.published_at ?? null).toBeNull();
  expect(await getRound(staff, round.id)).toEqual(res.json);

  expect((await programWork(staff, program.id)).draft_rounds).toBe(0);
  expect((await notificationsOf(mentee.client)).length).toBe(before);
  expect(await relationshipsOf(mentee.client, program.id)).toEqual([]);
});

test('a discarded round can no longer be discarded, edited, re-run or published', async () => {
  const round = await runRound(staff, program.id);
  expectStatus(await staff.client.post(roundPath(staff.org.id, round.id, '/discard')), 200);
  const p = round.proposals[0]!;
  for (const [rest, body] of [
    ['/discard', undefined],
    ['/rerun', undefined],
    ['/publish', undefined],
    ['/proposals/lock', { mentee_id: p.mentee_id, mentor_id: p.mentor_id, locked: true }],
    ['/proposals/remove', { mentee_id: p.mentee_id, mentor_id: p.mentor_id }],
  ] as const) {
    const res = await staff.client.post(roundPath(staff.org.id, round.id, rest), body);
    expectProblem(res, 409, { detail: /discarded; only draft rounds can change/ });
  }
  expect((await getRound(staff, round.id)).status).toBe('discarded');
});

test('a published round cannot be discarded', async () => {
  const round = await runRound(staff, program.id);
  expectStatus(await staff.client.post(roundPath(staff.org.id, round.id, '/publish')), 200);
  const res = await staff.client.post(roundPath(staff.org.id, round.id, '/discard'));
  expectProblem(res, 409);
  expect((await getRound(staff, round.id)).status).toBe('published');
});

test('only the staff of the round\'s organisation can discard it; others learn nothing', async () => {
  const round = await runRound(staff, program.id);
  const path = roundPath(staff.org.id, round.id, '/discard');
  // A participant of the program is refused; to the coordinator of another organisation the
  // round does not even exist.
  expectProblem(await mentee.client.post(path), 403);
  const outsider = await signIn(DEMO.northwind.coordinator);
  expectProblem(await outsider.post(path), 404);
  // Another organisation's round id under this organisation's path is simply not found.
  expectProblem(await staff.client.post(roundPath(staff.org.id, 'no-such-round', '/discard')), 404);
  expect((await getRound(staff, round.id)).status).toBe('draft');
});
