// Programs: CRUD and validation, applications, approval, enrollment filters and mentor checks.

import { Client, V1 } from './client';
import { expectFieldError, expectProblem, expectStatus, isUtcTimestamp, listAll, short } from './helpers';
import { orgBySlug, orgPath } from './fixtures/organisations';
import { createUser, type NewUser } from './fixtures/people';
import { programByName, programInput } from './fixtures/programs';
import { DEMO, signIn } from './fixtures/session';
import type { Enrollment, Organisation, Page, Program, ProgramInput, Schemas } from './schema';

let coordinator: Client;
let lincolnAdmin: Client;
let lincoln: Organisation;

beforeAll(async () => {
  coordinator = await signIn(DEMO.lincoln.coordinator);
  lincolnAdmin = await signIn(DEMO.lincoln.admin);
  lincoln = await orgBySlug(coordinator, DEMO.lincoln.slug);
});

function programs(rest = ''): string {
  return orgPath(lincoln.id, `/programs${rest}`);
}

async function createProgram(overrides: Partial<ProgramInput> = {}, as: Client = coordinator): Promise<Schemas['Program']> {
  const res = await as.post<Schemas['Program']>(programs(), programInput(overrides));
  expectStatus(res, 201);
  return res.json;
}

async function getProgram(id: string, as: Client = coordinator): Promise<Schemas['Program']> {
  const res = await as.get<Schemas['Program']>(programs(`/${id}`));
  expectStatus(res, 200);
  return res.json;
}

async function listNames(as: Client = coordinator): Promise<string[]> {
  return (await listAll<Program>(as, programs())).map((p) => p.name);
}

async function apply(user: NewUser, programId: string, role: 'mentor' | 'mentee', message = 'I would like to join.') {
  return user.client.post<Schemas['Enrollment']>(programs(`/${programId}/applications`), { role, message });
}

function enrollmentPath(programId: string, enrollmentId: string, rest = ''): string {
  return programs(`/${programId}/enrollments/${enrollmentId}${rest}`);
}

