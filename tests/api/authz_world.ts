// The world the authorisation matrix attacks, built through the API: organisations A (Lincoln)
// and B (Northwind), each with an org admin, a coordinator, a member without role, a mentee and
// two mentors (all fresh accounts), a program with active participants, a program with a
// pending application, a pending invitation, a taxonomy term, a pending mentor request, a draft
// match round with proposals, a published (proposed) relationship, an exclusion and a
// notification; plus a platform admin, an admin of a third organisation and an anonymous
// client. The request each operation sends is in authz_requests.ts; the fresh targets it
// takes for consuming operations are made here.

import { ApiResponse, Client, V1 } from './client';
import { expectStatus, short } from './helpers';
import { orgBySlug, orgPath } from './fixtures/organisations';
import { createUser, invite, type NewUser } from './fixtures/people';
import { profileInput } from './fixtures/profiles';
import { programInput } from './fixtures/programs';
import { adminOf, anonymous, DEMO, signIn } from './fixtures/session';
import type { Organisation, Page, Schemas } from './schema';
import type { Caller } from './authz_table';

export interface OrgWorld {
  org: Organisation;
  orgAdmin: NewUser;
  coordinator: NewUser;
  member: NewUser;
  mentee: NewUser;
  mentor: NewUser;
  mentor2: NewUser;
  program: Schemas['Program']; // open, no approval: mentee, mentor and mentor2 are active in it
  programInput: Record<string, unknown>;
  applyProgram: Schemas['Program']; // requires approval: mentor2 has a pending application
  mentorEnrollmentId: string;
  pendingEnrollmentId: string;
  invitationId: string;
  termId: string;
  requestId: string; // mentee -> mentor, pending
  roundId: string; // draft round of `program`
  proposal: { mentee_id: string; mentor_id: string };
  relationshipId: string; // proposed, in its own program
  settingsInput: Record<string, unknown>;
}

export interface World {
  A: OrgWorld;
  B: OrgWorld;
  callers: Record<Caller, Client>;
  persons: Record<Caller, NewUser | undefined>;
  /** A notification of A's mentor (their request_received). */
  notificationId: string;
  /** A throwaway account to sign in as. */
  login: { email: string; password: string };
  /** The platform admin's profile as input, to put back unchanged. */
  platformProfile: Record<string, unknown>;
  /** A new session of `caller` (a new anonymous client for anonymous). */
  freshSession(caller: Caller): Promise<Client>;
}

export interface Call {
  params: Record<string, string>;
  body?: unknown;
}

// ---------------------------------------------------------------------------------------------
// Building blocks

export function menteeProfile(name: string): Record<string, unknown> {
  return profileInput({
    name,
    headline: 'Student who wants to work with data',
    skills_teach: [],
    skills_learn: [{ skill: 'SQL', current_level: 1, target_level: 3 }],
    interests: ['chess'],
    goals: [{ text: 'Learn how data analysts work', tags: ['careers'] }],
    languages: ['en'],
    mentor: { capacity: 0, accepts_external_mentees: false },
    minor: { is_minor: false, guardian_name: '', guardian_email: '' },
  });
}

export function mentorProfile(name: string): Record<string, unknown> {
  return profileInput({
    name,
    headline: 'Analyst who teaches SQL',
    skills_teach: [{ skill: 'SQL', level: 5 }],
    skills_learn: [],
    interests: ['chess'],
    goals: [{ text: 'Help a student learn how data analysts work', tags: ['careers'] }],
    languages: ['en'],
    mentor: { capacity: 20, accepts_external_mentees: true },
    minor: { is_minor: false, guardian_name: '', guardian_email: '' },
  });
}

export async function ok<T>(res: Promise<ApiResponse<T>>, status: number): Promise<T> {
  const r = await res;
  expectStatus(r, status);
  return r.json;
}

export function programPath(o: OrgWorld, programId: string, rest = ''): string {
  return orgPath(o.org.id, `/programs/${programId}${rest}`);
}

/** A new program of `o` (adult, open). */
async function newProgram(o: OrgWorld, requiresApproval: boolean): Promise<Schemas['Program']> {
  return ok(
    o.coordinator.client.post<Schemas['Program']>(
      orgPath(o.org.id, '/programs'),
      programInput({ name: `Authz ${short()}`, requires_approval: requiresApproval }),
    ),
    201,
  );
}

async function apply(o: OrgWorld, user: NewUser, programId: string, role: 'mentor' | 'mentee'): Promise<Schemas['Enrollment']> {
  return ok(user.client.post<Schemas['Enrollment']>(programPath(o, programId, '/applications'), { role, message: 'Authz world' }), 201);
}

/** A new open program with the mentee and `mentors` active in it. */
export async function programWith(o: OrgWorld, mentors: NewUser[]): Promise<Schemas['Program']> {
  const p = await newProgram(o, false);
  await apply(o, o.mentee, p.id, 'mentee');
  for (const m of mentors) await apply(o, m, p.id, 'mentor');
  return p;
}

