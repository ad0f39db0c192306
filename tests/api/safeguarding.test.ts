// Youth safeguarding (issue 7, point 5): the coordinator's minor mark, protection by the
// program, clearance checked when a pair becomes real, and the revocation cascade (withdraw,
// pause, tell the coordinators, resume only by a coordinator).
//
// Every program, person and pair here is created by this file, in Lincoln High.

import { Client, V1 } from './client';
import { expectProblem, expectStatus, listAll, short } from './helpers';
import { orgBySlug, orgPath } from './fixtures/organisations';
import { createUser, type NewUser } from './fixtures/people';
import { profileInput } from './fixtures/profiles';
import { programInput } from './fixtures/programs';
import { DEMO, signIn } from './fixtures/session';
import type { Notification, Organisation, Page, ProgramInput, Schemas } from './schema';

const SETUP_TIMEOUT = 180_000;

let coordinator: Client;
let lincoln: Organisation;
let northwindCoordinator: Client;

beforeAll(async () => {
  coordinator = await signIn(DEMO.lincoln.coordinator);
  lincoln = await orgBySlug(coordinator, DEMO.lincoln.slug);
  northwindCoordinator = await signIn(DEMO.northwind.coordinator);
});

const programPath = (id: string, rest = '') => orgPath(lincoln.id, `/programs/${id}${rest}`);
const relationshipPath = (id: string, rest: string) => orgPath(lincoln.id, `/relationships/${id}${rest}`);

async function createProgram(overrides: Partial<ProgramInput> = {}): Promise<Schemas['Program']> {
  const res = await coordinator.post<Schemas['Program']>(
    orgPath(lincoln.id, '/programs'),
    programInput({ name: `Safeguarding ${short()}`, audience: 'youth', requires_approval: false, ...overrides }),
  );
  expectStatus(res, 201);
  return res.json;
}

interface Participant extends NewUser {
  enrollmentId: string;
}

async function enrollmentOf(programId: string, role: 'mentor' | 'mentee', email: string): Promise<Schemas['Enrollment']> {
  const res = await coordinator.get<Page<Schemas['Enrollment']>>(programPath(programId, `/enrollments?role=${role}&q=${encodeURIComponent(email)}`));
  expectStatus(res, 200);
  const e = res.json.items.find((x) => x.person_email === email);
  if (!e) throw new Error(`no ${role} enrollment for ${email}: ${res.text.slice(0, 300)}`);
  return e;
}

function minorProfile(minor: boolean): Record<string, unknown> {
  return minor
    ? { is_minor: true, guardian_name: 'Pat Guardian', guardian_email: `guardian-${short()}@apitest.example` }
    : { is_minor: false, guardian_name: '', guardian_email: '' };
}

async function putMenteeProfile(user: NewUser, minor: boolean): Promise<void> {
  const res = await user.client.put<Schemas['Profile']>(
    `${V1}/me/profile`,
    profileInput({
      name: user.name,
      headline: 'Student',
      skills_teach: [],
      skills_learn: [{ skill: 'SQL', current_level: 1, target_level: 3 }],
      interests: ['chess'],
      goals: [{ text: 'Learn SQL', tags: ['careers'] }],
      languages: ['en'],
      mentor: { capacity: 0, accepts_external_mentees: false },
      minor: minorProfile(minor),
    }),
  );
  expectStatus(res, 200);
}

async function addMentee(programId: string, minor = false): Promise<Participant> {
  const user = await createUser({
    orgSlug: DEMO.lincoln.slug,
    roles: ['mentee'],
    inviter: coordinator,
    program_id: programId,
    program_role: 'mentee',
    namePrefix: 'Safementee',
  });
  await putMenteeProfile(user, minor);
  const e = await enrollmentOf(programId, 'mentee', user.email);
  return { ...user, enrollmentId: e.id };
}

async function addMentor(programId: string, cleared = true): Promise<Participant> {
  const user = await createUser({
    orgSlug: DEMO.lincoln.slug,
    roles: ['mentor'],
    inviter: coordinator,
    program_id: programId,
    program_role: 'mentor',
    namePrefix: 'Safementor',
  });
  const res = await user.client.put<Schemas['Profile']>(
    `${V1}/me/profile`,
    profileInput({
      name: user.name,
      headline: 'Mentor',
      skills_teach: [{ skill: 'SQL', level: 5 }],
      skills_learn: [],
      interests: ['chess'],
      goals: [{ text: 'Help students', tags: ['careers'] }],
      languages: ['en'],
      mentor: { capacity: 3, accepts_external_mentees: true },
      minor: minorProfile(false),
    }),
  );
  expectStatus(res, 200);
  const e = await enrollmentOf(programId, 'mentor', user.email);
  await setFlags(programId, e.id, { screening_cleared: cleared, training_complete: cleared });
  return { ...user, enrollmentId: e.id };
}

async function setFlags(programId: string, enrollmentId: string, patch: Record<string, boolean>): Promise<Schemas['Enrollment']> {
  const res = await coordinator.patch<Schemas['Enrollment']>(programPath(programId, `/enrollments/${enrollmentId}`), patch);
  expectStatus(res, 200);
  return res.json;
}

