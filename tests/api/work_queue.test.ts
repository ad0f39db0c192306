// The coordinator's work queue (issue 9 point 7): per draft or open program, counts of what
// waits for the staff, computed by the server; staff only, outsiders learn nothing.

import { expectProblem, expectStatus } from './helpers';
import { orgBySlug, orgPath, staffOf, type Staff } from './fixtures/organisations';
import { createUser } from './fixtures/people';
import { addMentee, addMentor, createProgram, programPath, type Participant } from './fixtures/programs';
import { runRound } from './fixtures/match_rounds';
import { settingsInput, settingsOf } from './fixtures/matching_settings';
import { request, requestPath } from './fixtures/requests';
import { programWork, workQueueOf, type WorkQueue } from './fixtures/work_queue';
import { DEMO, anonymous, signIn } from './fixtures/session';
import type { Enrollment, MatchingSettings, MentorRequest, Program } from './schema';

const SETUP_TIMEOUT = 180_000;

let staff: Staff;

beforeAll(async () => {
  staff = await staffOf(DEMO.lincoln.slug, DEMO.lincoln.coordinator);
});

describe('counts per program', () => {
  let program: Program;
  let mentee1: Participant;
  let cleared: Participant;
  let sent: MentorRequest;

  beforeAll(async () => {
    program = await createProgram(staff, { type: 'one_to_one', requires_approval: true });
  }, SETUP_TIMEOUT);

  test('a new program has nothing waiting', async () => {
    const q = await workQueueOf(staff);
    expect(q.expiring_within_hours).toBe(72);
    expect(await programWork(staff, program.id)).toEqual({
      program_id: program.id,
      program_name: program.name,
      program_status: 'open',
      audience: 'youth',
      applications: 0,
      mentors_not_cleared: 0,
      unmatched_mentees: 0,
      requests_expiring: 0,
      draft_rounds: 0,
    });
  });

  test('each kind of work is counted', async () => {
    mentee1 = await addMentee(staff, program.id, { languages: ['en'] });
    await addMentee(staff, program.id, { languages: ['en'] });
    cleared = await addMentor(staff, program.id, { capacity: 2, languages: ['en'], teach: 'SQL' });
    await addMentor(staff, program.id, { capacity: 2, languages: ['en'], teach: 'SQL', cleared: false });
    // Someone applies (the program requires approval).
    const applicant = await createUser({ orgSlug: DEMO.lincoln.slug, roles: ['mentee'] });
    const applied = await applicant.client.post<Enrollment>(programPath(staff.org.id, program.id, '/applications'), {
      role: 'mentee',
      message: 'Work queue test',
    });
    expectStatus(applied, 201);
    expect(applied.json.status).toBe('pending');
    expect(await programWork(staff, program.id)).toMatchObject({
      applications: 1,
      mentors_not_cleared: 1,
      unmatched_mentees: 2,
      requests_expiring: 0,
      draft_rounds: 0,
    });

    // A request that lapses within a day is expiring; a draft round waits for publishing.
    const s: MatchingSettings = await settingsOf(staff, program.id);
    const put = await staff.client.put<MatchingSettings>(programPath(staff.org.id, program.id, '/matching/settings'), {
      ...settingsInput(s),
      request_expiry_days: 1,
    });
    expectStatus(put, 200);
    sent = await request(mentee1.client, staff.org.id, program.id, cleared.id);
    await runRound(staff, program.id);
    expect(await programWork(staff, program.id)).toMatchObject({ requests_expiring: 1, draft_rounds: 1 });
  }, SETUP_TIMEOUT);

  test('a mentee with a match is no longer unmatched', async () => {
    expectStatus(await cleared.client.post(requestPath(staff.org.id, sent.id, '/accept')), 200);
    expect(await programWork(staff, program.id)).toMatchObject({ unmatched_mentees: 1, requests_expiring: 0 });
  }, SETUP_TIMEOUT);

  test('drafts are listed, closed programs are not', async () => {
    const draft = await createProgram(staff, { status: 'draft' });
    const closed = await createProgram(staff, { status: 'closed' });
    const q: WorkQueue = await workQueueOf(staff);
    expect(q.programs.find((p) => p.program_id === draft.id)?.program_status).toBe('draft');
    expect(q.programs.find((p) => p.program_id === closed.id)).toBeUndefined();
    // By name, case-insensitively.
    const names = q.programs.map((p) => p.program_name.toLowerCase());
    expect([...names].sort()).toEqual(names);
  }, SETUP_TIMEOUT);
});

describe('who may read it', () => {
  test('the organisation admin reads it; other members 403; outsiders 404; anonymous 401', async () => {
    const admin = await staffOf(DEMO.lincoln.slug, DEMO.lincoln.admin);
    await workQueueOf(admin);
    const path = orgPath(staff.org.id, '/work-queue');
    expectProblem(await (await signIn(DEMO.lincoln.student)).get(path), 403);
    expectProblem(await (await signIn(DEMO.northwind.admin)).get(path), 404);
    expectProblem(await (await signIn(DEMO.northwind.coordinator)).get(path), 404);
    expectProblem(await (await signIn(DEMO.platformAdmin)).get(path), 403);
    expectProblem(await (await anonymous()).get(path), 401);
    // Another organisation's queue never lists this one's programs.
    const northwind = await staffOf(DEMO.northwind.slug, DEMO.northwind.coordinator);
    const theirs = await workQueueOf(northwind);
    const ours = await workQueueOf(staff);
    const ourIds = new Set(ours.programs.map((p) => p.program_id));
    expect(theirs.programs.some((p) => ourIds.has(p.program_id))).toBe(false);
    expect(northwind.org.id).toBe((await orgBySlug(northwind.client, DEMO.northwind.slug)).id);
  });
});
