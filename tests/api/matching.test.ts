// Matching (issue 3): program matching settings, exclusions, coordinator match rounds (run,
// lock, remove, swap, re-run, publish), mentee self-match (recommendations and requests), and
// the relationships and notifications that come out of both.
//
// Everything that changes state happens in programs this file creates, with people it invites
// and whose profiles it writes, so the expected outcomes are known exactly and nothing depends
// on what other files (or earlier runs) did to the demo data. The seeded "Career Pathways
// Mentoring" program is only read, plus draft rounds that are never published.

import { Client, V1 } from './client';
import {
  DEMO,
  NewUser,
  Organisation,
  ProgramInput,
  createUser,
  expectFieldError,
  expectProblem,
  expectStatus,
  isUtcTimestamp,
  listAll,
  orgBySlug,
  orgPath,
  profileInput,
  programByName,
  programInput,
  short,
  signIn,
} from './helpers';

const CRITERIA = [
  'skills',
  'interests',
  'goals',
  'background',
  'language',
  'time_zone',
  'availability',
  'outside_organisation',
  'experience_gap',
] as const;
const PRIORITIES = ['must', 'high', 'medium', 'low', 'ignore'];
const SETUP_TIMEOUT = 180_000;

let coordinator: Client;
let lincoln: Organisation;
let northwindCoordinator: Client;
let northwind: Organisation;

beforeAll(async () => {
  coordinator = await signIn(DEMO.lincoln.coordinator);
  lincoln = await orgBySlug(coordinator, DEMO.lincoln.slug);
  northwindCoordinator = await signIn(DEMO.northwind.coordinator);
  northwind = await orgBySlug(northwindCoordinator, DEMO.northwind.slug);
});

// ---------------------------------------------------------------------------------------------
// Paths and small helpers

function programPath(programId: string, rest = ''): string {
  return orgPath(lincoln.id, `/programs/${programId}${rest}`);
}

function roundPath(roundId: string, rest = ''): string {
  return orgPath(lincoln.id, `/match-rounds/${roundId}${rest}`);
}

function requestPath(requestId: string, rest: string): string {
  return orgPath(lincoln.id, `/requests/${requestId}${rest}`);
}

function relationshipPath(relationshipId: string, rest: string): string {
  return orgPath(lincoln.id, `/relationships/${relationshipId}${rest}`);
}

async function createProgram(overrides: Partial<ProgramInput> = {}): Promise<any> {
  const res = await coordinator.post(
    orgPath(lincoln.id, '/programs'),
    programInput({ name: `Matching test ${short()}`, audience: 'youth', requires_approval: false, ...overrides }),
  );
  expectStatus(res, 201);
  return res.json;
}

interface Participant extends NewUser {
  enrollmentId: string;
}

async function enrollmentOf(programId: string, role: 'mentor' | 'mentee', email: string): Promise<any> {
  const res = await coordinator.get(programPath(programId, `/enrollments?role=${role}&q=${encodeURIComponent(email)}`));
  expectStatus(res, 200);
  const e = res.json.items.find((x: any) => x.person_email === email);
  if (!e) throw new Error(`no ${role} enrollment for ${email}: ${res.text.slice(0, 300)}`);
  return e;
}

async function putProfile(user: NewUser, profile: Record<string, unknown>): Promise<void> {
  const res = await user.client.put(`${V1}/me/profile`, profile);
  expectStatus(res, 200);
}

/** A new Lincoln student, invited into the program as a mentee, with a minor's profile. */
/** Optional profile parts: background answers and the mentee preferences object. */
interface ProfileExtras {
  background?: Array<{ field: string; value: string; visibility: string }>;
  mentee?: { wants_outside_mentor: boolean; preferred_mentor_gender?: string };
}

/** profileInput's fields for the given extras (the defaults when absent). */
function extras(opts: ProfileExtras): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (opts.background) out.background = opts.background;
  if (opts.mentee) out.mentee = opts.mentee;
  return out;
}

async function addMentee(
  programId: string,
  opts: { minor?: boolean; languages?: string[]; learn?: string } & ProfileExtras = {},
): Promise<Participant> {
  const user = await createUser({
    orgSlug: DEMO.lincoln.slug,
    roles: ['mentee'],
    inviter: coordinator,
    program_id: programId,
    program_role: 'mentee',
    namePrefix: 'Matchmentee',
  });
  const minor = opts.minor ?? true;
  await putProfile(
    user,
    profileInput({
      name: user.name,
      headline: 'Student who wants to work with data',
      skills_teach: [],
      skills_learn: [{ skill: opts.learn ?? 'SQL', current_level: 1, target_level: 3 }],
      interests: ['chess', 'science'],
      goals: [{ text: 'Learn how data analysts work', tags: ['careers'] }],
      languages: opts.languages ?? ['en'],
      mentor: { capacity: 0, accepts_external_mentees: false },
      minor: minor
        ? { is_minor: true, guardian_name: 'Pat Guardian', guardian_email: `guardian-${short()}@apitest.example` }
        : { is_minor: false, guardian_name: '', guardian_email: '' },
      ...extras(opts),
    }),
  );
  const e = await enrollmentOf(programId, 'mentee', user.email);
  expect(e.status).toBe('active');
  return { ...user, enrollmentId: e.id };
}

/** A new Lincoln mentor in the program with a profile; screened and trained unless told. */
async function addMentor(
  programId: string,
  opts: { capacity: number; languages?: string[]; teach?: string; cleared?: boolean } & ProfileExtras,
): Promise<Participant> {
  const user = await createUser({
    orgSlug: DEMO.lincoln.slug,
    roles: ['mentor'],
    inviter: coordinator,
    program_id: programId,
    program_role: 'mentor',
    namePrefix: 'Matchmentor',
  });
  await putProfile(
    user,
    profileInput({
      name: user.name,
      headline: `Mentor who teaches ${opts.teach ?? 'SQL'}`,
      skills_teach: [{ skill: opts.teach ?? 'SQL', level: 5 }],
      skills_learn: [],
      interests: ['chess', 'science'],
      goals: [{ text: 'Help a student learn how data analysts work', tags: ['careers'] }],
      languages: opts.languages ?? ['en'],
      mentor: { capacity: opts.capacity, accepts_external_mentees: true },
      minor: { is_minor: false, guardian_name: '', guardian_email: '' },
      ...extras(opts),
    }),
  );
  const e = await enrollmentOf(programId, 'mentor', user.email);
  expect(e.status).toBe('active');
  const cleared = opts.cleared ?? true;
  const patch = await coordinator.patch(programPath(programId, `/enrollments/${e.id}`), {
    screening_cleared: cleared,
    training_complete: cleared,
  });
  expectStatus(patch, 200);
  return { ...user, enrollmentId: e.id };
}

async function runRound(programId: string, body?: Record<string, unknown>): Promise<any> {
  const res = await coordinator.post(programPath(programId, '/match-rounds'), body);
  expectStatus(res, 201);
  return res.json;
}

async function getRound(roundId: string): Promise<any> {
  const res = await coordinator.get(roundPath(roundId));
  expectStatus(res, 200);
  return res.json;
}

async function settingsOf(programId: string): Promise<any> {
  const res = await coordinator.get(programPath(programId, '/matching/settings'));
  expectStatus(res, 200);
  return res.json;
}

function settingsInput(s: any): Record<string, unknown> {
  return {
    priorities: { ...s.priorities },
    max_mentors_per_mentee: s.max_mentors_per_mentee,
    require_acceptance: s.require_acceptance,
    request_expiry_days: s.request_expiry_days,
    priority_field: s.priority_field,
    priority_value: s.priority_value,
  };
}

function countBy<T>(items: T[], key: (t: T) => string): Map<string, number> {
  const m = new Map<string, number>();
  for (const it of items) m.set(key(it), (m.get(key(it)) ?? 0) + 1);
  return m;
}

function pairsOf(round: any): string[] {
  return round.proposals.map((p: any) => `${p.mentee_id}/${p.mentor_id}`).sort();
}

function findProposal(round: any, menteeId: string, mentorId: string): any {
  return round.proposals.find((p: any) => p.mentee_id === menteeId && p.mentor_id === mentorId);
}

