// The participants table (issue 9, point 12): approve many applications, or record many
// mentors' screening and training, in one all-or-nothing request; the table's server-side search
// and paging; and a participant's profile as coordinators may read it.

import { Client } from './client';
import { expectFieldError, expectProblem, expectStatus, listAll } from './helpers';
import { orgBySlug, orgPath, staffOf, type Staff } from './fixtures/organisations';
import { createUser, type NewUser } from './fixtures/people';
import { addMentee, programInput, programPath } from './fixtures/programs';
import { menteeProfile, putProfile } from './fixtures/profiles';
import { DEMO, signIn } from './fixtures/session';
import type { AuditEntry, Enrollment, Organisation, Page, Program, ProgramRole, Schemas } from './schema';

type EnrollmentList = Schemas['EnrollmentList'];

const SETUP_TIMEOUT = 180_000;

let staff: Staff;
let coordinator: Client;
let lincoln: Organisation;
let northwind: Organisation;
let northwindStaff: Staff;

beforeAll(async () => {
  staff = await staffOf(DEMO.lincoln.slug, DEMO.lincoln.coordinator);
  ({ client: coordinator, org: lincoln } = staff);
  northwindStaff = await staffOf(DEMO.northwind.slug, DEMO.northwind.coordinator);
  northwind = await orgBySlug(northwindStaff.client, DEMO.northwind.slug);
});

async function newProgram(s: Staff): Promise<Program> {
  const res = await s.client.post<Program>(orgPath(s.org.id, '/programs'), programInput({ requires_approval: true }));
  expectStatus(res, 201);
  return res.json;
}

/** A new member of the organisation who applies to the program (pending: it requires approval). */
async function applicant(s: Staff, programId: string, role: ProgramRole, namePrefix: string): Promise<{ user: NewUser; enrollment: Enrollment }> {
  const user = await createUser({ orgSlug: s.org.slug, roles: [role], namePrefix });
  const res = await user.client.post<Enrollment>(programPath(s.org.id, programId, '/applications'), { role });
  expectStatus(res, 201);
  expect(res.json.status).toBe('pending');
  return { user, enrollment: res.json };
}

async function enrollmentsOf(s: Staff, programId: string, query = ''): Promise<Enrollment[]> {
  return listAll<Enrollment>(s.client, programPath(s.org.id, programId, `/enrollments${query}`));
}