describe('creating, reading, updating and listing programs', () => {
  test('a coordinator creates a program; it reads back with zero counts', async () => {
    const input = programInput({ type: 'group', audience: 'youth', default_mentor_capacity: 4 });
    const res = await coordinator.post<Program>(programs(), input);
    expectStatus(res, 201);
    const p = res.json;
    expect(p).toMatchObject(input);
    expect(p.id).toBeTypeOf('string');
    expect(p.organisation_id).toBe(lincoln.id);
    expect(isUtcTimestamp(p.created_at)).toBe(true);
    expect(p.counts).toEqual({ mentors: 0, mentees: 0, pending: 0 });

    expect(await getProgram(p.id)).toEqual(p);
    const list = await listAll<Program>(coordinator, programs());
    expect(list.find((x) => x.id === p.id)).toEqual(p);
  });

  test('an org admin can create programs too', async () => {
    const p = await createProgram({}, lincolnAdmin);
    expect((await getProgram(p.id)).name).toBe(p.name);
  });

  test('PUT replaces the program; id, created_at and counts are kept', async () => {
    const p = await createProgram();
    const update = programInput({
      name: `Renamed ${short()}`,
      description: 'New description',
      type: 'peer',
      audience: 'adult',
      start_date: null,
      end_date: null,
      default_mentor_capacity: 50,
      requires_approval: false,
      status: 'closed',
    });
    const res = await coordinator.put<Schemas['Program']>(programs(`/${p.id}`), update);
    expectStatus(res, 200);
    expect(res.json).toMatchObject(update);
    expect(res.json.id).toBe(p.id);
    expect(res.json.created_at).toBe(p.created_at);
    expect(res.json.organisation_id).toBe(lincoln.id);
    expect(await getProgram(p.id)).toEqual(res.json);
    const names = await listNames();
    expect(names).toContain(update.name);
    expect(names).not.toContain(p.name);
  });

  test('a new program without a status starts as a draft, hidden from participants until opened', async () => {
    const input: Partial<ProgramInput> = programInput();
    delete input.status;
    const res = await coordinator.post<Program>(programs(), input);
    expectStatus(res, 201);
    expect(res.json.status).toBe('draft');
    const mentee = await createUser({ orgSlug: DEMO.lincoln.slug, roles: ['mentee'] });
    expectProblem(await mentee.client.get(programs(`/${res.json.id}`)), 404);
    const opened = await coordinator.put<Program>(programs(`/${res.json.id}`), { ...programInput(), status: 'open' });
    expectStatus(opened, 200);
    expect(opened.json.status).toBe('open');
    expectStatus(await mentee.client.get(programs(`/${res.json.id}`)), 200);
  });

  test('an evergreen program has null dates', async () => {
    const p = await createProgram({ start_date: null, end_date: null });
    const got = await getProgram(p.id);
    expect(got.start_date).toBeNull();
    expect(got.end_date).toBeNull();
  });

  test('every program type and audience is accepted', async () => {
    for (const type of ['one_to_one', 'group', 'peer', 'flash'] as const) {
      for (const audience of ['youth', 'adult'] as const) {
        const p = await createProgram({ type, audience });
        expect(p.type).toBe(type);
        expect(p.audience).toBe(audience);
      }
    }
  });

  test('capacity bounds 1 and 50 are accepted', async () => {
    expect((await createProgram({ default_mentor_capacity: 1 })).default_mentor_capacity).toBe(1);
    expect((await createProgram({ default_mentor_capacity: 50 })).default_mentor_capacity).toBe(50);
  });

  test('the demo programs are listed for members', async () => {
    const student = await signIn(DEMO.lincoln.student);
    const p = await programByName(student, lincoln.id, DEMO.programs.careerPathways);
    expect(p).toMatchObject({ audience: 'youth', type: 'one_to_one', requires_approval: true });
    const northwindAdmin = await signIn(DEMO.northwind.admin);
    const northwind = await orgBySlug(northwindAdmin, DEMO.northwind.slug);
    const g = await programByName(northwindAdmin, northwind.id, DEMO.programs.growthCircles);
    expect(g).toMatchObject({ audience: 'adult', type: 'group' });
  });

  test('drafts are listed for coordinators but not for mentees', async () => {
    const draft = await createProgram({ status: 'draft' });
    expect(await listNames(coordinator)).toContain(draft.name);
    expect(await listNames(lincolnAdmin)).toContain(draft.name);
    const mentee = await createUser({ orgSlug: DEMO.lincoln.slug, roles: ['mentee'] });
    const names = await listNames(mentee.client);
    expect(names).not.toContain(draft.name);
    expect(names).toContain(DEMO.programs.careerPathways);
    // A member may read programs, but a draft is not confirmed to exist for them (as it is not listed).
    expectProblem(await mentee.client.get<Schemas['Program']>(programs(`/${draft.id}`)), 404, { type: 'not-found', detail: /^No such program\.$/ });
  });
});