/** A draft round (with a proposal for the mentee) of a new program with the mentee and `mentors`. */
export async function freshRound(o: OrgWorld, mentors: NewUser[]): Promise<{ round: Schemas['RoundView']; proposal: Schemas['Proposal'] }> {
  const p = await programWith(o, mentors);
  const round = await ok(o.coordinator.client.post<Schemas['RoundView']>(programPath(o, p.id, '/match-rounds'), {}), 201);
  const proposal = round.proposals.find((x) => x.mentee_id === o.mentee.id);
  if (!proposal) throw new Error(`round without a proposal for the mentee: ${JSON.stringify(round).slice(0, 500)}`);
  return { round, proposal };
}

/** A pending request of the mentee to the mentor, in a new program. */
export async function freshRequest(o: OrgWorld): Promise<string> {
  const p = await programWith(o, [o.mentor]);
  const r = await ok(o.mentee.client.post<Schemas['MentorRequest']>(programPath(o, p.id, '/requests'), { mentor_id: o.mentor.id }), 201);
  return r.id;
}

/** A published, not yet accepted match of the mentee and the mentor, in a new program. */
export async function freshRelationship(o: OrgWorld): Promise<string> {
  const { round } = await freshRound(o, [o.mentor]);
  await ok(o.coordinator.client.post<Schemas['RoundView']>(orgPath(o.org.id, `/match-rounds/${round.id}/publish`), {}), 200);
  const rels = await ok(o.mentee.client.get<Page<Schemas['Relationship']>>(`${V1}/me/relationships`), 200);
  const rel = rels.items.find((r) => r.program_id === round.program_id && r.mentor_id === o.mentor.id);
  if (!rel) throw new Error(`no relationship after publishing ${round.id}`);
  return rel.id;
}

export async function freshPendingEnrollment(o: OrgWorld): Promise<{ programId: string; enrollmentId: string }> {
  const p = await newProgram(o, true);
  const e = await apply(o, o.mentor2, p.id, 'mentor');
  return { programId: p.id, enrollmentId: e.id };
}

/** An invitation into the world's program, which a coordinator may send. */
export async function programInvitation(o: OrgWorld): Promise<{ id: string; token: string }> {
  return invite(o.coordinator.client, o.org.id, { roles: [], program_id: o.program.id, program_role: 'mentee' });
}

export async function freshInvitation(o: OrgWorld): Promise<string> {
  return (await programInvitation(o)).id;
}

/** A member of the organisation with nothing else, whom an administrator may remove. */
export async function freshMember(o: OrgWorld): Promise<string> {
  return (await createUser({ orgSlug: o.org.slug, roles: ['mentee'], inviter: o.orgAdmin.client, namePrefix: 'Authzleaver' })).id;
}

export async function freshTerm(o: OrgWorld): Promise<string> {
  const t = await ok(
    o.orgAdmin.client.post<Schemas['TaxonomyTerm']>(orgPath(o.org.id, '/taxonomy'), { kind: 'skill', label: `Authz skill ${short()}` }),
    201,
  );
  return t.id;
}

// ---------------------------------------------------------------------------------------------
// The world