describe('bulk approve and bulk screening', () => {
  let program: Program;
  let mentees: Array<{ user: NewUser; enrollment: Enrollment }>;
  let mentors: Array<{ user: NewUser; enrollment: Enrollment }>;
  let foreignProgram: Program;
  let foreign: { user: NewUser; enrollment: Enrollment };

  beforeAll(async () => {
    program = await newProgram(staff);
    mentees = [];
    mentors = [];
    for (let i = 0; i < 3; ++i) mentees.push(await applicant(staff, program.id, 'mentee', `Bulkmentee${i}`));
    for (let i = 0; i < 2; ++i) mentors.push(await applicant(staff, program.id, 'mentor', `Bulkmentor${i}`));
    foreignProgram = await newProgram(northwindStaff);
    foreign = await applicant(northwindStaff, foreignProgram.id, 'mentor', 'Bulkforeign');
  }, SETUP_TIMEOUT);

  const approvePath = () => programPath(lincoln.id, program.id, '/bulk-approve');
  const checksPath = () => programPath(lincoln.id, program.id, '/bulk-checks');

  test("another organisation's id among valid ones fails the whole request and writes nothing", async () => {
    const ids = [mentees[0].enrollment.id, foreign.enrollment.id];
    expectProblem(await coordinator.post(approvePath(), { enrollment_ids: ids }), 404);
    expectProblem(await coordinator.post(checksPath(), { enrollment_ids: [mentors[0].enrollment.id, foreign.enrollment.id], screening_cleared: true }), 404);
    // An id of another program of the same organisation: the same.
    const other = await newProgram(staff);
    const elsewhere = await applicant(staff, other.id, 'mentee', 'Bulkelsewhere');
    expectProblem(await coordinator.post(approvePath(), { enrollment_ids: [mentees[0].enrollment.id, elsewhere.enrollment.id] }), 404);
    const now = await enrollmentsOf(staff, program.id);
    expect(now.every((e) => e.status === 'pending')).toBe(true);
    expect(now.every((e) => !e.screening_cleared)).toBe(true);
    // The foreign enrollment is untouched too.
    const theirs = (await enrollmentsOf(northwindStaff, foreignProgram.id)).find((e) => e.id === foreign.enrollment.id)!;
    expect(theirs).toMatchObject({ status: 'pending', screening_cleared: false });
  });

  test('participants and other organisations are refused', async () => {
    const body = { enrollment_ids: [mentees[0].enrollment.id] };
    expectProblem(await mentees[1].user.client.post(approvePath(), body), 403);
    expectProblem(await mentors[0].user.client.post(checksPath(), { ...body, screening_cleared: true }), 403);
    // Northwind's coordinator: 404 on Lincoln's program by either organisation's path.
    expectProblem(await northwindStaff.client.post(approvePath(), body), 404);
    expectProblem(await northwindStaff.client.post(orgPath(northwind.id, `/programs/${program.id}/bulk-approve`), body), 404);
    expectProblem(await northwindStaff.client.post(orgPath(northwind.id, `/programs/${program.id}/bulk-checks`), { ...body, screening_cleared: true }), 404);
    expect((await enrollmentsOf(staff, program.id)).every((e) => e.status === 'pending')).toBe(true);
  });

  test('bad bodies are a 400 naming the field', async () => {
    expectFieldError(await coordinator.post(approvePath(), { enrollment_ids: [] }), 'enrollment_ids');
    expectFieldError(await coordinator.post(approvePath(), {}), 'enrollment_ids');
    expectFieldError(
      await coordinator.post(approvePath(), { enrollment_ids: [mentees[0].enrollment.id, mentees[0].enrollment.id] }),
      'enrollment_ids',
    );
    const many = Array.from({ length: 201 }, (_, i) => String(1_000_000 + i));
    expectFieldError(await coordinator.post(approvePath(), { enrollment_ids: many }), 'enrollment_ids');
    expectProblem(await coordinator.post(checksPath(), { enrollment_ids: [mentors[0].enrollment.id] }), 400);
    expectFieldError(await coordinator.post(checksPath(), { enrollment_ids: [mentors[0].enrollment.id], minor_marked: true }), 'minor_marked');
  });

  test("screening for a mentee's enrollment is refused for the whole list", async () => {
    const res = await coordinator.post(checksPath(), {
      enrollment_ids: [mentors[0].enrollment.id, mentees[0].enrollment.id],
      screening_cleared: true,
    });
    expectProblem(res, 409);
    expect(res.text).toContain(mentees[0].user.name);
    const m = (await enrollmentsOf(staff, program.id)).find((e) => e.id === mentors[0].enrollment.id)!;
    expect(m.screening_cleared).toBe(false);
  });

  test('approve several at once; a second approval of one of them refuses the whole list', async () => {
    const ids = [mentees[0].enrollment.id, mentees[1].enrollment.id, mentors[0].enrollment.id, mentors[1].enrollment.id];
    const res = await coordinator.post<EnrollmentList>(approvePath(), { enrollment_ids: ids });
    expectStatus(res, 200);
    expect(res.json.items.map((e) => e.id)).toEqual(ids);
    expect(res.json.items.every((e) => e.status === 'active')).toBe(true);
    const again = await coordinator.post(approvePath(), { enrollment_ids: [mentees[2].enrollment.id, mentees[0].enrollment.id] });
    expectProblem(again, 409);
    expect(again.text).toContain(mentees[0].user.name);
    const third = (await enrollmentsOf(staff, program.id)).find((e) => e.id === mentees[2].enrollment.id)!;
    expect(third.status).toBe('pending');
  });

  test('screening and training for several mentors, audited per change', async () => {
    const ids = mentors.map((m) => m.enrollment.id);
    const res = await coordinator.post<EnrollmentList>(checksPath(), { enrollment_ids: ids, screening_cleared: true, training_complete: true });
    expectStatus(res, 200);
    expect(res.json.items.map((e) => [e.id, e.screening_cleared, e.training_complete])).toEqual(ids.map((id) => [id, true, true]));
    // Only training revoked: screening stays.
    const revoked = await coordinator.post<EnrollmentList>(checksPath(), { enrollment_ids: [ids[0]], training_complete: false });
    expectStatus(revoked, 200);
    expect(revoked.json.items[0]).toMatchObject({ screening_cleared: true, training_complete: false });

    const admin = await signIn(DEMO.lincoln.admin);
    const audit = await admin.get<Page<AuditEntry>>(orgPath(lincoln.id, '/audit?limit=200'));
    expectStatus(audit, 200);
    for (const m of mentors) {
      const mine = audit.json.items.filter((e) => e.subject?.person_id === m.user.id);
      expect(mine.filter((e) => e.action === 'enrollment.screening_changed').map((e) => e.params.to)).toEqual(['true']);
      const training = mine.filter((e) => e.action === 'enrollment.training_changed').map((e) => e.params.to).sort();
      expect(training).toEqual(m === mentors[0] ? ['false', 'true'] : ['true']);
      for (const e of mine) expect(e.params).toMatchObject({ enrollment_id: m.enrollment.id, program_id: program.id });
    }
  });

  test('the participants list searches names and emails on the server, escaping wildcards, page by page', async () => {
    const name = mentees[1].user.name;
    const byName = await enrollmentsOf(staff, program.id, `?q=${encodeURIComponent(name.slice(-6).toUpperCase())}`);
    expect(byName.map((e) => e.id)).toEqual([mentees[1].enrollment.id]);
    const byEmail = await enrollmentsOf(staff, program.id, `?q=${encodeURIComponent(mentees[2].user.email)}`);
    expect(byEmail.map((e) => e.id)).toEqual([mentees[2].enrollment.id]);
    expect(await enrollmentsOf(staff, program.id, '?q=%25')).toEqual([]);
    expect(await enrollmentsOf(staff, program.id, '?q=_')).toEqual([]);
    // Pages of two add up to the whole list, without repeats.
    const all = await enrollmentsOf(staff, program.id);
    expect(all).toHaveLength(5);
    const first = await coordinator.get<Page<Enrollment>>(programPath(lincoln.id, program.id, '/enrollments?limit=2'));
    expectStatus(first, 200);
    expect(first.json.items).toHaveLength(2);
    expect(first.json.next_cursor).toBeTruthy();
  });
});

