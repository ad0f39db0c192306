// Removing someone removes them (issue 7, point 6).
//
// Three doors lead out — a coordinator ends one enrollment, an admin takes a role away, an admin
// removes a member — and each closes everything open behind the person in one go: pending
// requests withdrawn, open relationships ended with a reason id, draft-round proposals dropped,
// gone from recommendations, the other side told; coming back needs a coordinator's approval.
// Outsiders get nothing: anonymous 401, a participant 403, another organisation's staff 404.
//
// Everything happens in programs and with people this file creates.

import { Client, V1 } from './client';
import { expectProblem, expectStatus, short, uniqueEmail, uniquePassword } from './helpers';
import { orgBySlug, orgPath } from './fixtures/organisations';
import { createUser, invite, inviteToken, type NewUser, outboxFor } from './fixtures/people';
import { profileInput } from './fixtures/profiles';
import { programInput } from './fixtures/programs';
import { anonymous, DEMO, signIn } from './fixtures/session';
import type { Organisation, Page, Schemas } from './schema';

const SETUP_TIMEOUT = 180_000;

let coordinator: Client;
let admin: Client;
let lincoln: Organisation;
let northwindCoordinator: Client;
let northwindAdmin: Client;

beforeAll(async () => {
  coordinator = await signIn(DEMO.lincoln.coordinator);
  admin = await signIn(DEMO.lincoln.admin);
  lincoln = await orgBySlug(coordinator, DEMO.lincoln.slug);
  northwindCoordinator = await signIn(DEMO.northwind.coordinator);
  northwindAdmin = await signIn(DEMO.northwind.admin);
});

function programPath(programId: string, rest = ''): string {
  return orgPath(lincoln.id, `/programs/${programId}${rest}`);
}

interface Participant extends NewUser {
  enrollmentId: string;
}

async function createProgram(): Promise<Schemas['Program']> {
  const res = await coordinator.post<Schemas['Program']>(
    orgPath(lincoln.id, '/programs'),
    programInput({ name: `Removal test ${short()}`, requires_approval: false }),
  );
  expectStatus(res, 201);
  return res.json;
}

async function join(programId: string, role: 'mentor' | 'mentee', capacity = 1): Promise<Participant> {
  const user = await createUser({
    orgSlug: DEMO.lincoln.slug,
    roles: [role],
    inviter: coordinator,
    program_id: programId,
    program_role: role,
    namePrefix: `Rm${role}`,
  });
  const profile = profileInput({
    name: user.name,
    skills_teach: role === 'mentor' ? [{ skill: 'SQL', level: 5 }] : [],
    skills_learn: role === 'mentee' ? [{ skill: 'SQL', current_level: 1, target_level: 3 }] : [],
    languages: ['en'],
    mentor: { capacity: role === 'mentor' ? capacity : 0, accepts_external_mentees: true },
  });
  expectStatus(await user.client.put<Schemas['Profile']>(`${V1}/me/profile`, profile), 200);
  const list = await coordinator.get<Page<Schemas['Enrollment']>>(programPath(programId, `/enrollments?q=${encodeURIComponent(user.email)}`));
  expectStatus(list, 200);
  const e = list.json.items.find((x) => x.person_email === user.email && x.role === role);
  expect(e?.status).toBe('active');
  if (!e) throw new Error(`no active ${role} enrollment for ${user.email}`);
  return { ...user, enrollmentId: e.id };
}

/** The mentee asks, the mentor accepts: an active relationship. */
async function pair(programId: string, mentee: Participant, mentor: Participant): Promise<string> {
  const asked = await mentee.client.post<Schemas['MentorRequest']>(programPath(programId, '/requests'), { mentor_id: mentor.id });
  expectStatus(asked, 201);
  expectStatus(await mentor.client.post<Schemas['MentorRequest']>(orgPath(lincoln.id, `/requests/${asked.json.id}/accept`)), 200);
  const rels = await mentee.client.get<Page<Schemas['Relationship']>>(`${V1}/me/relationships`);
  return rels.json.items.find((r) => r.program_id === programId && r.mentor_id === mentor.id)!.id;
}

async function relationship(who: NewUser, id: string): Promise<Schemas['Relationship']> {
  const res = await who.client.get<Page<Schemas['Relationship']>>(`${V1}/me/relationships`);
  expectStatus(res, 200);
  const rel = res.json.items.find((r) => r.id === id);
  if (!rel) throw new Error(`relationship ${id} is not among ${who.email}'s: ${res.text.slice(0, 300)}`);
  return rel;
}

async function kinds(who: NewUser): Promise<string[]> {
  const res = await who.client.get<Page<Schemas['Notification']>>(`${V1}/me/notifications`);
  expectStatus(res, 200);
  return res.json.items.map((n) => n.kind);
}