async function request(mentee: Participant, programId: string, mentorId: string) {
  return mentee.client.post<Schemas['MentorRequest']>(programPath(programId, '/requests'), { mentor_id: mentorId, message: 'Hello' });
}

async function relationshipsOf(user: NewUser, programId: string): Promise<Schemas['Relationship'][]> {
  const res = await user.client.get<Page<Schemas['Relationship']>>(`${V1}/me/relationships`);
  expectStatus(res, 200);
  return res.json.items.filter((r) => r.program_id === programId);
}

describe('the coordinator minor mark', () => {
  let program: Schemas['Program'];
  let sam: Participant;

  beforeAll(async () => {
    program = await createProgram({ audience: 'adult' });
    sam = await addMentee(program.id, false);
  }, SETUP_TIMEOUT);

  it('is read on the enrollment, set only by coordinators, and survives the student clearing their box', async () => {
    let e = await enrollmentOf(program.id, 'mentee', sam.email);
    expect(e.minor_marked).toBe(false);
    expect(e.self_declared_minor).toBe(false);
    expect(e.protected).toBe(false);

    // The student cannot set or clear the mark on their own enrollment.
    const own = await sam.client.patch<Schemas['Enrollment']>(programPath(program.id, `/enrollments/${sam.enrollmentId}`), {
      minor_marked: false,
    });
    // A member of the organisation, so not hidden: reviewing enrollments is staff work.
    expectProblem(own, 403, { type: 'permission-denied', detail: /review program participants/ });
    // Another organisation's coordinator cannot see it exists.
    const foreign = await northwindCoordinator.patch<Schemas['Enrollment']>(programPath(program.id, `/enrollments/${sam.enrollmentId}`), {
      minor_marked: true,
    });
    expectProblem(foreign, 404);
    const wrongType = await coordinator.patch<Schemas['Enrollment']>(programPath(program.id, `/enrollments/${sam.enrollmentId}`), {
      minor_marked: 'yes',
    });
    expectProblem(wrongType, 400);

    e = await setFlags(program.id, sam.enrollmentId, { minor_marked: true });
    expect(e.minor_marked).toBe(true);
    expect(e.protected).toBe(true);

    // Ticking and clearing the own box never clears the mark.
    await putMenteeProfile(sam, true);
    await putMenteeProfile(sam, false);
    e = await enrollmentOf(program.id, 'mentee', sam.email);
    expect(e.minor_marked).toBe(true);
    expect(e.self_declared_minor).toBe(false);
    expect(e.protected).toBe(true);
    const mine = await sam.client.get<Page<Schemas['Enrollment']>>(`${V1}/me/enrollments`);
    expectStatus(mine, 200);
    expect(mine.json.items.find((x) => x.id === sam.enrollmentId)?.minor_marked).toBe(true);

    // So an uncleared mentor cannot be asked.
    const uli = await addMentor(program.id, false);
    const refused = await request(sam, program.id, uli.id);
    expectProblem(refused, 409);
  }, SETUP_TIMEOUT);

  it('protects every mentee of a youth program whatever their profile says', async () => {
    const youth = await createProgram({ audience: 'youth' });
    const ada = await addMentee(youth.id, false);
    const e = await enrollmentOf(youth.id, 'mentee', ada.email);
    expect(e.self_declared_minor).toBe(false);
    expect(e.minor_marked).toBe(false);
    expect(e.protected).toBe(true);
    const uli = await addMentor(youth.id, false);
    const recs = await ada.client.get<Page<Schemas['Recommendation']>>(programPath(youth.id, '/recommendations'));
    expectStatus(recs, 200);
    expect(recs.json.items.map((r) => r.mentor_id)).not.toContain(uli.id);
    expectProblem(await request(ada, youth.id, uli.id), 409);
  }, SETUP_TIMEOUT);
});