describe("a participant's profile from their row", () => {
  test('coordinators read what the person shows them; private and matching-only answers stay private', async () => {
    const program = await newProgram(staff);
    const { user, enrollment } = await applicant(staff, program.id, 'mentee', 'Profiled');
    await putProfile(
      user,
      menteeProfile(user.name, {
        minor: true,
        background: [
          { field: 'first_generation', value: 'yes', visibility: 'private' },
          { field: 'gender', value: 'woman', visibility: 'matching' },
          { field: 'cultural_background', value: 'Andean', visibility: 'coordinators' },
          { field: 'veteran', value: 'no', visibility: 'participants' },
        ],
      }),
    );
    const path = programPath(lincoln.id, program.id, `/enrollments/${enrollment.id}/profile`);
    const res = await coordinator.get<Schemas['Profile']>(path);
    expectStatus(res, 200);
    expect(res.json).toMatchObject({ person_id: user.id, name: user.name, headline: 'Student who wants to work with data' });
    expect(res.json.background.map((b) => b.field).sort()).toEqual(['cultural_background', 'veteran']);
    expect(res.text).not.toContain('first_generation');
    expect(res.text).not.toContain('woman');
    expect(res.json.minor).toEqual({ is_minor: true, guardian_name: '', guardian_email: '' });
    // The org admin too.
    const admin = await signIn(DEMO.lincoln.admin);
    expectStatus(await admin.get(path), 200);

    // The participant themself, another participant, and another organisation get nothing.
    expectProblem(await user.client.get(path), 403);
    const other = await addMentee(staff, (await newProgram(staff)).id, { minor: false });
    expectProblem(await other.client.get(path), 403);
    expectProblem(await northwindStaff.client.get(path), 404);
    expectProblem(await northwindStaff.client.get(orgPath(northwind.id, `/programs/${program.id}/enrollments/${enrollment.id}/profile`)), 404);
    // An enrollment of another program (of the same organisation or another) is not this program's.
    const elsewhere = await newProgram(staff);
    expectProblem(await coordinator.get(programPath(lincoln.id, elsewhere.id, `/enrollments/${enrollment.id}/profile`)), 404);
    const foreignProgram = await newProgram(northwindStaff);
    const foreign = await applicant(northwindStaff, foreignProgram.id, 'mentor', 'Profileforeign');
    expectProblem(await coordinator.get(programPath(lincoln.id, program.id, `/enrollments/${foreign.enrollment.id}/profile`)), 404);
  });
});