describe('a coordinator ends one enrollment', () => {
  let program: Schemas['Program'];
  let A: Participant, C: Participant, M: Participant, N: Participant;
  let requestId: string;
  let relationshipId: string;
  let roundId: string;

  beforeAll(async () => {
    program = await createProgram();
    A = await join(program.id, 'mentee');
    C = await join(program.id, 'mentee');
    M = await join(program.id, 'mentor', 2);
    N = await join(program.id, 'mentor', 1);
    relationshipId = await pair(program.id, C, M);
    const asked = await A.client.post<Schemas['MentorRequest']>(programPath(program.id, '/requests'), { mentor_id: M.id });
    expectStatus(asked, 201);
    requestId = asked.json.id;
    const round = await coordinator.post<Schemas['RoundView']>(programPath(program.id, '/match-rounds'), {
      mentee_ids: [A.id],
      mentor_ids: [M.id],
    });
    expectStatus(round, 201);
    expect(round.json.proposals.map((p) => `${p.mentee_id}/${p.mentor_id}`)).toEqual([`${A.id}/${M.id}`]);
    roundId = round.json.id;
  }, SETUP_TIMEOUT);

  test('outsiders cannot end it', async () => {
    const path = programPath(program.id, `/enrollments/${M.enrollmentId}/end`);
    expectProblem(await (await anonymous()).post(path), 401);
    expectProblem(await A.client.post(path), 403);
    expectProblem(await northwindCoordinator.post(path), 404);
    const other = await createProgram();
    expectProblem(await coordinator.post<Schemas['Enrollment']>(programPath(other.id, `/enrollments/${M.enrollmentId}/end`)), 404);
    expectProblem(await coordinator.post<Schemas['Enrollment']>(programPath(program.id, '/enrollments/0123456789abcdef/end')), 404);
  });

  test('ending the mentor closes their requests, relationships and proposals in the program', async () => {
    const res = await coordinator.post<Schemas['Enrollment']>(programPath(program.id, `/enrollments/${M.enrollmentId}/end`));
    expectStatus(res, 200);
    expect(res.json.status).toBe('ended');
    expect(res.json.id).toBe(M.enrollmentId);

    const requests = await A.client.get<Page<Schemas['MentorRequest']>>(programPath(program.id, '/requests'));
    expect(requests.json.items.find((r) => r.id === requestId)?.status).toBe('withdrawn');
    expect(await kinds(A)).toContain('request_withdrawn');

    const rel = await relationship(C, relationshipId);
    expect(rel.status).toBe('ended');
    expect(rel.end_reason).toBe('enrollment_ended');
    expect((await relationship(M, relationshipId)).end_reason).toBe('enrollment_ended');
    expect(await kinds(C)).toContain('relationship_ended');
    expect(await kinds(M)).toContain('enrollment_ended');

    const round = await coordinator.get<Schemas['RoundView']>(orgPath(lincoln.id, `/match-rounds/${roundId}`));
    expectStatus(round, 200);
    expect(round.json.proposals).toEqual([]);
    expect(round.json.matched).toBe(0);
    expect(round.json.total_score).toBe(0);
    expect(round.json.unmatched_mentees.map((u) => u.mentee_id)).toEqual([A.id]);
    expect(round.json.unmatched).toBe(1);

    const recs = await A.client.get<Page<Schemas['Recommendation']>>(programPath(program.id, '/recommendations'));
    expectStatus(recs, 200);
    expect(recs.json.items.map((r) => r.mentor_id)).not.toContain(M.id);
    expect(recs.json.items.map((r) => r.mentor_id)).toContain(N.id);
    expectProblem(await A.client.post<Schemas['MentorRequest']>(programPath(program.id, '/requests'), { mentor_id: M.id }), 400);

    const list = await coordinator.get<Page<Schemas['Enrollment']>>(programPath(program.id, '/enrollments?status=ended'));
    expect(list.json.items.map((e) => e.id)).toEqual([M.enrollmentId]);
  });

  test('ending it again is refused, and coming back needs approval', async () => {
    expectProblem(await coordinator.post<Schemas['Enrollment']>(programPath(program.id, `/enrollments/${M.enrollmentId}/end`)), 409);
    const back = await M.client.post<Schemas['Enrollment']>(programPath(program.id, '/applications'), { role: 'mentor', message: 'Back' });
    expectStatus(back, 201);
    expect(back.json.status).toBe('pending');
    const asMentee = await M.client.post<Schemas['Enrollment']>(programPath(program.id, '/applications'), { role: 'mentee', message: '' });
    expectStatus(asMentee, 201);
    expect(asMentee.json.status).toBe('pending');
    // A newcomer is still admitted at once.
    const fresh = await createUser({ orgSlug: DEMO.lincoln.slug, roles: ['mentee'], inviter: admin, namePrefix: 'Rmfresh' });
    const applied = await fresh.client.post<Schemas['Enrollment']>(programPath(program.id, '/applications'), { role: 'mentee', message: '' });
    expectStatus(applied, 201);
    expect(applied.json.status).toBe('active');
  });
});