/** Checks a RoundView's shape and the invariants every round keeps. */
function expectRoundView(round: any, programId: string, menteeLimit = 1): void {
  const ctx = JSON.stringify(round).slice(0, 1500);
  expect(round.id, ctx).toBeTypeOf('string');
  expect(round.program_id, ctx).toBe(programId);
  expect(['score', 'coverage'], ctx).toContain(round.objective);
  expect(['draft', 'published', 'discarded'], ctx).toContain(round.status);
  expect(Array.isArray(round.mentee_ids), ctx).toBe(true);
  expect(Array.isArray(round.mentor_ids), ctx).toBe(true);
  expect(isUtcTimestamp(round.created_at), ctx).toBe(true);
  if (round.status === 'published') expect(isUtcTimestamp(round.published_at), ctx).toBe(true);
  else expect(round.published_at, ctx).toBeNull();
  expect(Array.isArray(round.proposals), ctx).toBe(true);
  expect(Array.isArray(round.unmatched_mentees), ctx).toBe(true);
  for (const p of round.proposals) {
    expect(p.mentee_id, ctx).toBeTypeOf('string');
    expect(p.mentor_id, ctx).toBeTypeOf('string');
    expect(p.mentee_name, ctx).toBeTypeOf('string');
    expect(p.mentor_name, ctx).toBeTypeOf('string');
    expect(p.mentee_id, ctx).not.toBe(p.mentor_id);
    expect(Number.isInteger(p.score), ctx).toBe(true);
    expect(p.score, ctx).toBeGreaterThanOrEqual(0);
    expect(p.explanation, ctx).toBeTypeOf('string');
    expect(p.explanation.trim().length, `empty explanation: ${JSON.stringify(p)}`).toBeGreaterThan(0);
    expect(p.locked, ctx).toBeTypeOf('boolean');
  }
  for (const u of round.unmatched_mentees) {
    expect(u.mentee_id, ctx).toBeTypeOf('string');
    expect(u.mentee_name, ctx).toBeTypeOf('string');
    expect(u.reason, ctx).toBeTypeOf('string');
    expect(u.reason.trim().length, `empty reason: ${JSON.stringify(u)}`).toBeGreaterThan(0);
  }
  // No pair twice; no mentee over the program's limit; unmatched mentees have no proposal.
  const pairs = pairsOf(round);
  expect(new Set(pairs).size, ctx).toBe(pairs.length);
  for (const [mentee, n] of countBy(round.proposals, (p: any) => p.mentee_id)) {
    expect(n, `mentee ${mentee} has ${n} proposals`).toBeLessThanOrEqual(menteeLimit);
  }
  const matchedMentees = new Set(round.proposals.map((p: any) => p.mentee_id));
  for (const u of round.unmatched_mentees) expect(matchedMentees.has(u.mentee_id), ctx).toBe(false);
  expect(round.matched, ctx).toBe(matchedMentees.size);
  expect(round.unmatched, ctx).toBe(round.unmatched_mentees.length);
  expect(round.total_score, ctx).toBe(round.proposals.reduce((s: number, p: any) => s + p.score, 0));
  expect(round.priority_cost, ctx).toBeGreaterThanOrEqual(0);
  expect(Number.isInteger(round.candidates_per_mentee), ctx).toBe(true);
  expect(round.candidates_per_mentee, ctx).toBeGreaterThanOrEqual(1);
  expect(round.candidates_per_mentee, ctx).toBeLessThanOrEqual(1000);
}

/** Checks a Recommendation's shape and that its contributions add up to its score. */
function expectRecommendation(r: any): void {
  const ctx = JSON.stringify(r);
  expect(r.mentor_id, ctx).toBeTypeOf('string');
  expect(r.name, ctx).toBeTypeOf('string');
  expect(r.headline, ctx).toBeTypeOf('string');
  expect(Number.isInteger(r.score), ctx).toBe(true);
  expect(r.score, ctx).toBeGreaterThanOrEqual(0);
  expect(r.remaining_capacity, ctx).toBeGreaterThanOrEqual(1);
  expect(r.outside_organisation, ctx).toBeTypeOf('boolean');
  expect(r.requested, ctx).toBeTypeOf('boolean');
  expect(r.explanation, ctx).toBeTypeOf('object');
  expect(r.explanation.text, ctx).toBeTypeOf('string');
  expect(Array.isArray(r.explanation.contributions), ctx).toBe(true);
  let sum = 0;
  for (const c of r.explanation.contributions) {
    expect(CRITERIA as readonly string[], ctx).toContain(c.criterion);
    expect(Number.isInteger(c.points), ctx).toBe(true);
    expect(c.points, ctx).toBeGreaterThan(0);
    expect(c.reason, ctx).toBeTypeOf('string');
    expect(c.reason.length, ctx).toBeGreaterThan(0);
    sum += c.points;
  }
  expect(sum, `contributions do not add up to the score: ${ctx}`).toBe(r.score);
  if (r.score > 0) expect(r.explanation.text.length, ctx).toBeGreaterThan(0);
}

function expectSortedByScore(list: any[]): void {
  for (let i = 1; i < list.length; ++i) {
    const a = list[i - 1];
    const b = list[i];
    expect(a.score, `not sorted by score: ${a.name} ${a.score} before ${b.name} ${b.score}`).toBeGreaterThanOrEqual(b.score);
  }
}

function expectMentorRequest(r: any): void {
  const ctx = JSON.stringify(r);
  for (const k of ['id', 'organisation_id', 'program_id', 'program_name', 'mentee_id', 'mentee_name', 'mentor_id', 'mentor_name', 'message', 'decline_reason', 'explanation', 'mentor_explanation']) {
    expect(r[k], `${k} in ${ctx}`).toBeTypeOf('string');
  }
  expect(['pending', 'accepted', 'declined', 'withdrawn', 'expired'], ctx).toContain(r.status);
  expect(Number.isInteger(r.score), ctx).toBe(true);
  expect(isUtcTimestamp(r.created_at), ctx).toBe(true);
  expect(isUtcTimestamp(r.expires_at), ctx).toBe(true);
  if (r.status === 'pending' || r.status === 'expired') expect(r.decided_at, ctx).toBeNull();
  else expect(isUtcTimestamp(r.decided_at), ctx).toBe(true);
}

function expectRelationship(r: any): void {
  const ctx = JSON.stringify(r);
  for (const k of ['id', 'organisation_id', 'program_id', 'program_name', 'mentee_id', 'mentee_name', 'mentor_id', 'mentor_name', 'explanation', 'mentor_explanation']) {
    expect(r[k], `${k} in ${ctx}`).toBeTypeOf('string');
  }
  expect(['proposed', 'active', 'declined', 'ended'], ctx).toContain(r.status);
  expect(['match_round', 'request'], ctx).toContain(r.source);
  expect(r.mentee_accepted, ctx).toBeTypeOf('boolean');
  expect(r.mentor_accepted, ctx).toBeTypeOf('boolean');
  expect(Number.isInteger(r.score), ctx).toBe(true);
  expect(isUtcTimestamp(r.created_at), ctx).toBe(true);
}

/** The "(+N)" points of an explanation text, in order. */
function pointsOf(text: string): number[] {
  return [...text.matchAll(/\(\+(\d+)\)/g)].map((m) => Number(m[1]));
}

/** Words that only the mentee should read, and words only the mentor should read. */
const MENTEE_WORDING = /you want|you asked|ahead of you|this mentor|your background|available \d/;
const MENTOR_WORDING = /you teach|they ask|they want|you are|you have|you offer/;

/** A request or relationship explained to each side: the same points, each in its own words. */
function expectBothSides(r: any): void {
  const ctx = JSON.stringify(r);
  expect(r.explanation.length, ctx).toBeGreaterThan(0);
  expect(r.mentor_explanation.length, ctx).toBeGreaterThan(0);
  expect(pointsOf(r.mentor_explanation), ctx).toEqual(pointsOf(r.explanation));
  expect(pointsOf(r.explanation).reduce((a, b) => a + b, 0), ctx).toBe(r.score);
  expect(r.mentor_explanation, ctx).not.toMatch(MENTEE_WORDING);
  expect(r.explanation, ctx).not.toMatch(MENTOR_WORDING);
}

async function relationshipsOf(client: Client, programId: string): Promise<any[]> {
  const res = await client.get(`${V1}/me/relationships`);
  expectStatus(res, 200);
  for (const r of res.json.items) expectRelationship(r);
  return res.json.items.filter((r: any) => r.program_id === programId);
}

async function notificationsOf(client: Client): Promise<any[]> {
  const res = await client.get(`${V1}/me/notifications?limit=200`);
  expectStatus(res, 200);
  for (const n of res.json.items) {
    const ctx = JSON.stringify(n);
    expect(n.id, ctx).toBeTypeOf('string');
    expect(n.kind, ctx).toBeTypeOf('string');
    expect(n.text, ctx).toBeTypeOf('string');
    expect(n.link, ctx).toBeTypeOf('string');
    expect(n.read, ctx).toBeTypeOf('boolean');
    expect(isUtcTimestamp(n.created_at), ctx).toBe(true);
  }
  return res.json.items;
}

async function myRequests(mentee: NewUser, programId: string): Promise<any[]> {
  const res = await mentee.client.get(programPath(programId, '/requests'));
  expectStatus(res, 200);
  for (const r of res.json.items) expectMentorRequest(r);
  return res.json.items;
}

async function recommendations(client: Client, programId: string, query = ''): Promise<any[]> {
  const res = await client.get(programPath(programId, `/recommendations${query}`));
  expectStatus(res, 200);
  expect(Array.isArray(res.json.items)).toBe(true);
  for (const r of res.json.items) expectRecommendation(r);
  return res.json.items;
}

// ---------------------------------------------------------------------------------------------