describe('clearance is checked when the pair becomes real', () => {
  it('refuses to accept a request after the mentor lost screening (the request is withdrawn)', async () => {
    const program = await createProgram();
    const ana = await addMentee(program.id);
    const mo = await addMentor(program.id);
    const asked = await request(ana, program.id, mo.id);
    expectStatus(asked, 201);
    await setFlags(program.id, mo.enrollmentId, { screening_cleared: false });
    const accept = await mo.client.post<Schemas['MentorRequest']>(orgPath(lincoln.id, `/requests/${asked.json.id}/accept`));
    expectProblem(accept, 409);
    expect(await relationshipsOf(ana, program.id)).toEqual([]);
  }, SETUP_TIMEOUT);

  it('withdraws an unpublished proposal and refuses to accept a published one after revocation', async () => {
    const program = await createProgram();
    const ana = await addMentee(program.id);
    const ben = await addMentee(program.id);
    const mo = await addMentor(program.id);
    const other = await addMentor(program.id);
    // Ana's round is published (proposed, waiting for both sides); Ben's stays a draft.
    const first = await coordinator.post<Schemas['RoundView']>(programPath(program.id, '/match-rounds'), { mentee_ids: [ana.id], mentor_ids: [mo.id] });
    expectStatus(first, 201);
    expectStatus(await coordinator.post<Schemas['RoundView']>(orgPath(lincoln.id, `/match-rounds/${first.json.id}/publish`)), 200);
    const draft = await coordinator.post<Schemas['RoundView']>(programPath(program.id, '/match-rounds'), { mentee_ids: [ben.id], mentor_ids: [mo.id] });
    expectStatus(draft, 201);
    expect(draft.json.proposals.length).toBe(1);

    await setFlags(program.id, mo.enrollmentId, { training_complete: false });

    const round = await coordinator.get<Schemas['RoundView']>(orgPath(lincoln.id, `/match-rounds/${draft.json.id}`));
    expectStatus(round, 200);
    expect(round.json.proposals).toEqual([]);
    expect(round.json.unmatched_mentees.map((u) => u.mentee_id)).toContain(ben.id);
    expectStatus(await coordinator.post<Schemas['RoundView']>(orgPath(lincoln.id, `/match-rounds/${draft.json.id}/publish`)), 200);
    expect(await relationshipsOf(ben, program.id)).toEqual([]);

    const [rel] = await relationshipsOf(ana, program.id);
    expect(rel.status).toBe('paused');
    expectProblem(await ana.client.post(relationshipPath(rel.id, '/accept')), 409);
    expectProblem(await mo.client.post(relationshipPath(rel.id, '/accept')), 409);
    void other;
  }, SETUP_TIMEOUT);
});

describe('revocation pauses and only a coordinator resumes', () => {
  it('pauses an active match, tells the coordinators, and resumes only once cleared again', async () => {
    const program = await createProgram();
    const ana = await addMentee(program.id);
    const mo = await addMentor(program.id);
    const asked = await request(ana, program.id, mo.id);
    expectStatus(asked, 201);
    expectStatus(await mo.client.post<Schemas['MentorRequest']>(orgPath(lincoln.id, `/requests/${asked.json.id}/accept`)), 200);
    let [rel] = await relationshipsOf(ana, program.id);
    expect(rel.status).toBe('active');

    await setFlags(program.id, mo.enrollmentId, { screening_cleared: false });
    [rel] = await relationshipsOf(ana, program.id);
    expect(rel.status).toBe('paused');
    const [fromMentor] = await relationshipsOf(mo, program.id);
    expect(fromMentor.status).toBe('paused');

    const notes = await listAll<Notification>(coordinator, `${V1}/me/notifications`);
    const note = notes.find((n) => n.kind === 'safeguarding_paused' && n.link.includes(program.id));
    if (!note) throw new Error(`no safeguarding_paused notification: ${JSON.stringify(notes.slice(0, 3))}`);
    expect(note.link).toBe(`/orgs/${lincoln.id}/programs/${program.id}`);
    // Ana and Mo's match paused; Ana's request was already answered, and no round was drafted.
    expect(note.params).toEqual({
      program_id: program.id,
      program_name: program.name,
      paused: '1',
      requests_withdrawn: '0',
      proposals_withdrawn: '0',
    });
    const menteeNotes = await ana.client.get<Page<Schemas['Notification']>>(`${V1}/me/notifications`);
    expect(menteeNotes.json.items.some((n) => n.kind === 'match_paused' && n.link === `/relationships/${rel.id}`)).toBe(true);

    const paused = await coordinator.get<Page<Schemas['Relationship']>>(programPath(program.id, '/paused-relationships'));
    expectStatus(paused, 200);
    expect(paused.json).toEqual({ items: [expect.objectContaining({ id: rel.id })], next_cursor: null });
    expectProblem(await mo.client.get<Page<Schemas['Relationship']>>(programPath(program.id, '/paused-relationships')), 403, {
      type: 'permission-denied',
    });
    expectProblem(await northwindCoordinator.get<Page<Schemas['Relationship']>>(programPath(program.id, '/paused-relationships')), 404);

    // Not cleared yet: refused. The mentor and another organisation cannot resume at all.
    expectProblem(await coordinator.post<Schemas['Relationship']>(relationshipPath(rel.id, '/resume')), 409);
    // The mentor is a party to the relationship, but resuming is the coordinators' decision.
    expectProblem(await mo.client.post(relationshipPath(rel.id, '/resume')), 403, { type: 'permission-denied' });
    expectProblem(
      await northwindCoordinator.post<Schemas['Relationship']>(orgPath(lincoln.id, `/relationships/${rel.id}/resume`)),
      404,
    );

    // Restoring screening does not silently un-pause.
    await setFlags(program.id, mo.enrollmentId, { screening_cleared: true });
    [rel] = await relationshipsOf(ana, program.id);
    expect(rel.status).toBe('paused');
    const resumed = await coordinator.post<Schemas['Relationship']>(relationshipPath(rel.id, '/resume'));
    expectStatus(resumed, 200);
    expect(resumed.json.status).toBe('active');
    expectProblem(await coordinator.post<Schemas['Relationship']>(relationshipPath(rel.id, '/resume')), 409);
  }, SETUP_TIMEOUT);
});