describe('an admin takes a role away or removes a member', () => {
  let program: Schemas['Program'];
  let E: Participant, F: Participant, G: Participant, H: Participant;
  let efId: string, ghId: string;

  beforeAll(async () => {
    program = await createProgram();
    E = await join(program.id, 'mentee');
    F = await join(program.id, 'mentor');
    G = await join(program.id, 'mentee');
    H = await join(program.id, 'mentor');
    efId = await pair(program.id, E, F);
    ghId = await pair(program.id, G, H);
  }, SETUP_TIMEOUT);

  test('clearing the mentee role ends the mentee side with reason role_removed', async () => {
    const res = await admin.put<Schemas['Member']>(orgPath(lincoln.id, `/members/${E.id}/roles`), { roles: [] });
    expectStatus(res, 200);
    expect(res.json.roles).toEqual([]);
    const rel = await relationship(F, efId);
    expect(rel.status).toBe('ended');
    expect(rel.end_reason).toBe('role_removed');
    expect(await kinds(F)).toContain('relationship_ended');
  });

  test('outsiders cannot remove a member', async () => {
    const path = orgPath(lincoln.id, `/members/${G.id}`);
    expectProblem(await (await anonymous()).del(path), 401);
    expectProblem(await coordinator.del(path), 403);
    expectProblem(await G.client.del(orgPath(lincoln.id, `/members/${H.id}`)), 403);
    expectProblem(await northwindAdmin.del(path), 404);
    expectProblem(await admin.del(orgPath(lincoln.id, '/members/0123456789abcdef')), 404);
    expect((await relationship(H, ghId)).status).toBe('active');
  });

  test('removing a member ends everything and the membership', async () => {
    expectStatus(await admin.del(orgPath(lincoln.id, `/members/${G.id}`)), 204);
    const rel = await relationship(H, ghId);
    expect(rel.status).toBe('ended');
    expect(rel.end_reason).toBe('member_removed');
    expect(await kinds(H)).toContain('relationship_ended');
    const members = await admin.get<Page<Schemas['Member']>>(orgPath(lincoln.id, `/members?q=${encodeURIComponent(G.email)}`));
    expectStatus(members, 200);
    expect(members.json).toEqual({ items: [], next_cursor: null });
    expectProblem(await G.client.get<Page<Schemas['Program']>>(orgPath(lincoln.id, '/programs')), 404);
    const list = await coordinator.get<Page<Schemas['Enrollment']>>(programPath(program.id, `/enrollments?q=${encodeURIComponent(G.email)}`));
    expect(list.json.items.map((e) => e.status)).toEqual(['ended']);
    expectProblem(await admin.del(orgPath(lincoln.id, `/members/${G.id}`)), 404);
  });
});

describe('an organisation never loses its last administrator', () => {
  test('self-removal and removing or demoting the last admin are refused', async () => {
    const platform = await signIn(DEMO.platformAdmin);
    const slug = `removal-${short()}`;
    const firstEmail = uniqueEmail('rmfirst');
    const created = await platform.post<Schemas['CreatedOrganisation']>(`${V1}/organisations`, {
      name: `Removal Org ${short()}`,
      slug,
      kind: 'nonprofit',
      admin_email: firstEmail,
    });
    expectStatus(created, 201);
    const org = created.json;
    // The first administrator accepts the invitation that was mailed (development mail mode:
    // it waits in the outbox).
    const [mail] = await outboxFor(firstEmail);
    const first = await anonymous();
    const joined = await first.post<Schemas['SessionInfo']>(`${V1}/invitations/${encodeURIComponent(inviteToken(mail.body))}/accept`, {
      name: 'First Admin',
      password: uniquePassword(),
    });
    expectStatus(joined, 200);
    const firstId = joined.json.user.id;
    // A second administrator joins.
    const inv = await invite(first, org.id, { email: uniqueEmail('rmadmin'), roles: ['org_admin'] });
    const second = await anonymous();
    const accepted = await second.post<Schemas['SessionInfo']>(`${V1}/invitations/${encodeURIComponent(inv.token)}/accept`, {
      name: 'Second Admin',
      password: uniquePassword(),
    });
    expectStatus(accepted, 200);
    const secondId = accepted.json.user.id;

    expectProblem(await second.del(`${V1}/organisations/${org.id}/members/${secondId}`), 409);
    expectStatus(await second.del(`${V1}/organisations/${org.id}/members/${firstId}`), 204);
    // Now the last one: they cannot step down, and the platform administrator, not a member,
    // cannot touch the organisation's members at all.
    expectProblem(await second.put<Schemas['Member']>(`${V1}/organisations/${org.id}/members/${secondId}/roles`, { roles: ['coordinator'] }), 409);
    expectProblem(await platform.del(`${V1}/organisations/${org.id}/members/${secondId}`), 403);
    expectProblem(await platform.put<Schemas['Member']>(`${V1}/organisations/${org.id}/members/${secondId}/roles`, { roles: ['coordinator'] }), 403);
    const still = await second.get<Page<Schemas['Member']>>(`${V1}/organisations/${org.id}/members?role=org_admin`);
    expectStatus(still, 200);
    expect(still.json.items.map((m) => m.person_id)).toEqual([secondId]);
  });
});
