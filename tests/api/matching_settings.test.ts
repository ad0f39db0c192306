// A program's matching settings (issue 3): every criterion's priority and the other settings,
// validation, and who may read or change them.

import { Client } from './client';
import { expectFieldError, expectProblem, expectStatus } from './helpers';
import { CRITERIA, PRIORITIES, settingsInput, settingsOf } from './fixtures/matching_settings';
import { orgBySlug, orgPath, staffOf, type Staff } from './fixtures/organisations';
import { addMentee, createProgram, programByName, programPath, type Participant } from './fixtures/programs';
import { DEMO, signIn } from './fixtures/session';
import type { MatchingSettings, Organisation, Program, Schemas } from './schema';

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

describe('matching settings', () => {
  let program: Program;
  let mentee: Participant;

  beforeAll(async () => {
    program = await createProgram(staff, { type: 'one_to_one' });
    mentee = await addMentee(staff, program.id);
  }, SETUP_TIMEOUT);

  test('GET lists all nine criteria with a priority each, and the other settings', async () => {
    const s = await settingsOf(staff, program.id);
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
    const s = await settingsOf(staff, career.id);
    expect(s.program_id).toBe(career.id);
    expect(Object.keys(s.priorities).sort()).toEqual([...CRITERIA].sort());
    for (const c of CRITERIA) expect(PRIORITIES).toContain(s.priorities[c]);
    expect(s.max_mentors_per_mentee).toBeGreaterThanOrEqual(1);
    expect(s.request_expiry_days).toBeGreaterThanOrEqual(1);
  });

  test('PUT changes a priority and the settings round-trip', async () => {
    const before = await settingsOf(staff, program.id);
    const language = before.priorities.language === 'must' ? 'high' : 'must';
    const input = settingsInput(before);
    input.priorities.language = language;
    Object.assign(input, {
      max_mentors_per_mentee: 2,
      require_acceptance: false,
      request_expiry_days: 14,
      priority_field: 'first_generation',
      priority_value: 'yes',
    });
    const res = await coordinator.put<MatchingSettings>(programPath(lincoln.id, program.id, '/matching/settings'), input);
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
    expect(await settingsOf(staff, program.id)).toEqual(expected);

    // What GET returns can be sent back as it is (program_id included), and priorities left
    // out take the program type's defaults.
    const back = await coordinator.put<MatchingSettings>(programPath(lincoln.id, program.id, '/matching/settings'), {
      ...before,
      priorities: { skills: before.priorities.skills },
    });
    expectStatus(back, 200);
    expect(back.json).toEqual(before);
    expect(await settingsOf(staff, program.id)).toEqual(before);
  });

  /** A settings body to break: any field may be given any value. */
  type Breakable = { [field: string]: unknown; priorities: { [criterion: string]: unknown } };
  const invalid: Array<[string, string, (s: Breakable) => void]> = [
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
      const before = await settingsOf(staff, program.id);
      const input: Breakable = { ...settingsInput(before), priorities: { ...before.priorities } };
      mutate(input);
      expectFieldError(await coordinator.put<MatchingSettings>(programPath(lincoln.id, program.id, '/matching/settings'), input), field);
      expect(await settingsOf(staff, program.id)).toEqual(before);
    });
  }

  test('a mentee or mentor of the organisation gets 403', async () => {
    const before = await settingsOf(staff, program.id);
    const path = programPath(lincoln.id, program.id, '/matching/settings');
    expectProblem(await mentee.client.get(path), 403);
    expectProblem(await mentee.client.put(path, settingsInput(before)), 403);
    const student = await signIn(DEMO.lincoln.student);
    expectProblem(await student.get(path), 403);
    const mentor = await signIn(DEMO.northwind.mentor); // a mentor at Lincoln too
    expectProblem(await mentor.get(path), 403);
    expect(await settingsOf(staff, program.id)).toEqual(before);
  });

  test('another organisation’s staff get 404; unknown programs are 404', async () => {
    const before = await settingsOf(staff, program.id);
    const path = programPath(lincoln.id, program.id, '/matching/settings');
    expectProblem(await northwindCoordinator.get(path), 404);
    expectProblem(await northwindCoordinator.put(path, settingsInput(before)), 404);
    expectProblem(await northwindCoordinator.get<Schemas['MatchingSettings']>(orgPath(northwind.id, `/programs/${program.id}/matching/settings`)), 404);
    expectProblem(await coordinator.get<Schemas['MatchingSettings']>(programPath(lincoln.id, '999999999', '/matching/settings')), 404);
    expect(await settingsOf(staff, program.id)).toEqual(before);
  });
});