describe('matching settings', () => {
  let program: any;
  let mentee: Participant;

  beforeAll(async () => {
    program = await createProgram({ type: 'one_to_one' });
    mentee = await addMentee(program.id);
  }, SETUP_TIMEOUT);

  test('GET lists all nine criteria with a priority each, and the other settings', async () => {
    const s = await settingsOf(program.id);
    expect(s.program_id).toBe(program.id);
    expect(Object.keys(s.priorities).sort()).toEqual([...CRITERIA].sort());
    for (const c of CRITERIA) expect(PRIORITIES).toContain(s.priorities[c]);
    // One-to-one defaults: one mentor each, both sides accept, requests expire after a week.
    expect(s).toMatchObject({
      max_mentors_per_mentee: 1,
      require_acceptance: true,
      request_expiry_days: 7,
      priority_field: null,
      priority_value: null,
    });
  });

  test('the seeded program’s settings list all nine criteria too', async () => {
    const career = await programByName(coordinator, lincoln.id, DEMO.programs.careerPathways);
    const s = await settingsOf(career.id);
    expect(s.program_id).toBe(career.id);
    expect(Object.keys(s.priorities).sort()).toEqual([...CRITERIA].sort());
    for (const c of CRITERIA) expect(PRIORITIES).toContain(s.priorities[c]);
    expect(s.max_mentors_per_mentee).toBeGreaterThanOrEqual(1);
    expect(s.request_expiry_days).toBeGreaterThanOrEqual(1);
  });

  test('PUT changes a priority and the settings round-trip', async () => {
    const before = await settingsOf(program.id);
    const language = before.priorities.language === 'must' ? 'high' : 'must';
    const input = settingsInput(before);
    (input.priorities as any).language = language;
    Object.assign(input, {
      max_mentors_per_mentee: 2,
      require_acceptance: false,
      request_expiry_days: 14,
      priority_field: 'first_generation',
      priority_value: 'yes',
    });
    const res = await coordinator.put(programPath(program.id, '/matching/settings'), input);
    expectStatus(res, 200);
    const expected = {
      ...before,
      priorities: { ...before.priorities, language },
      max_mentors_per_mentee: 2,
      require_acceptance: false,
      request_expiry_days: 14,
      priority_field: 'first_generation',
      priority_value: 'yes',
    };
    expect(res.json).toEqual(expected);
    expect(await settingsOf(program.id)).toEqual(expected);

    // What GET returns can be sent back as it is (program_id included), and priorities left
    // out take the program type's defaults.
    const back = await coordinator.put(programPath(program.id, '/matching/settings'), {
      ...before,
      priorities: { skills: before.priorities.skills },
    });
    expectStatus(back, 200);
    expect(back.json).toEqual(before);
    expect(await settingsOf(program.id)).toEqual(before);
  });

  const invalid: Array<[string, string, (s: Record<string, any>) => void]> = [
    ['an unknown priority', 'priorities.language', (s) => (s.priorities.language = 'critical')],
    ['an unknown criterion', 'priorities.shoe_size', (s) => (s.priorities.shoe_size = 'high')],
    ['a priority that is not a string', 'priorities.skills', (s) => (s.priorities.skills = 3)],
    ['max_mentors_per_mentee 0', 'max_mentors_per_mentee', (s) => (s.max_mentors_per_mentee = 0)],
    ['max_mentors_per_mentee 11', 'max_mentors_per_mentee', (s) => (s.max_mentors_per_mentee = 11)],
    ['request_expiry_days 0', 'request_expiry_days', (s) => (s.request_expiry_days = 0)],
    ['request_expiry_days 91', 'request_expiry_days', (s) => (s.request_expiry_days = 91)],
    ['a string boolean', 'require_acceptance', (s) => (s.require_acceptance = 'yes')],
    ['a missing field', 'require_acceptance', (s) => delete s.require_acceptance],
    ['an unknown priority field', 'priority_field', (s) => Object.assign(s, { priority_field: 'shoe_size', priority_value: '42' })],
    ['a priority field without a value', 'priority_value', (s) => Object.assign(s, { priority_field: 'first_generation', priority_value: null })],
    ['an unknown field', 'colour', (s) => (s.colour = 'teal')],
  ];
  for (const [what, field, mutate] of invalid) {
    test(`${what} → 400 naming ${field}; nothing changes`, async () => {
      const before = await settingsOf(program.id);
      const input: Record<string, any> = settingsInput(before);
      mutate(input);
      expectFieldError(await coordinator.put(programPath(program.id, '/matching/settings'), input), field);
      expect(await settingsOf(program.id)).toEqual(before);
    });
  }

  test('a mentee or mentor of the organisation gets 403', async () => {
    const before = await settingsOf(program.id);
    const path = programPath(program.id, '/matching/settings');
    expectProblem(await mentee.client.get(path), 403);
    expectProblem(await mentee.client.put(path, settingsInput(before)), 403);
    const student = await signIn(DEMO.lincoln.student);
    expectProblem(await student.get(path), 403);
    const mentor = await signIn(DEMO.northwind.mentor); // a mentor at Lincoln too
    expectProblem(await mentor.get(path), 403);
    expect(await settingsOf(program.id)).toEqual(before);
  });

  test('another organisation’s staff get 404; unknown programs are 404', async () => {
    const before = await settingsOf(program.id);
    const path = programPath(program.id, '/matching/settings');
    expectProblem(await northwindCoordinator.get(path), 404);
    expectProblem(await northwindCoordinator.put(path, settingsInput(before)), 404);
    expectProblem(await northwindCoordinator.get(orgPath(northwind.id, `/programs/${program.id}/matching/settings`)), 404);
    expectProblem(await coordinator.get(programPath('999999999', '/matching/settings')), 404);
    expect(await settingsOf(program.id)).toEqual(before);
  });
});

// ---------------------------------------------------------------------------------------------