describe('program validation (400 naming the field; nothing saved)', () => {
  const cases: Array<[string, string, Partial<ProgramInput> & Record<string, unknown>]> = [
    ['an empty name', 'name', { name: '' }],
    ['a capacity of 0', 'default_mentor_capacity', { default_mentor_capacity: 0 }],
    ['a capacity of 51', 'default_mentor_capacity', { default_mentor_capacity: 51 }],
    ['an end date before the start date', 'end_date', { start_date: '2026-09-01', end_date: '2026-08-31' }],
    ['an unknown type', 'type', { type: 'mentoring' as unknown as never }],
    ['an unknown audience', 'audience', { audience: 'kids' as unknown as never }],
    ['an unknown status', 'status', { status: 'archived' as unknown as never }],
    ['an impossible date', 'start_date', { start_date: '2026-13-01' }],
    ['a date-time instead of a date', 'start_date', { start_date: '2026-09-01T00:00:00Z' }],
    ['a string capacity', 'default_mentor_capacity', { default_mentor_capacity: '3' as unknown as never }],
    ['a string boolean', 'requires_approval', { requires_approval: 'yes' as unknown as never }],
    ['an unknown field', 'colour', { colour: 'teal' }],
    ['read-only counts', 'counts', { counts: { mentors: 5, mentees: 5, pending: 0 } }],
  ];

  for (const [what, field, override] of cases) {
    test(`${what} → 400 naming ${field}`, async () => {
      const name = `Invalid ${short()}`;
      const res = await coordinator.post(programs(), programInput({ name, ...override }));
      expectFieldError(res, field);
      const names = await listNames();
      expect(names).not.toContain(name);
      if (override.name !== undefined) expect(names).not.toContain(override.name);
    });
  }

  test('a missing required field → 400 naming it', async () => {
    for (const field of ['name', 'type', 'audience', 'default_mentor_capacity', 'requires_approval'] as const) {
      const input: Partial<ProgramInput> = programInput();
      delete input[field];
      const res = await coordinator.post<Program>(programs(), input);
      expectFieldError(res, field);
      if (input.name) expect(await listNames()).not.toContain(input.name);
    }
  });

  test('an invalid update is refused and the program is unchanged', async () => {
    const p = await createProgram();
    const bad = await coordinator.put<Schemas['Program']>(programs(`/${p.id}`), programInput({ name: p.name, default_mentor_capacity: 0 }));
    expectFieldError(bad, 'default_mentor_capacity');
    const bad2 = await coordinator.put<Schemas['Program']>(programs(`/${p.id}`), programInput({ name: '' }));
    expectFieldError(bad2, 'name');
    expect(await getProgram(p.id)).toEqual(p);
  });
});