async function buildOrg(slug: string): Promise<OrgWorld> {
  const demoAdmin = await signIn(adminOf(slug));
  const org = await orgBySlug(demoAdmin, slug);
  const orgAdmin = await createUser({ orgSlug: slug, roles: ['org_admin'], inviter: demoAdmin, namePrefix: 'Authzadmin' });
  const coordinator = await createUser({ orgSlug: slug, roles: ['coordinator'], inviter: demoAdmin, namePrefix: 'Authzcoord' });
  const o = { org, orgAdmin, coordinator } as OrgWorld;

  // An open program; its participants come in by invitation.
  const programBody = programInput({ name: `Authz world ${short()}`, requires_approval: false });
  o.programInput = programBody as unknown as Record<string, unknown>;
  o.program = await ok(coordinator.client.post<Schemas['Program']>(orgPath(org.id, '/programs'), programBody), 201);
  const participant = async (role: 'mentor' | 'mentee', prefix: string) =>
    createUser({
      orgSlug: slug,
      roles: [role],
      inviter: coordinator.client,
      program_id: o.program.id,
      program_role: role,
      namePrefix: prefix,
    });
  [o.mentee, o.mentor, o.mentor2] = await Promise.all([
    participant('mentee', 'Authzmentee'),
    participant('mentor', 'Authzmentor'),
    participant('mentor', 'Authzmentortwo'),
  ]);
  await ok(o.mentee.client.put<Schemas['Profile']>(`${V1}/me/profile`, menteeProfile(o.mentee.name)), 200);
  await ok(o.mentor.client.put<Schemas['Profile']>(`${V1}/me/profile`, mentorProfile(o.mentor.name)), 200);
  await ok(o.mentor2.client.put<Schemas['Profile']>(`${V1}/me/profile`, mentorProfile(o.mentor2.name)), 200);

  // A member without role: invited as a mentee, then stripped of it.
  o.member = await createUser({ orgSlug: slug, roles: ['mentee'], inviter: demoAdmin, namePrefix: 'Authzmember' });
  await ok(demoAdmin.put<Schemas['Member']>(orgPath(org.id, `/members/${o.member.id}/roles`), { roles: [] }), 200);

  const enrollments = await ok(coordinator.client.get<Page<Schemas['Enrollment']>>(programPath(o, o.program.id, '/enrollments')), 200);
  const mine = enrollments.items.find(
    (e) => e.person_id === o.mentor.id && e.role === 'mentor',
  );
  if (!mine) throw new Error(`no mentor enrollment: ${JSON.stringify(enrollments).slice(0, 300)}`);
  o.mentorEnrollmentId = mine.id;

  o.applyProgram = await newProgram(o, true);
  o.pendingEnrollmentId = (await apply(o, o.mentor2, o.applyProgram.id, 'mentor')).id;
  o.invitationId = await freshInvitation(o);
  o.termId = await freshTerm(o);

  const settings = await ok(coordinator.client.get<Schemas['MatchingSettings']>(programPath(o, o.program.id, '/matching/settings')), 200);
  o.settingsInput = {
    priorities: settings.priorities,
    max_mentors_per_mentee: settings.max_mentors_per_mentee,
    require_acceptance: settings.require_acceptance,
    request_expiry_days: settings.request_expiry_days,
    priority_field: settings.priority_field,
    priority_value: settings.priority_value,
  };
  await ok(
    coordinator.client.post<Schemas['Exclusion']>(programPath(o, o.program.id, '/matching/exclusions'), {
      mentee_id: o.mentee.id,
      mentor_id: o.mentor2.id,
    }),
    201,
  );

  o.requestId = (
    await ok(o.mentee.client.post<Schemas['MentorRequest']>(programPath(o, o.program.id, '/requests'), { mentor_id: o.mentor.id }), 201)
  ).id;
  const round = await ok(coordinator.client.post<Schemas['RoundView']>(programPath(o, o.program.id, '/match-rounds'), {}), 201);
  o.roundId = round.id;
  const p = round.proposals[0];
  if (!p) throw new Error(`the world's round has no proposal: ${JSON.stringify(round).slice(0, 500)}`);
  o.proposal = { mentee_id: p.mentee_id, mentor_id: p.mentor_id };
  o.relationshipId = await freshRelationship(o);
  return o;
}

export async function buildWorld(): Promise<World> {
  const [A, B] = await Promise.all([buildOrg(DEMO.lincoln.slug), buildOrg(DEMO.northwind.slug)]);
  const outsider = await createUser({ orgSlug: DEMO.alumni.slug, roles: ['org_admin'], namePrefix: 'Authzoutsider' });
  const platformAdmin = await signIn(DEMO.platformAdmin);

  const loginUser = await createUser({ orgSlug: DEMO.alumni.slug, roles: ['mentee'], namePrefix: 'Authzlogin' });

  const notes = await ok(A.mentor.client.get<Page<Schemas['Notification']>>(`${V1}/me/notifications`), 200);
  const note = notes.items[0];
  if (!note) throw new Error('the mentor has no notification');

  const profile: Record<string, unknown> = await ok(platformAdmin.get<Schemas['Profile']>(`${V1}/me/profile`), 200);
  const platformProfile: Record<string, unknown> = {};
  for (const k of Object.keys(profileInput())) if (k in profile) platformProfile[k] = profile[k];

  const persons: Record<Caller, NewUser | undefined> = {
    anonymous: undefined,
    outsiderAdmin: outsider,
    member: A.member,
    mentee: A.mentee,
    mentor: A.mentor,
    coordinator: A.coordinator,
    orgAdmin: A.orgAdmin,
    platformAdmin: undefined,
  };
  const callers: Record<Caller, Client> = {
    anonymous: await anonymous(),
    outsiderAdmin: outsider.client,
    member: A.member.client,
    mentee: A.mentee.client,
    mentor: A.mentor.client,
    coordinator: A.coordinator.client,
    orgAdmin: A.orgAdmin.client,
    platformAdmin,
  };
  return {
    A,
    B,
    callers,
    persons,
    notificationId: note.id,
    login: { email: loginUser.email, password: loginUser.password },
    platformProfile,
    freshSession: async (caller) => {
      if (caller === 'anonymous') return anonymous();
      if (caller === 'platformAdmin') return signIn(DEMO.platformAdmin);
      const p = persons[caller]!;
      return signIn(p.email, p.password);
    },
  };
}

// ---------------------------------------------------------------------------------------------
// The request of each operation