describe('exclusions', () => {
  let program: any;
  let mentee: Participant;
  let mentor: Participant;

  beforeAll(async () => {
    program = await createProgram();
    mentee = await addMentee(program.id);
    mentor = await addMentor(program.id, { capacity: 2 });
  }, SETUP_TIMEOUT);

  const path = () => programPath(program.id, '/matching/exclusions');

  test('add, list, duplicate, and remove an exclusion; a round never proposes the pair', async () => {
    // Without the exclusion the pair is proposed.
    const open = await runRound(program.id);
    expectRoundView(open, program.id);
    expect(pairsOf(open)).toEqual([`${mentee.id}/${mentor.id}`]);

    const res = await coordinator.post(path(), { mentee_id: mentee.id, mentor_id: mentor.id, reason: '  Cousins  ' });
    expectStatus(res, 201);
    expect(res.json).toMatchObject({ mentee_id: mentee.id, mentor_id: mentor.id, reason: 'Cousins' });
    expect(isUtcTimestamp(res.json.created_at)).toBe(true);
    const list = await coordinator.get(path());
    expectStatus(list, 200);
    expect(list.json).toEqual({ items: [res.json], next_cursor: null });

    expectProblem(await coordinator.post(path(), { mentee_id: mentee.id, mentor_id: mentor.id }), 409);

    const round = await runRound(program.id);
    expectRoundView(round, program.id);
    expect(round.proposals).toEqual([]);
    expect(round.unmatched_mentees.map((u: any) => u.mentee_id)).toEqual([mentee.id]);

    expectStatus(await coordinator.del(`${path()}/${mentee.id}/${mentor.id}`), 204);
    expect((await coordinator.get(path())).json).toEqual({ items: [], next_cursor: null });
    expectProblem(await coordinator.del(`${path()}/${mentee.id}/${mentor.id}`), 404);
    expect(pairsOf(await runRound(program.id))).toEqual([`${mentee.id}/${mentor.id}`]);
  });

  test('the reason is optional', async () => {
    const res = await coordinator.post(path(), { mentee_id: mentee.id, mentor_id: mentor.id });
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

// ---------------------------------------------------------------------------------------------

describe('match rounds', () => {
  // Six minors who all want SQL and speak English; four mentors who teach it. A, B (room for 2)
  // and C (room for 1) are screened and trained; U (room for 3) is not screened, so no minor may
  // be matched with U. Cleared capacity is 5 for 6 mentees: one is always left unmatched.
  let program: any;
  let mentees: Participant[];
  let A: Participant, B: Participant, C: Participant, U: Participant;
  let capacity: Map<string, number>;
  let names: Map<string, string>;
  let scoreRound: any;

  beforeAll(async () => {
    program = await createProgram({ type: 'one_to_one', default_mentor_capacity: 2 });
    mentees = [];
    for (let i = 0; i < 6; ++i) mentees.push(await addMentee(program.id));
    A = await addMentor(program.id, { capacity: 2 });
    B = await addMentor(program.id, { capacity: 2, languages: ['en', 'es'] });
    C = await addMentor(program.id, { capacity: 1 });
    U = await addMentor(program.id, { capacity: 3 });
    capacity = new Map([
      [A.id, 2],
      [B.id, 2],
      [C.id, 1],
      [U.id, 3],
    ]);
    names = new Map([...mentees, A, B, C, U].map((p) => [p.id, p.name]));
  }, SETUP_TIMEOUT);

  function expectWithinCapacity(round: any): void {
    for (const [mentor, n] of countBy(round.proposals, (p: any) => p.mentor_id)) {
      expect(capacity.has(mentor), `unknown mentor ${mentor}`).toBe(true);
      expect(n, `mentor ${names.get(mentor)} has ${n} proposals`).toBeLessThanOrEqual(capacity.get(mentor)!);
    }
  }

  test('a mentor whose screening is withdrawn is never proposed for a minor', async () => {
    // While U is cleared, a round limited to U proposes U up to U's capacity.
    const before = await runRound(program.id, { mentor_ids: [U.id] });
    expectRoundView(before, program.id);
    expect(before.mentor_ids).toEqual([U.id]);
    expect(before.matched).toBe(3);
    expect(before.proposals.every((p: any) => p.mentor_id === U.id)).toBe(true);

    const patch = await coordinator.patch(programPath(program.id, `/enrollments/${U.enrollmentId}`), { screening_cleared: false });
    expectStatus(patch, 200);
    expect(patch.json).toMatchObject({ screening_cleared: false, training_complete: true });

    const after = await runRound(program.id, { mentor_ids: [U.id] });
    expectRoundView(after, program.id);
    expect(after.proposals).toEqual([]);
    expect(after.matched).toBe(0);
    expect(after.unmatched_mentees.map((u: any) => u.mentee_id).sort()).toEqual(mentees.map((m) => m.id).sort());
  });

  test('a coordinator runs a round (objective score): 201 with explained proposals within every limit', async () => {
    const res = await coordinator.post(programPath(program.id, '/match-rounds'), { objective: 'score' });
    expectStatus(res, 201);
    scoreRound = res.json;
    expectRoundView(scoreRound, program.id);
    expect(scoreRound).toMatchObject({ objective: 'score', status: 'draft', mentee_ids: [], mentor_ids: [] });
    expectWithinCapacity(scoreRound);
    expect(scoreRound.proposals.some((p: any) => p.mentor_id === U.id)).toBe(false);
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
    const byName = scoreRound.proposals.map((p: any) => p.mentee_name);
    expect(byName).toEqual([...byName].sort());
  });

  test('an empty body runs a score round over everyone', async () => {
    const round = await runRound(program.id);
    expectRoundView(round, program.id);
    expect(round).toMatchObject({ objective: 'score', status: 'draft', mentee_ids: [], mentor_ids: [] });
    expect(round.matched).toBe(5);
    expectWithinCapacity(round);
  });

  test('GET returns the round as created; the list has it, newest first, without proposals', async () => {
    expect(await getRound(scoreRound.id)).toEqual(scoreRound);
    const res = await coordinator.get(programPath(program.id, '/match-rounds'));
    expectStatus(res, 200);
    const listed = res.json.items.find((r: any) => r.id === scoreRound.id);
    const { proposals: _p, unmatched_mentees: _u, ...summary } = scoreRound;
    expect(listed).toEqual(summary);
    const created = res.json.items.map((r: any) => Date.parse(r.created_at));
    for (let i = 1; i < created.length; ++i) expect(created[i - 1]).toBeGreaterThanOrEqual(created[i]);
    expect(res.json.items.length).toBeGreaterThanOrEqual(4);
  });

  test('objective coverage matches at least as many mentees as objective score', async () => {
    const coverage = await runRound(program.id, { objective: 'coverage' });
    expectRoundView(coverage, program.id);
    expect(coverage.objective).toBe('coverage');
    expectWithinCapacity(coverage);
    expect(coverage.proposals.some((p: any) => p.mentor_id === U.id)).toBe(false);
    expect(coverage.matched).toBeGreaterThanOrEqual(scoreRound.matched);
  });

  test('a scoped round only uses the people in scope', async () => {
    const scope = mentees.slice(0, 2).map((m) => m.id);
    const round = await runRound(program.id, { mentee_ids: scope, mentor_ids: [C.id], candidates_per_mentee: 5 });
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
    const path = programPath(program.id, '/match-rounds');
    const before = (await coordinator.get(path)).json.items.length;
    expectFieldError(await coordinator.post(path, { objective: 'best' }), 'objective');
    expectFieldError(await coordinator.post(path, { mentee_ids: [A.id] }), 'mentee_ids');
    expectFieldError(await coordinator.post(path, { mentor_ids: [mentees[0].id] }), 'mentor_ids');
    expectFieldError(await coordinator.post(path, { mentee_ids: 'all' }), 'mentee_ids');
    expectFieldError(await coordinator.post(path, { candidates_per_mentee: 0 }), 'candidates_per_mentee');
    expectFieldError(await coordinator.post(path, { candidates_per_mentee: 1001 }), 'candidates_per_mentee');
    expectFieldError(await coordinator.post(path, { colour: 'teal' }), 'colour');
    expect((await coordinator.get(path)).json.items.length).toBe(before);
  });

  test('lock a proposal: a re-run keeps the locked pair; unlock it again', async () => {
    const p = scoreRound.proposals[0];
    const lock = await coordinator.post(roundPath(scoreRound.id, '/proposals/lock'), {
      mentee_id: p.mentee_id,
      mentor_id: p.mentor_id,
      locked: true,
    });
    expectStatus(lock, 200);
    expectRoundView(lock.json, program.id);
    expect(findProposal(lock.json, p.mentee_id, p.mentor_id).locked).toBe(true);
    expect(lock.json.proposals.filter((x: any) => x.locked)).toHaveLength(1);

    const rerun = await coordinator.post(roundPath(scoreRound.id, '/rerun'));
    expectStatus(rerun, 200);
    expectRoundView(rerun.json, program.id);
    expect(rerun.json.id).toBe(scoreRound.id);
    expect(rerun.json.status).toBe('draft');
    expect(findProposal(rerun.json, p.mentee_id, p.mentor_id)?.locked).toBe(true);
    expect(rerun.json.matched).toBe(5);
    expectWithinCapacity(rerun.json);
    expect(await getRound(scoreRound.id)).toEqual(rerun.json);

    const unlock = await coordinator.post(roundPath(scoreRound.id, '/proposals/lock'), {
      mentee_id: p.mentee_id,
      mentor_id: p.mentor_id,
      locked: false,
    });
    expectStatus(unlock, 200);
    expect(findProposal(unlock.json, p.mentee_id, p.mentor_id).locked).toBe(false);
    scoreRound = unlock.json;
  });

  test('lock and remove name their fields, and a pair that is not proposed is a 404', async () => {
    const p = scoreRound.proposals[0];
    const lock = roundPath(scoreRound.id, '/proposals/lock');
    expectFieldError(await coordinator.post(lock, { mentee_id: p.mentee_id, mentor_id: p.mentor_id }), 'locked');
    expectFieldError(await coordinator.post(lock, { mentee_id: p.mentee_id, locked: true }), 'mentor_id');
    expectFieldError(await coordinator.post(lock, { mentee_id: p.mentee_id, mentor_id: p.mentor_id, locked: 'yes' }), 'locked');
    expectProblem(await coordinator.post(lock, { mentee_id: p.mentee_id, mentor_id: U.id, locked: true }), 404);
    const remove = roundPath(scoreRound.id, '/proposals/remove');
    expectFieldError(await coordinator.post(remove, { mentee_id: p.mentee_id }), 'mentor_id');
    expectProblem(await coordinator.post(remove, { mentee_id: p.mentee_id, mentor_id: U.id }), 404);
    expect(await getRound(scoreRound.id)).toEqual(scoreRound);
  });

  test('remove a proposal: it disappears and the pair is excluded; swaps check hard constraints and room', async () => {
    // Remove a pair of A or B (room for two), so that mentor then has a free place.
    const removed = scoreRound.proposals.find((p: any) => p.mentor_id === A.id || p.mentor_id === B.id);
    expect(removed).toBeDefined();
    const M = removed.mentor_id;
    const res = await coordinator.post(roundPath(scoreRound.id, '/proposals/remove'), {
      mentee_id: removed.mentee_id,
      mentor_id: M,
    });
    expectStatus(res, 200);
    let round = res.json;
    expectRoundView(round, program.id);
    expect(findProposal(round, removed.mentee_id, M)).toBeUndefined();
    expect(round.proposals).toHaveLength(scoreRound.proposals.length - 1);
    expect(round.matched).toBe(scoreRound.matched - 1);
    expect(round.unmatched_mentees.map((u: any) => u.mentee_id)).toContain(removed.mentee_id);
    expect(await getRound(scoreRound.id)).toEqual(round);

    const exclusions = await coordinator.get(programPath(program.id, '/matching/exclusions'));
    expectStatus(exclusions, 200);
    const ex = exclusions.json.items.find((e: any) => e.mentee_id === removed.mentee_id && e.mentor_id === M);
    expect(ex, exclusions.text).toBeDefined();
    expect(isUtcTimestamp(ex.created_at)).toBe(true);

    // A swap to the unscreened mentor breaks a hard constraint (the mentee is a minor): 409.
    const other = round.proposals.find((p: any) => p.mentor_id !== M && p.mentor_id !== C.id);
    expect(other).toBeDefined();
    const swapPath = roundPath(scoreRound.id, '/proposals/swap');
    expectProblem(
      await coordinator.post(swapPath, { mentee_id: other.mentee_id, from_mentor_id: other.mentor_id, to_mentor_id: U.id }),
      409,
    );
    // C (room for one) already has its mentee in this round: 409.
    expect(round.proposals.filter((p: any) => p.mentor_id === C.id)).toHaveLength(1);
    expectProblem(
      await coordinator.post(swapPath, { mentee_id: other.mentee_id, from_mentor_id: other.mentor_id, to_mentor_id: C.id }),
      409,
    );
    expect(await getRound(scoreRound.id)).toEqual(round);
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
    expect(await getRound(scoreRound.id)).toEqual(round);

    // M has a free place now: the swap is accepted and the swapped proposal is locked.
    const swap = await coordinator.post(swapPath, {
      mentee_id: other.mentee_id,
      from_mentor_id: other.mentor_id,
      to_mentor_id: M,
    });
    expectStatus(swap, 200);
    round = swap.json;
    expectRoundView(round, program.id);
    expectWithinCapacity(round);
    expect(findProposal(round, other.mentee_id, other.mentor_id)).toBeUndefined();
    const swapped = findProposal(round, other.mentee_id, M);
    expect(swapped).toMatchObject({ locked: true, mentor_name: names.get(M) });
    expect(swapped.explanation.length).toBeGreaterThan(0);

    // A re-run keeps the swapped (locked) pair and never proposes the removed pair.
    const rerun = await coordinator.post(roundPath(scoreRound.id, '/rerun'));
    expectStatus(rerun, 200);
    expectRoundView(rerun.json, program.id);
    expectWithinCapacity(rerun.json);
    expect(findProposal(rerun.json, other.mentee_id, M)?.locked).toBe(true);
    expect(findProposal(rerun.json, removed.mentee_id, M)).toBeUndefined();
    expect(rerun.json.proposals.some((p: any) => p.mentor_id === U.id)).toBe(false);
    scoreRound = rerun.json;

    // The exclusion can be lifted again.
    expectStatus(await coordinator.del(programPath(program.id, `/matching/exclusions/${removed.mentee_id}/${M}`)), 204);
    const after = await coordinator.get(programPath(program.id, '/matching/exclusions'));
    expect(after.json.items.find((e: any) => e.mentee_id === removed.mentee_id && e.mentor_id === M)).toBeUndefined();
  });

  test('mentees get 403 and other organisations 404 on rounds', async () => {
    const mentee = mentees[0];
    expectProblem(await mentee.client.post(programPath(program.id, '/match-rounds'), {}), 403);
    expectProblem(await mentee.client.get(programPath(program.id, '/match-rounds')), 403);
    expectProblem(await mentee.client.get(roundPath(scoreRound.id)), 403);
    expectProblem(await mentee.client.post(roundPath(scoreRound.id, '/publish')), 403);
    expectProblem(await northwindCoordinator.post(programPath(program.id, '/match-rounds'), {}), 404);
    expectProblem(await northwindCoordinator.get(roundPath(scoreRound.id)), 404);
    expectProblem(await northwindCoordinator.get(orgPath(northwind.id, `/match-rounds/${scoreRound.id}`)), 404);
    expectProblem(await northwindCoordinator.post(orgPath(northwind.id, `/match-rounds/${scoreRound.id}/publish`)), 404);
    expectProblem(await coordinator.get(roundPath('999999999')), 404);
    expectProblem(await coordinator.post(programPath('999999999', '/match-rounds'), {}), 404);
    expect((await getRound(scoreRound.id)).status).toBe('draft');
  });

  test('publish: relationships are proposed, people are notified, and the round is frozen', async () => {
    const res = await coordinator.post(roundPath(scoreRound.id, '/publish'));
    expectStatus(res, 200);
    const published = res.json;
    expectRoundView(published, program.id);
    expect(published.status).toBe('published');
    expect(isUtcTimestamp(published.published_at)).toBe(true);
    expect(pairsOf(published)).toEqual(pairsOf(scoreRound));
    expect(await getRound(scoreRound.id)).toEqual(published);
    const listed = (await coordinator.get(programPath(program.id, '/match-rounds'))).json.items.find((r: any) => r.id === scoreRound.id);
    expect(listed.status).toBe('published');

    // Publishing again, or editing a published round, is a conflict.
    expectProblem(await coordinator.post(roundPath(scoreRound.id, '/publish')), 409);
    const p = published.proposals[0];
    expectProblem(await coordinator.post(roundPath(scoreRound.id, '/rerun')), 409);
    expectProblem(await coordinator.post(roundPath(scoreRound.id, '/proposals/lock'), { mentee_id: p.mentee_id, mentor_id: p.mentor_id, locked: true }), 409);
    expectProblem(await coordinator.post(roundPath(scoreRound.id, '/proposals/remove'), { mentee_id: p.mentee_id, mentor_id: p.mentor_id }), 409);
    expectProblem(await coordinator.post(roundPath(scoreRound.id, '/proposals/swap'), { mentee_id: p.mentee_id, from_mentor_id: p.mentor_id, to_mentor_id: C.id }), 409);
    expect(await getRound(scoreRound.id)).toEqual(published);

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
        // Only what the explanation names: answers kept from participants count in the
        // round's score but never in the one participants see (docs/security.md).
        score: pointsOf(prop.explanation).reduce((a, b) => a + b, 0),
        explanation: prop.explanation,
      });
      expect(rels[0].score).toBeLessThanOrEqual(prop.score);
      const notes = await notificationsOf(mentee.client);
      const note = notes.find((n) => n.link.includes(rels[0].id));
      expect(note, JSON.stringify(notes)).toBeDefined();
      expect(note).toMatchObject({ organisation_id: lincoln.id, read: false });
      expect(note.text.length).toBeGreaterThan(0);
    }
    // The unmatched mentee has no relationship.
    for (const u of published.unmatched_mentees) {
      const mentee = mentees.find((m) => m.id === u.mentee_id)!;
      expect(await relationshipsOf(mentee.client, program.id)).toEqual([]);
    }
    // Mentors see theirs too, explained in their own words.
    for (const mentor of [A, B, C]) {
      const rels = await relationshipsOf(mentor.client, program.id);
      const mine = published.proposals.filter((x: any) => x.mentor_id === mentor.id);
      expect(rels.map((r) => r.mentee_id).sort()).toEqual(mine.map((x: any) => x.mentee_id).sort());
      expect(rels.every((r) => r.status === 'proposed')).toBe(true);
      for (const r of rels) {
        expectBothSides(r);
        expect(r.mentor_explanation).toContain('wants to learn SQL to level 3, you teach it at level 5');
      }
    }
    expect(await relationshipsOf(U.client, program.id)).toEqual([]);
  });

  test('a notification can be marked read, only by its owner', async () => {
    const mentee = mentees.find((m) => scoreRound.proposals.some((p: any) => p.mentee_id === m.id))!;
    const note = (await notificationsOf(mentee.client)).find((n) => !n.read);
    expect(note).toBeDefined();
    const other = mentees.find((m) => m.id !== mentee.id)!;
    expectProblem(await other.client.post(`${V1}/me/notifications/${note.id}/read`), 404);
    expect((await notificationsOf(mentee.client)).find((n) => n.id === note.id).read).toBe(false);
    expectStatus(await mentee.client.post(`${V1}/me/notifications/${note.id}/read`), 204);
    expect((await notificationsOf(mentee.client)).find((n) => n.id === note.id).read).toBe(true);
    expectStatus(await mentee.client.post(`${V1}/me/notifications/${note.id}/read`), 204);
    expectProblem(await mentee.client.post(`${V1}/me/notifications/999999999/read`), 404);
  });

  test('the mentee accepts, then the mentor: the relationship is active', async () => {
    const prop = scoreRound.proposals[0];
    const mentee = mentees.find((m) => m.id === prop.mentee_id)!;
    const mentor = [A, B, C].find((m) => m.id === prop.mentor_id)!;
    const rel = (await relationshipsOf(mentee.client, program.id))[0];

    // Someone else's relationship is a 404.
    const stranger = mentees.find((m) => m.id !== mentee.id)!;
    expectProblem(await stranger.client.post(relationshipPath(rel.id, '/accept')), 404);
    expectProblem(await coordinator.post(relationshipPath(rel.id, '/accept')), 404);

    const first = await mentee.client.post(relationshipPath(rel.id, '/accept'));
    expectStatus(first, 200);
    expectRelationship(first.json);
    expect(first.json).toMatchObject({ id: rel.id, status: 'proposed', mentee_accepted: true, mentor_accepted: false });
    const mentorNotes = await notificationsOf(mentor.client);
    expect(mentorNotes.some((n) => n.link.includes(rel.id) && n.kind === 'match_accepted')).toBe(true);

    const second = await mentor.client.post(relationshipPath(rel.id, '/accept'));
    expectStatus(second, 200);
    expect(second.json).toMatchObject({ id: rel.id, status: 'active', mentee_accepted: true, mentor_accepted: true });
    expect((await relationshipsOf(mentee.client, program.id))[0]).toMatchObject({ id: rel.id, status: 'active' });
    expect((await relationshipsOf(mentor.client, program.id)).find((r) => r.id === rel.id).status).toBe('active');

    expectProblem(await mentor.client.post(relationshipPath(rel.id, '/accept')), 409);
    expectProblem(await mentee.client.post(relationshipPath(rel.id, '/decline')), 409);
  });

  test('a side declines a proposed relationship; it cannot be accepted afterwards', async () => {
    const prop = scoreRound.proposals[1];
    const mentee = mentees.find((m) => m.id === prop.mentee_id)!;
    const mentor = [A, B, C].find((m) => m.id === prop.mentor_id)!;
    const rel = (await relationshipsOf(mentor.client, program.id)).find((r) => r.mentee_id === mentee.id);
    const res = await mentor.client.post(relationshipPath(rel.id, '/decline'));
    expectStatus(res, 200);
    expect(res.json).toMatchObject({ id: rel.id, status: 'declined' });
    expectProblem(await mentee.client.post(relationshipPath(rel.id, '/accept')), 409);
    expect((await relationshipsOf(mentee.client, program.id))[0].status).toBe('declined');
  });

  test('a later round leaves matched mentees out and respects the places already taken', async () => {
    const round = await runRound(program.id);
    expectRoundView(round, program.id);
    const rels = new Map<string, any>();
    for (const m of mentees) for (const r of await relationshipsOf(m.client, program.id)) rels.set(m.id, r);
    const holding = [...rels.values()].filter((r) => r.status === 'proposed' || r.status === 'active');
    expect(holding.length).toBe(4); // five published, one declined
    for (const r of holding) {
      expect(round.proposals.some((p: any) => p.mentee_id === r.mentee_id)).toBe(false);
      const u = round.unmatched_mentees.find((x: any) => x.mentee_id === r.mentee_id);
      expect(u, `matched mentee ${r.mentee_name} should be unmatched with a reason`).toBeDefined();
    }
    // Places left: A, B and C hold 5 minus the declined one; the new proposals fit in them.
    const used = countBy(holding, (r: any) => r.mentor_id);
    for (const [mentor, n] of countBy(round.proposals, (p: any) => p.mentor_id)) {
      expect(n + (used.get(mentor) ?? 0), `mentor ${names.get(mentor)} over capacity`).toBeLessThanOrEqual(capacity.get(mentor)!);
    }
    expect(round.proposals.some((p: any) => p.mentor_id === U.id)).toBe(false);
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
  let program: any;
  let BEST: Participant, OTHER: Participant;
  const woman = [{ field: 'gender', value: 'woman', visibility: 'matching' }];

  beforeAll(async () => {
    program = await createProgram({ type: 'one_to_one' });
    await addMentee(program.id, { background: woman });
    await addMentee(program.id, { background: woman });
    BEST = await addMentor(program.id, { capacity: 1, background: woman });
    OTHER = await addMentor(program.id, { capacity: 1 });
  }, SETUP_TIMEOUT);

  test('the default is 100, and K = 2 matches both mentees', async () => {
    const round = await runRound(program.id);
    expectRoundView(round, program.id);
    expect(round.candidates_per_mentee).toBe(100);
    const two = await runRound(program.id, { candidates_per_mentee: 2 });
    expectRoundView(two, program.id);
    expect(two.candidates_per_mentee).toBe(2);
    expect(two.matched).toBe(2);
    expect(two.proposals.map((p: any) => p.mentor_id).sort()).toEqual([BEST.id, OTHER.id].sort());
  });

  test('a round run with K = 1 returns it, and GET, the list and a re-run keep it', async () => {
    const round = await runRound(program.id, { candidates_per_mentee: 1 });
    expectRoundView(round, program.id);
    expect(round.candidates_per_mentee).toBe(1);
    expect(round.matched).toBe(1);
    expect(round.proposals[0].mentor_id).toBe(BEST.id);
    expect(round.unmatched_mentees).toHaveLength(1);
    expect(await getRound(round.id)).toEqual(round);
    const list = await coordinator.get(programPath(program.id, '/match-rounds'));
    expectStatus(list, 200);
    expect(list.json.items.find((r: any) => r.id === round.id)?.candidates_per_mentee).toBe(1);

    const rerun = await coordinator.post(roundPath(round.id, '/rerun'));
    expectStatus(rerun, 200);
    expectRoundView(rerun.json, program.id);
    expect(rerun.json.candidates_per_mentee).toBe(1);
    expect(rerun.json.matched).toBe(1);
    expect(rerun.json.proposals[0].mentor_id).toBe(BEST.id);
    expect(rerun.json.unmatched_mentees).toHaveLength(1);
    expect(await getRound(round.id)).toEqual(rerun.json);
  });
});

// ---------------------------------------------------------------------------------------------

describe('publishing a stale draft', () => {
  test('a mentor who has lost room since the round ran: 409, nothing published', async () => {
    const program = await createProgram();
    const x1 = await addMentee(program.id);
    const x2 = await addMentee(program.id);
    const m = await addMentor(program.id, { capacity: 1 });
    const first = await runRound(program.id, { mentee_ids: [x1.id] });
    const second = await runRound(program.id, { mentee_ids: [x2.id] });
    expect(pairsOf(first)).toEqual([`${x1.id}/${m.id}`]);
    expect(pairsOf(second)).toEqual([`${x2.id}/${m.id}`]);
    expectStatus(await coordinator.post(roundPath(first.id, '/publish')), 200);
    expectProblem(await coordinator.post(roundPath(second.id, '/publish')), 409);
    expect((await getRound(second.id)).status).toBe('draft');
    expect(await relationshipsOf(x2.client, program.id)).toEqual([]);
    expect(await relationshipsOf(m.client, program.id)).toHaveLength(1);
  });

  test('a mentee who has been matched since the round ran does not get a second mentor (one-to-one)', async () => {
    const program = await createProgram({ type: 'one_to_one' });
    const x = await addMentee(program.id);
    const m1 = await addMentor(program.id, { capacity: 2 });
    const m2 = await addMentor(program.id, { capacity: 2 });
    const first = await runRound(program.id, { mentor_ids: [m1.id] });
    const second = await runRound(program.id, { mentor_ids: [m2.id] });
    expect(pairsOf(first)).toEqual([`${x.id}/${m1.id}`]);
    expect(pairsOf(second)).toEqual([`${x.id}/${m2.id}`]);
    expectStatus(await coordinator.post(roundPath(first.id, '/publish')), 200);
    const stale = await coordinator.post(roundPath(second.id, '/publish'));
    const rels = await relationshipsOf(x.client, program.id);
    expect(rels.map((r) => r.mentor_name), `publish answered ${stale.status}`).toEqual([m1.name]);
    expectProblem(stale, 409);
  });
});

// ---------------------------------------------------------------------------------------------

describe('mentee self-match', () => {
  // S is a minor who wants SQL and speaks English and Spanish. M1 (en, es; SQL), M2 (en; SQL),
  // M3 (en, es; Python) and M4 (en; Public speaking) are cleared; U is not screened; Z has no
  // room (capacity 0).
  let program: any;
  let S: Participant;
  let M1: Participant, M2: Participant, M3: Participant, M4: Participant, U: Participant, Z: Participant;
  const req: Record<string, any> = {};

  beforeAll(async () => {
    program = await createProgram({ type: 'one_to_one' });
    S = await addMentee(program.id, { languages: ['en', 'es'] });
    M1 = await addMentor(program.id, { capacity: 2, languages: ['en', 'es'], teach: 'SQL' });
    M2 = await addMentor(program.id, { capacity: 2, languages: ['en'], teach: 'SQL' });
    M3 = await addMentor(program.id, { capacity: 2, languages: ['en', 'es'], teach: 'Python' });
    M4 = await addMentor(program.id, { capacity: 2, languages: ['en'], teach: 'Public speaking' });
    U = await addMentor(program.id, { capacity: 2, languages: ['en', 'es'], teach: 'SQL', cleared: false });
    Z = await addMentor(program.id, { capacity: 0, languages: ['en', 'es'], teach: 'SQL' });
  }, SETUP_TIMEOUT);

  const ids = (list: any[]) => list.map((r) => r.mentor_id).sort();

  test('recommendations: cleared mentors with room, best first, explained', async () => {
    const list = await recommendations(S.client, program.id);
    expectSortedByScore(list);
    expect(ids(list)).toEqual([M1.id, M2.id, M3.id, M4.id].sort());
    // Not the unscreened mentor (S is a minor), nor the one without room.
    expect(ids(list)).not.toContain(U.id);
    expect(ids(list)).not.toContain(Z.id);
    for (const r of list) {
      expect(r.outside_organisation).toBe(false);
      expect(r.requested).toBe(false);
      expect(r.remaining_capacity).toBe(2);
      expect(r.score).toBeGreaterThan(0);
    }
    expect(list.find((r) => r.mentor_id === M1.id).name).toBe(M1.name);
    // M1 teaches the wanted skill and speaks both languages: ahead of M4.
    const rank = (m: Participant) => list.findIndex((r) => r.mentor_id === m.id);
    expect(rank(M1)).toBeLessThan(rank(M4));
  });

  test('filters narrow the list', async () => {
    const all = await recommendations(S.client, program.id, '?limit=200');
    const es = await recommendations(S.client, program.id, '?language=es');
    expect(ids(es)).toEqual([M1.id, M3.id].sort());
    expect(ids(await recommendations(S.client, program.id, '?language=ES'))).toEqual(ids(es));
    const sql = await recommendations(S.client, program.id, '?skill=sql');
    expect(ids(sql)).toEqual([M1.id, M2.id].sort());
    expect(ids(await recommendations(S.client, program.id, '?language=es&skill=SQL'))).toEqual([M1.id]);
    expect(await recommendations(S.client, program.id, '?outside=true')).toEqual([]);
    expect(ids(await recommendations(S.client, program.id, '?outside=false'))).toEqual(ids(all));
    const two = await recommendations(S.client, program.id, '?limit=2');
    expect(two).toEqual(all.slice(0, 2));
    // Page by page with the cursor: the same ranking, no repeats, no gaps, null at the end.
    const walked: any[] = [];
    let cursor: string | null = null;
    do {
      const q: string = cursor ? `?limit=2&cursor=${encodeURIComponent(cursor)}` : '?limit=2';
      const res = await S.client.get(programPath(program.id, `/recommendations${q}`));
      expectStatus(res, 200);
      walked.push(...res.json.items);
      cursor = res.json.next_cursor;
    } while (cursor !== null && walked.length <= all.length);
    expect(walked).toEqual(all);
    for (const sub of [es, sql]) {
      for (const r of sub) expect(all).toContainEqual(r);
    }
  });

  test('invalid filters are a 400 naming the parameter', async () => {
    expectFieldError(await S.client.get(programPath(program.id, '/recommendations?outside=maybe')), 'outside');
    expectFieldError(await S.client.get(programPath(program.id, '/recommendations?limit=0')), 'limit');
    expectFieldError(await S.client.get(programPath(program.id, '/recommendations?limit=201')), 'limit');
    expectFieldError(await S.client.get(programPath(program.id, '/recommendations?cursor=forged')), 'cursor');
    expectFieldError(await S.client.get(programPath(program.id, '/recommendations?limit=ten')), 'limit');
  });

  test('only active mentees of the program get recommendations', async () => {
    // A mentor (no mentee role): 403. A Lincoln mentee outside the program: 409. Another
    // organisation: 404.
    expectProblem(await M1.client.get(programPath(program.id, '/recommendations')), 403);
    const student = await signIn(DEMO.lincoln.student);
    expectProblem(await student.get(programPath(program.id, '/recommendations')), 409);
    expectProblem(await student.post(programPath(program.id, '/requests'), { mentor_id: M1.id }), 409);
    expectProblem(await northwindCoordinator.get(programPath(program.id, '/recommendations')), 404);
  });

  test('request three mentors: 201 each; a fourth, a duplicate or an unscreened mentor is a 409', async () => {
    const recs = await recommendations(S.client, program.id);
    for (const [key, m] of [['m1', M1], ['m2', M2], ['m3', M3]] as const) {
      const res = await S.client.post(programPath(program.id, '/requests'), {
        mentor_id: m.id,
        message: `  Hello ${key}!  `,
      });
      expectStatus(res, 201);
      expectMentorRequest(res.json);
      expect(res.json).toMatchObject({
        organisation_id: lincoln.id,
        program_id: program.id,
        program_name: program.name,
        mentee_id: S.id,
        mentee_name: S.name,
        mentor_id: m.id,
        mentor_name: m.name,
        message: `Hello ${key}!`,
        status: 'pending',
        decline_reason: '',
        decided_at: null,
        score: recs.find((r) => r.mentor_id === m.id).score,
      });
      expect(res.json.explanation.length).toBeGreaterThan(0);
      // Expires after the program's request_expiry_days (7 by default).
      const days = (Date.parse(res.json.expires_at) - Date.parse(res.json.created_at)) / 86_400_000;
      expect(Math.abs(days - 7)).toBeLessThan(0.001);
      req[key] = res.json;
    }
    const path = programPath(program.id, '/requests');
    expectProblem(await S.client.post(path, { mentor_id: M1.id }), 409); // duplicate
    expectProblem(await S.client.post(path, { mentor_id: M4.id }), 409); // a fourth
    expect((await myRequests(S, program.id)).map((r) => r.id).sort()).toEqual([req.m1.id, req.m2.id, req.m3.id].sort());

    const recsAfter = await recommendations(S.client, program.id);
    for (const r of recsAfter) expect(r.requested).toBe([M1.id, M2.id, M3.id].includes(r.mentor_id));
  });

  test('request validation: 400 naming the field; an unscreened mentor is a 409', async () => {
    const path = programPath(program.id, '/requests');
    // Withdraw one so that the 3-request limit does not hide the other answers.
    const w = await S.client.post(requestPath(req.m3.id, '/withdraw'));
    expectStatus(w, 200);
    expect(w.json).toMatchObject({ id: req.m3.id, status: 'withdrawn' });
    expect(isUtcTimestamp(w.json.decided_at)).toBe(true);
    expectProblem(await S.client.post(requestPath(req.m3.id, '/withdraw')), 409);
    expectProblem(await M3.client.post(requestPath(req.m3.id, '/accept')), 409);

    expectFieldError(await S.client.post(path, {}), 'mentor_id');
    expectFieldError(await S.client.post(path, { mentor_id: S.id }), 'mentor_id');
    expectFieldError(await S.client.post(path, { mentor_id: M4.id, message: 'x'.repeat(2001) }), 'message');
    expectFieldError(await S.client.post(path, { mentor_id: M4.id, colour: 'teal' }), 'colour');
    expectProblem(await S.client.post(path, { mentor_id: U.id }), 409); // hard constraint: screening
    const open = (await myRequests(S, program.id)).filter((r) => r.status === 'pending');
    expect(open.map((r) => r.mentor_id).sort()).toEqual([M1.id, M2.id].sort());
  });

  test('the mentor sees the request and a notification', async () => {
    const res = await M1.client.get(`${V1}/me/requests`);
    expectStatus(res, 200);
    for (const r of res.json.items) expectMentorRequest(r);
    expect(res.json.items.find((r: any) => r.id === req.m1.id)).toMatchObject({ status: 'pending', mentee_id: S.id });
    const notes = await notificationsOf(M1.client);
    expect(notes.some((n) => n.kind === 'request_received' && n.organisation_id === lincoln.id)).toBe(true);
    // Not someone else's.
    const other = await M4.client.get(`${V1}/me/requests`);
    expect(other.json.items.find((r: any) => r.id === req.m1.id)).toBeUndefined();
  });

  test('declining needs a reason (400 naming reason); only the requested mentor may answer', async () => {
    // M4 is requested now (there is room again after the withdrawal).
    const res = await S.client.post(programPath(program.id, '/requests'), { mentor_id: M4.id });
    expectStatus(res, 201);
    req.m4 = res.json;
    expectFieldError(await M4.client.post(requestPath(req.m4.id, '/decline'), {}), 'reason');
    expectFieldError(await M4.client.post(requestPath(req.m4.id, '/decline'), { reason: '   ' }), 'reason');
    expectFieldError(await M4.client.post(requestPath(req.m4.id, '/decline'), { reason: 'x'.repeat(1001) }), 'reason');
    expectProblem(await M2.client.post(requestPath(req.m4.id, '/decline'), { reason: 'Not mine' }), 404);
    expectProblem(await M2.client.post(requestPath(req.m4.id, '/accept')), 404);
    expectProblem(await S.client.post(requestPath(req.m4.id, '/accept')), 404);
    expectProblem(await M4.client.post(requestPath(req.m4.id, '/withdraw')), 404);
    expect((await myRequests(S, program.id)).find((r) => r.id === req.m4.id).status).toBe('pending');

    const decline = await M4.client.post(requestPath(req.m4.id, '/decline'), { reason: 'My calendar is full this term.' });
    expectStatus(decline, 200);
    expectMentorRequest(decline.json);
    expect(decline.json).toMatchObject({ id: req.m4.id, status: 'declined', decline_reason: 'My calendar is full this term.' });
    expectProblem(await M4.client.post(requestPath(req.m4.id, '/accept')), 409);
    const notes = await notificationsOf(S.client);
    expect(notes.some((n) => n.kind === 'request_declined' && n.text.includes('My calendar is full this term.'))).toBe(true);
  });

  test('a mentor accepts: the other open requests are withdrawn and the mentee has an active relationship', async () => {
    const res = await M1.client.post(requestPath(req.m1.id, '/accept'));
    expectStatus(res, 200);
    expectMentorRequest(res.json);
    expect(res.json).toMatchObject({ id: req.m1.id, status: 'accepted' });

    const mine = await myRequests(S, program.id);
    const status = Object.fromEntries(mine.map((r) => [r.mentor_id, r.status]));
    expect(status).toEqual({ [M1.id]: 'accepted', [M2.id]: 'withdrawn', [M3.id]: 'withdrawn', [M4.id]: 'declined' });
    expectProblem(await M2.client.post(requestPath(req.m2.id, '/accept')), 409);

    const rels = await relationshipsOf(S.client, program.id);
    expect(rels).toHaveLength(1);
    expect(rels[0]).toMatchObject({
      mentee_id: S.id,
      mentor_id: M1.id,
      status: 'active',
      source: 'request',
      mentee_accepted: true,
      mentor_accepted: true,
      score: req.m1.score,
    });
    expect((await relationshipsOf(M1.client, program.id)).map((r) => r.id)).toEqual([rels[0].id]);
    const notes = await notificationsOf(S.client);
    expect(notes.some((n) => n.kind === 'request_accepted' && n.link.includes(rels[0].id))).toBe(true);

    // One mentor per mentee here: no further requests.
    expectProblem(await S.client.post(programPath(program.id, '/requests'), { mentor_id: M3.id }), 409);
    // M1 has one place left.
    const recs = await recommendations(S.client, program.id, '?limit=100');
    expect(recs.find((r) => r.mentor_id === M1.id)).toBeUndefined(); // already S's mentor
  });

  test('a mentor without room cannot accept (409); the first acceptance takes the last place', async () => {
    const f = await addMentor(program.id, { capacity: 1, teach: 'SQL' });
    const s2 = await addMentee(program.id);
    const s3 = await addMentee(program.id);
    const r2 = await s2.client.post(programPath(program.id, '/requests'), { mentor_id: f.id });
    expectStatus(r2, 201);
    const r3 = await s3.client.post(programPath(program.id, '/requests'), { mentor_id: f.id });
    expectStatus(r3, 201);
    expectStatus(await f.client.post(requestPath(r2.json.id, '/accept')), 200);
    expectProblem(await f.client.post(requestPath(r3.json.id, '/accept')), 409);
    expect((await myRequests(s3, program.id))[0].status).toBe('pending');
    expect(await relationshipsOf(s3.client, program.id)).toEqual([]);
    // A full mentor is no longer recommended.
    const recs = await recommendations(s3.client, program.id, '?limit=100');
    expect(recs.find((r) => r.mentor_id === f.id)).toBeUndefined();
    expect(recs.find((r) => r.mentor_id === M1.id)?.remaining_capacity).toBe(1);
  });
});

// ---------------------------------------------------------------------------------------------

describe('a request explained to each side', () => {
  // K wants SQL from level 1 to 3; T teaches SQL at level 5. Their own program, so nothing else
  // is requested or matched there.
  let program: any;
  let K: Participant, T: Participant;

  beforeAll(async () => {
    program = await createProgram({ type: 'one_to_one' });
    K = await addMentee(program.id);
    T = await addMentor(program.id, { capacity: 1 });
  }, SETUP_TIMEOUT);

  test("the mentor reads the mentor's wording, the mentee keeps theirs: same request, same score", async () => {
    const created = await K.client.post(programPath(program.id, '/requests'), { mentor_id: T.id });
    expectStatus(created, 201);
    expectMentorRequest(created.json);
    expectBothSides(created.json);

    const asMentee = (await myRequests(K, program.id)).find((r) => r.id === created.json.id);
    const incoming = await T.client.get(`${V1}/me/requests`);
    expectStatus(incoming, 200);
    for (const r of incoming.json.items) expectMentorRequest(r);
    const asMentor = incoming.json.items.find((r: any) => r.id === created.json.id);
    expect(asMentee, JSON.stringify(asMentee)).toBeDefined();
    expect(asMentor, JSON.stringify(incoming.json)).toBeDefined();
    expect(asMentor).toEqual(asMentee);
    expect(asMentor.score).toBe(created.json.score);
    expect(asMentee.explanation).toContain('teaches SQL at level 5, you want level 3');
    expect(asMentor.mentor_explanation).toContain('wants to learn SQL to level 3, you teach it at level 5');
    expect(asMentor.mentor_explanation).toMatch(/shares your interest in [^(]*chess/i);
    expectBothSides(asMentor);

    // Accepting keeps both wordings on the relationship, which each side reads.
    const accepted = await T.client.post(requestPath(created.json.id, '/accept'));
    expectStatus(accepted, 200);
    const [menteeRel] = await relationshipsOf(K.client, program.id);
    const [mentorRel] = await relationshipsOf(T.client, program.id);
    expect(mentorRel).toEqual(menteeRel);
    expect(mentorRel).toMatchObject({
      source: 'request',
      score: asMentor.score,
      explanation: asMentee.explanation,
      mentor_explanation: asMentor.mentor_explanation,
    });
  });
});

// ---------------------------------------------------------------------------------------------

describe('preferred mentor gender', () => {
  // P is a woman who would prefer a man as her mentor. MAN shows his gender to participants
  // (spelt "Man"), HIDDEN is a man who keeps his gender private, WOMAN shows hers. Nobody else
  // shares a background answer, so background points can only come from P's preference.
  // (Answers kept from participants never show in recommendations: tests/api/visibility.test.ts.)
  let program: any;
  let P: Participant, MAN: Participant, HIDDEN: Participant, WOMAN: Participant;
  const gender = (value: string, visibility = 'participants') => [{ field: 'gender', value, visibility }];

  beforeAll(async () => {
    program = await createProgram({ type: 'one_to_one' });
    P = await addMentee(program.id, {
      background: gender('woman'),
      mentee: { wants_outside_mentor: false, preferred_mentor_gender: 'man' },
    });
    MAN = await addMentor(program.id, { capacity: 1, background: gender('Man') });
    HIDDEN = await addMentor(program.id, { capacity: 1, background: gender('man', 'private') });
    WOMAN = await addMentor(program.id, { capacity: 1, background: gender('woman') });
  }, SETUP_TIMEOUT);

  const backgroundReasons = (r: any): string[] =>
    r.explanation.contributions.filter((c: any) => c.criterion === 'background').map((c: any) => c.reason);

  test('only a mentor who shares the preferred gender earns background points, explained as the preference', async () => {
    const list = await recommendations(P.client, program.id);
    const of = (m: Participant) => list.find((r) => r.mentor_id === m.id);
    expect(list.map((r) => r.mentor_id).sort()).toEqual([MAN.id, HIDDEN.id, WOMAN.id].sort());
    expect(backgroundReasons(of(MAN))).toEqual(['matches your preferred mentor gender: man']);
    expect(of(MAN).explanation.text).toContain('matches your preferred mentor gender: man');
    // Her own gender is not a wish once she states a preference; a private gender never counts.
    expect(backgroundReasons(of(WOMAN))).toEqual([]);
    expect(backgroundReasons(of(HIDDEN))).toEqual([]);
    expect(list[0].mentor_id).toBe(MAN.id);
  });

  test('with background set to must, only mentors who meet the preference are recommended or proposed', async () => {
    const input = settingsInput(await settingsOf(program.id));
    (input.priorities as any).background = 'must';
    expectStatus(await coordinator.put(programPath(program.id, '/matching/settings'), input), 200);

    const list = await recommendations(P.client, program.id);
    expect(list.map((r) => r.mentor_id)).toEqual([MAN.id]);
    const round = await runRound(program.id);
    expectRoundView(round, program.id);
    expect(pairsOf(round)).toEqual([`${P.id}/${MAN.id}`]);
    expect(round.proposals[0].explanation).toContain('matches your preferred mentor gender: man');

    // Without the preference her own gender is an ordinary "shares your background" wish again.
    await putProfile(P, {
      ...(await P.client.get(`${V1}/me/profile`)).json,
      person_id: undefined,
      updated_at: undefined,
      mentee: { wants_outside_mentor: false, preferred_mentor_gender: '' },
    });
    const after = await recommendations(P.client, program.id);
    expect(after.map((r) => r.mentor_id)).toEqual([WOMAN.id]);
    expect(backgroundReasons(after[0])).toEqual(['shares your background: gender woman']);
  });
});

describe('the seeded program (read-only checks and draft rounds)', () => {
  let career: any;
  let student: Client;
  let studentId: string;
  let jordanId: string;
  let mentorEnrollments: any[];

  beforeAll(async () => {
    career = await programByName(coordinator, lincoln.id, DEMO.programs.careerPathways);
    student = await signIn(DEMO.lincoln.student);
    studentId = (await student.get(`${V1}/me`)).json.id;
    const jordan = await signIn(DEMO.northwind.mentor);
    jordanId = (await jordan.get(`${V1}/me`)).json.id;
    mentorEnrollments = await listAll(coordinator, programPath(career.id, '/enrollments?role=mentor&status=active'));
  });

  const cleared = (mentorId: string) =>
    mentorEnrollments.some((e) => e.person_id === mentorId && e.screening_cleared && e.training_complete);

  test('the student (a minor) gets explained recommendations of screened and trained mentors only', async () => {
    const all = await recommendations(student, career.id, '?limit=200');
    expect(all.length).toBeGreaterThan(0);
    expectSortedByScore(all);
    for (const r of all) expect(cleared(r.mentor_id), `${r.name} is not cleared for youth`).toBe(true);
    expect(new Set(all.map((r) => r.mentor_id)).size).toBe(all.length);

    const top = await recommendations(student, career.id);
    expect(top.length).toBeLessThanOrEqual(50);
    expect(top.map((r) => r.score)).toEqual(all.slice(0, top.length).map((r) => r.score));

    const es = await recommendations(student, career.id, '?language=es&limit=200');
    expect(es.length).toBeLessThanOrEqual(all.length);
    for (const r of es) expect(all.map((x) => x.mentor_id)).toContain(r.mentor_id);
    expectSortedByScore(es);

    const outside = await recommendations(student, career.id, '?outside=true&limit=200');
    expect(outside.every((r) => r.outside_organisation)).toBe(true);
    expect(outside.length).toBe(all.filter((r) => r.outside_organisation).length);
    // Jordan Patel (Northwind) mentors here, is cleared and takes external mentees.
    const jordan = all.find((r) => r.mentor_id === jordanId);
    if (jordan) expect(jordan.outside_organisation).toBe(true);
  });

  test('draft rounds over the whole program keep every limit; coverage matches at least as many', async () => {
    const settings = await settingsOf(career.id);
    const mentees = await listAll(coordinator, programPath(career.id, '/enrollments?role=mentee&status=active'));
    const menteeIds = new Set(mentees.map((e: any) => e.person_id));
    const mentorIds = new Set(mentorEnrollments.map((e: any) => e.person_id));

    const score = await runRound(career.id, { objective: 'score' });
    const coverage = await runRound(career.id, { objective: 'coverage' });
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
      expect(round.proposals.filter((p: any) => p.mentor_id === jordanId).length).toBeLessThanOrEqual(3);
      // Everyone in scope is either matched or unmatched with a reason.
      const seen = new Set([...round.proposals.map((p: any) => p.mentee_id), ...round.unmatched_mentees.map((u: any) => u.mentee_id)]);
      expect(seen).toEqual(menteeIds);
    }
    expect(coverage.matched).toBeGreaterThanOrEqual(score.matched);
  });
});