describe('applications and approval', () => {
  test('applying to a program that needs approval gives a pending enrollment; duplicate is 409', async () => {
    const p = await createProgram({ requires_approval: true });
    const mentee = await createUser({ orgSlug: DEMO.lincoln.slug, roles: ['mentee'], namePrefix: 'applicant' });
    const res = await apply(mentee, p.id, 'mentee', 'Please take me!');
    expectStatus(res, 201);
    const e = res.json;
    expect(e).toMatchObject({
      program_id: p.id,
      program_name: p.name,
      person_id: mentee.id,
      person_name: mentee.name,
      person_email: mentee.email,
      organisation_id: lincoln.id,
      role: 'mentee',
      status: 'pending',
      source: 'application',
      message: 'Please take me!',
      screening_cleared: false,
      training_complete: false,
    });
    expect(e.id).toBeTypeOf('string');
    expect(e.home_organisation_name).toContain(DEMO.lincoln.name);
    expect(isUtcTimestamp(e.created_at)).toBe(true);
    expect((await getProgram(p.id)).counts).toEqual({ mentors: 0, mentees: 0, pending: 1 });

    const dup = await apply(mentee, p.id, 'mentee', 'Again');
    expectProblem(dup, 409);
    expect((await getProgram(p.id)).counts).toEqual({ mentors: 0, mentees: 0, pending: 1 });

    const mine = await mentee.client.get<Page<Schemas['Enrollment']>>(`${V1}/me/enrollments`);
    expectStatus(mine, 200);
    expect(mine.json.items.filter((x) => x.program_id === p.id)).toEqual([e]);
  });

  test('a coordinator approves: the enrollment becomes active and counts move', async () => {
    const p = await createProgram({ requires_approval: true });
    const mentee = await createUser({ orgSlug: DEMO.lincoln.slug, roles: ['mentee'] });
    const e = (await apply(mentee, p.id, 'mentee')).json;
    const res = await coordinator.post<Enrollment>(enrollmentPath(p.id, e.id, '/approve'));
    expectStatus(res, 200);
    expect(res.json.id).toBe(e.id);
    expect(res.json.status).toBe('active');
    expect((await getProgram(p.id)).counts).toEqual({ mentors: 0, mentees: 1, pending: 0 });
    const mine = await mentee.client.get<Page<Schemas['Enrollment']>>(`${V1}/me/enrollments`);
    expect(mine.json.items.find((x) => x.id === e.id)?.status).toBe('active');
    // Still enrolled, so applying again in the same role is a conflict.
    expectProblem(await apply(mentee, p.id, 'mentee'), 409);
  });

  test('a coordinator declines: the enrollment is declined and not counted', async () => {
    const p = await createProgram({ requires_approval: true });
    const mentor = await createUser({ orgSlug: DEMO.lincoln.slug, roles: ['mentor'] });
    const e = (await apply(mentor, p.id, 'mentor')).json;
    expect((await getProgram(p.id)).counts).toEqual({ mentors: 0, mentees: 0, pending: 1 });
    const res = await lincolnAdmin.post<Enrollment>(enrollmentPath(p.id, e.id, '/decline'));
    expectStatus(res, 200);
    expect(res.json.status).toBe('declined');
    expect((await getProgram(p.id)).counts).toEqual({ mentors: 0, mentees: 0, pending: 0 });
    const list = await coordinator.get<Page<Schemas['Enrollment']>>(programs(`/${p.id}/enrollments`));
    expect(list.json.items.find((x) => x.id === e.id)?.status).toBe('declined');
  });

  test('without approval an application is active at once', async () => {
    const p = await createProgram({ requires_approval: false });
    const mentor = await createUser({ orgSlug: DEMO.lincoln.slug, roles: ['mentor'] });
    const res = await apply(mentor, p.id, 'mentor', '');
    expectStatus(res, 201);
    expect(res.json.status).toBe('active');
    expect(res.json.role).toBe('mentor');
    expect((await getProgram(p.id)).counts).toEqual({ mentors: 1, mentees: 0, pending: 0 });
  });

  test('the same person may hold both roles in one program', async () => {
    const p = await createProgram({ requires_approval: false, type: 'peer' });
    const user = await createUser({ orgSlug: DEMO.lincoln.slug, roles: ['mentor', 'mentee'] });
    expectStatus(await apply(user, p.id, 'mentor'), 201);
    expectStatus(await apply(user, p.id, 'mentee'), 201);
    expect((await getProgram(p.id)).counts).toEqual({ mentors: 1, mentees: 1, pending: 0 });
  });

  test('an invalid application role is a 400 naming it', async () => {
    const p = await createProgram();
    const mentee = await createUser({ orgSlug: DEMO.lincoln.slug, roles: ['mentee'] });
    expectFieldError(await mentee.client.post<Schemas['Enrollment']>(programs(`/${p.id}/applications`), { role: 'coordinator', message: '' }), 'role');
    expectFieldError(await mentee.client.post<Schemas['Enrollment']>(programs(`/${p.id}/applications`), { message: 'hi' }), 'role');
    expect((await getProgram(p.id)).counts).toEqual({ mentors: 0, mentees: 0, pending: 0 });
  });

  test('mentees cannot approve, decline, edit or list enrollments', async () => {
    const p = await createProgram({ requires_approval: true });
    const applicant = await createUser({ orgSlug: DEMO.lincoln.slug, roles: ['mentee'] });
    const e = (await apply(applicant, p.id, 'mentee')).json;
    // The applicant themself:
    expectProblem(await applicant.client.post(enrollmentPath(p.id, e.id, '/approve')), 403);
    expectProblem(await applicant.client.post(enrollmentPath(p.id, e.id, '/decline')), 403);
    expectProblem(await applicant.client.patch(enrollmentPath(p.id, e.id), { screening_cleared: true }), 403);
    expectProblem(await applicant.client.get<Page<Schemas['Enrollment']>>(programs(`/${p.id}/enrollments`)), 403);
    expectProblem(await applicant.client.put<Schemas['Program']>(programs(`/${p.id}`), programInput({ name: 'Hijacked' })), 403);
    const list = await coordinator.get<Page<Schemas['Enrollment']>>(programs(`/${p.id}/enrollments`));
    expect(list.json.items.find((x) => x.id === e.id)).toMatchObject({ status: 'pending', screening_cleared: false });
    expect((await getProgram(p.id)).name).toBe(p.name);
  });

  test('a mentee cannot create a program (403) and none is created', async () => {
    const mentee = await createUser({ orgSlug: DEMO.lincoln.slug, roles: ['mentee'] });
    const input = programInput();
    expectProblem(await mentee.client.post(programs(), input), 403);
    expect(await listNames()).not.toContain(input.name);
  });
});

describe('enrollment list, filters and mentor checks', () => {
  let p: Schemas['Program'];
  let mentor: NewUser;
  let menteeA: NewUser;
  let menteeB: NewUser;
  let mentorEnrollment: Schemas['Enrollment'];
  let menteeAEnrollment: Schemas['Enrollment'];
  let menteeBEnrollment: Schemas['Enrollment'];

  beforeAll(async () => {
    p = await createProgram({ requires_approval: true });
    mentor = await createUser({ orgSlug: DEMO.lincoln.slug, roles: ['mentor'], namePrefix: 'Filtermentor' });
    menteeA = await createUser({ orgSlug: DEMO.lincoln.slug, roles: ['mentee'], namePrefix: 'Filtermentee' });
    menteeB = await createUser({ orgSlug: DEMO.lincoln.slug, roles: ['mentee'], namePrefix: 'Filtermentee' });
    mentorEnrollment = (await apply(mentor, p.id, 'mentor')).json;
    menteeAEnrollment = (await apply(menteeA, p.id, 'mentee')).json;
    menteeBEnrollment = (await apply(menteeB, p.id, 'mentee')).json;
    expectStatus(await coordinator.post(enrollmentPath(p.id, menteeAEnrollment.id, '/approve')), 200);
  });

  async function ids(query: string): Promise<string[]> {
    const res = await coordinator.get<Page<Enrollment>>(programs(`/${p.id}/enrollments${query}`));
    expectStatus(res, 200);
    return res.json.items.map((e) => e.id).sort();
  }

  test('all enrollments of the program', async () => {
    expect(await ids('')).toEqual([mentorEnrollment.id, menteeAEnrollment.id, menteeBEnrollment.id].sort());
    expect((await getProgram(p.id)).counts).toEqual({ mentors: 0, mentees: 1, pending: 2 });
  });

  test('filter by role', async () => {
    expect(await ids('?role=mentor')).toEqual([mentorEnrollment.id]);
    expect(await ids('?role=mentee')).toEqual([menteeAEnrollment.id, menteeBEnrollment.id].sort());
  });

  test('filter by status', async () => {
    expect(await ids('?status=pending')).toEqual([mentorEnrollment.id, menteeBEnrollment.id].sort());
    expect(await ids('?status=active')).toEqual([menteeAEnrollment.id]);
    expect(await ids('?status=declined')).toEqual([]);
  });

  test('filter by text (name or email) and combined filters', async () => {
    expect(await ids(`?q=${encodeURIComponent(menteeB.email)}`)).toEqual([menteeBEnrollment.id]);
    expect(await ids(`?q=${encodeURIComponent(mentor.name)}`)).toEqual([mentorEnrollment.id]);
    expect(await ids('?q=Filtermentee')).toEqual([menteeAEnrollment.id, menteeBEnrollment.id].sort());
    expect(await ids('?q=filtermentee')).toEqual([menteeAEnrollment.id, menteeBEnrollment.id].sort());
    expect(await ids('?role=mentee&status=pending')).toEqual([menteeBEnrollment.id]);
    expect(await ids(`?q=${encodeURIComponent(menteeA.email)}&status=pending`)).toEqual([]);
  });

  test('invalid filter values are a 400', async () => {
    expectFieldError(await coordinator.get<Page<Schemas['Enrollment']>>(programs(`/${p.id}/enrollments?role=coordinator`)), 'role');
    expectFieldError(await coordinator.get<Page<Schemas['Enrollment']>>(programs(`/${p.id}/enrollments?status=sleeping`)), 'status');
  });

  test('screening and training flags are patched independently', async () => {
    const a = await coordinator.patch(enrollmentPath(p.id, mentorEnrollment.id), { screening_cleared: true });
    expectStatus(a, 200);
    expect(a.json).toMatchObject({ id: mentorEnrollment.id, screening_cleared: true, training_complete: false });
    const b = await coordinator.patch(enrollmentPath(p.id, mentorEnrollment.id), { training_complete: true });
    expectStatus(b, 200);
    expect(b.json).toMatchObject({ screening_cleared: true, training_complete: true });
    const list = await coordinator.get<Page<Schemas['Enrollment']>>(programs(`/${p.id}/enrollments?role=mentor`));
    expect(list.json.items[0]).toMatchObject({ id: mentorEnrollment.id, screening_cleared: true, training_complete: true });
    const c = await lincolnAdmin.patch(enrollmentPath(p.id, mentorEnrollment.id), { screening_cleared: false });
    expectStatus(c, 200);
    expect(c.json).toMatchObject({ screening_cleared: false, training_complete: true });
    // The mentor sees the same flags.
    const mine = await mentor.client.get<Page<Schemas['Enrollment']>>(`${V1}/me/enrollments`);
    expect(mine.json.items.find((x) => x.id === mentorEnrollment.id)).toMatchObject({
      screening_cleared: false,
      training_complete: true,
    });
  });

  test('bad enrollment patches are a 400 and change nothing', async () => {
    const before = (await coordinator.get<Page<Schemas['Enrollment']>>(programs(`/${p.id}/enrollments?role=mentor`))).json.items[0];
    expectFieldError(await coordinator.patch(enrollmentPath(p.id, mentorEnrollment.id), { screening_cleared: 'yes' }), 'screening_cleared');
    expectFieldError(await coordinator.patch(enrollmentPath(p.id, mentorEnrollment.id), { status: 'active' }), 'status');
    const after = (await coordinator.get<Page<Schemas['Enrollment']>>(programs(`/${p.id}/enrollments?role=mentor`))).json.items[0];
    expect(after).toEqual(before);
  });

  test('an enrollment id of another program is a 404', async () => {
    const other = await createProgram();
    expectProblem(await coordinator.post(enrollmentPath(other.id, menteeBEnrollment.id, '/approve')), 404);
    expectProblem(await coordinator.patch(enrollmentPath(other.id, mentorEnrollment.id), { screening_cleared: true }), 404);
    expect(await ids('?status=pending')).toContain(menteeBEnrollment.id);
  });
});

describe("another organisation's programs", () => {
  let northwind: Organisation;
  let northwindProgram: Schemas['Program'];

  beforeAll(async () => {
    const northwindAdmin = await signIn(DEMO.northwind.admin);
    northwind = await orgBySlug(northwindAdmin, DEMO.northwind.slug);
    northwindProgram = await programByName(northwindAdmin, northwind.id, DEMO.programs.growthCircles);
  });

  test('through my organisation’s path, its id is a 404', async () => {
    expectProblem(await coordinator.get<Schemas['Program']>(programs(`/${northwindProgram.id}`)), 404);
    expectProblem(await coordinator.put<Schemas['Program']>(programs(`/${northwindProgram.id}`), programInput()), 404);
    expectProblem(await coordinator.get<Page<Schemas['Enrollment']>>(programs(`/${northwindProgram.id}/enrollments`)), 404);
  });

  test('through its own organisation’s path, it is a 404 too', async () => {
    const path = orgPath(northwind.id, `/programs/${northwindProgram.id}`);
    expectProblem(await coordinator.get(path), 404);
    expectProblem(await coordinator.get<Page<Schemas['Program']>>(orgPath(northwind.id, '/programs')), 404);
    expectProblem(await coordinator.post<Schemas['Program']>(orgPath(northwind.id, '/programs'), programInput()), 404);
    const mentee = await createUser({ orgSlug: DEMO.lincoln.slug, roles: ['mentee'] });
    expectProblem(await mentee.client.post(`${path}/applications`, { role: 'mentee', message: '' }), 404);
  });

  test('an unknown program id is a 404', async () => {
    expectProblem(await coordinator.get<Schemas['Program']>(programs('/999999999')), 404);
    expectProblem(await coordinator.post<Schemas['Enrollment']>(programs('/999999999/enrollments/999999999/approve')), 404);
  });
});
