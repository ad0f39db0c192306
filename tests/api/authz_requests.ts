// The authorisation matrix's requests: for each operation of api/openapi.yaml, the request a
// caller sends against the world of authz_world.ts (path parameters and a valid minimal body).
//
// Requests that consume what they act on (approve, revoke, publish, accept...) get a fresh
// target for each caller the table allows, so every allowed caller meets a resource in the
// state the operation expects; denied callers share the world's one.

import { V1 } from './client';
import { expectStatus, short, uniqueEmail, uniquePassword } from './helpers';
import { orgPath } from './fixtures/organisations';
import { profileInput } from './fixtures/profiles';
import { programInput } from './fixtures/programs';
import type { Schemas } from './schema';
import type { Caller } from './authz_table';
import {
  freshInvitation,
  freshMember,
  freshPendingEnrollment,
  freshRelationship,
  freshRequest,
  freshRound,
  freshTerm,
  menteeProfile,
  mentorProfile,
  ok,
  programInvitation,
  programPath,
  programWith,
  type Call,
  type OrgWorld,
  type World,
} from './authz_world';

type Build = (w: World, o: OrgWorld, caller: Caller, fresh: boolean) => Promise<Call>;

const org = (o: OrgWorld, extra: Record<string, string> = {}) => ({ org: o.org.id, ...extra });
const prog = (o: OrgWorld, extra: Record<string, string> = {}) => org(o, { id: o.program.id, ...extra });
const sync = (c: Call) => Promise.resolve(c);

/** The world's draft round, or a fresh one for a request that consumes it. */
async function draftRound(o: OrgWorld, fresh: boolean) {
  return { params: org(o, { round: fresh ? (await freshRound(o, [o.mentor])).round.id : o.roundId }) };
}

/**
 * For each operationId, the request a caller sends with the ids of organisation `o`; `fresh`
 * is true when the table lets this caller through, so that a consuming operation gets a target
 * of its own.
 */
export const REQUESTS: Record<string, Build> = {
  getHealth: () => sync({ params: {} }),
  getReadiness: () => sync({ params: {} }),
  getOpenApiSpec: () => sync({ params: {} }),
  getSession: () => sync({ params: {} }),
  login: (w) => sync({ params: {}, body: { email: w.login.email, password: w.login.password } }),
  requestPasswordReset: () => sync({ params: {}, body: { email: uniqueEmail('authz-reset') } }),
  confirmPasswordReset: () =>
    sync({ params: {}, body: { token: `never-issued-${short()}`, password: uniquePassword() } }),
  logout: () => sync({ params: {} }),

  getInvitationPreview: async (w) => ({ params: { token: (await programInvitation(w.A)).token } }),
  acceptInvitation: async (w) => ({
    params: { token: (await programInvitation(w.A)).token },
    body: { name: `Authz accepter ${short()}`, password: uniquePassword() },
  }),

  getMe: () => sync({ params: {} }),
  updateMe: () => sync({ params: {}, body: { locale: 'en' } }),
  getMyProfile: () => sync({ params: {} }),
  putMyProfile: (w, _o, caller) => {
    const p = w.persons[caller];
    const body =
      caller === 'platformAdmin'
        ? w.platformProfile
        : caller === 'mentee'
          ? menteeProfile(p!.name)
          : caller === 'mentor'
            ? mentorProfile(p!.name)
            : profileInput({ name: p?.name ?? `Authz nobody ${short()}` });
    return sync({ params: {}, body });
  },
  getMyEnrollments: () => sync({ params: {} }),
  listTimeZones: () => sync({ params: {} }),
  listIncomingMentorRequests: () => sync({ params: {} }),
  listMyRelationships: () => sync({ params: {} }),
  listMyNotifications: () => sync({ params: {} }),
  markNotificationRead: (w) => sync({ params: { id: w.notificationId } }),

  listOrganisations: () => sync({ params: {} }),
  createOrganisation: () => {
    const slug = `authz-${short()}`;
    return sync({
      params: {},
      body: { name: `Authz org ${slug}`, slug, kind: 'company', admin_email: uniqueEmail('authz-first-admin') },
    });
  },
  listOutbox: () => sync({ params: {} }),
  listPlatformAudit: () => sync({ params: {} }),
  getMailStatus: () => sync({ params: {} }),

  getOrganisation: (_w, o) => sync({ params: org(o) }),
  listMembers: (_w, o) => sync({ params: org(o) }),
  setMemberRoles: (_w, o) => sync({ params: org(o, { person: o.mentor2.id }), body: { roles: ['mentor'] } }),
  removeMember: async (_w, o, _c, fresh) => ({
    params: org(o, { person: fresh ? await freshMember(o) : o.member.id }),
  }),
  listAuditLog: (_w, o) => sync({ params: org(o) }),
  listInvitations: (_w, o) => sync({ params: org(o) }),
  // Staff invite into a program; the platform admin tries the skeleton key: an administrator.
  createInvitation: (_w, o, caller) =>
    sync({
      params: org(o),
      body:
        caller === 'platformAdmin'
          ? { email: uniqueEmail('authz-invitee'), roles: ['org_admin'] }
          : { email: uniqueEmail('authz-invitee'), roles: [], program_id: o.program.id, program_role: 'mentee' },
    }),
  revokeInvitation: async (_w, o, _c, fresh) => ({
    params: org(o, { id: fresh ? await freshInvitation(o) : o.invitationId }),
  }),
  listTaxonomy: (_w, o) => sync({ params: org(o) }),
  createTaxonomyTerm: (_w, o) => sync({ params: org(o), body: { kind: 'interest', label: `Authz interest ${short()}` } }),
  deleteTaxonomyTerm: async (_w, o, _c, fresh) => ({ params: org(o, { id: fresh ? await freshTerm(o) : o.termId }) }),
  renameTaxonomyTerm: (_w, o) => sync({ params: org(o, { id: o.termId }), body: { label: `Authz renamed ${short()}` } }),
  getTaxonomyTermUsage: (_w, o) => sync({ params: org(o, { id: o.termId }) }),
  getWorkQueue: (_w, o) => sync({ params: org(o) }),

  listPrograms: (_w, o) => sync({ params: org(o) }),
  createProgram: (_w, o) => sync({ params: org(o), body: programInput({ name: `Authz new ${short()}` }) }),
  getProgram: (_w, o) => sync({ params: prog(o) }),
  updateProgram: (_w, o) => sync({ params: prog(o), body: o.programInput }),
  listEnrollments: (_w, o) => sync({ params: prog(o) }),
  applyToProgram: (_w, o) =>
    sync({ params: org(o, { id: o.applyProgram.id }), body: { role: 'mentee', message: 'Authz matrix' } }),
  approveEnrollment: async (_w, o, _c, fresh) => {
    const t = fresh ? await freshPendingEnrollment(o) : { programId: o.applyProgram.id, enrollmentId: o.pendingEnrollmentId };
    return { params: org(o, { id: t.programId, enrollment: t.enrollmentId }) };
  },
  declineEnrollment: async (_w, o, _c, fresh) => {
    const t = fresh ? await freshPendingEnrollment(o) : { programId: o.applyProgram.id, enrollmentId: o.pendingEnrollmentId };
    return { params: org(o, { id: t.programId, enrollment: t.enrollmentId }) };
  },
  patchEnrollment: (_w, o) =>
    sync({ params: prog(o, { enrollment: o.mentorEnrollmentId }), body: { screening_cleared: true, training_complete: true } }),

  endEnrollment: async (_w, o, _c, fresh) => {
    const t = fresh ? await freshPendingEnrollment(o) : { programId: o.applyProgram.id, enrollmentId: o.pendingEnrollmentId };
    return { params: org(o, { id: t.programId, enrollment: t.enrollmentId }) };
  },
  getParticipantProfile: (_w, o) => sync({ params: prog(o, { enrollment: o.mentorEnrollmentId }) }),
  bulkApproveEnrollments: async (_w, o, _c, fresh) => {
    const t = fresh ? await freshPendingEnrollment(o) : { programId: o.applyProgram.id, enrollmentId: o.pendingEnrollmentId };
    return { params: org(o, { id: t.programId }), body: { enrollment_ids: [t.enrollmentId] } };
  },
  bulkSetEnrollmentChecks: (_w, o) =>
    sync({ params: prog(o), body: { enrollment_ids: [o.mentorEnrollmentId], screening_cleared: true, training_complete: true } }),
  listPausedRelationships: (_w, o) => sync({ params: prog(o) }),
  resumeRelationship: (_w, o) => sync({ params: org(o, { relationship: o.relationshipId }) }),

  getMatchingSettings: (_w, o) => sync({ params: prog(o) }),
  putMatchingSettings: (_w, o) => sync({ params: prog(o), body: o.settingsInput }),
  listExclusions: (_w, o) => sync({ params: prog(o) }),
  addExclusion: async (_w, o, _c, fresh) => {
    // A pair of its own in a program of its own, so that no two callers add the same one.
    const programId = fresh ? (await programWith(o, [o.mentor])).id : o.program.id;
    return { params: org(o, { id: programId }), body: { mentee_id: o.mentee.id, mentor_id: o.mentor.id } };
  },
  removeExclusion: async (_w, o, _c, fresh) => {
    let programId = o.program.id;
    if (fresh) {
      programId = (await programWith(o, [o.mentor2])).id;
      await ok(
        o.coordinator.client.post<Schemas['Exclusion']>(programPath(o, programId, '/matching/exclusions'), {
          mentee_id: o.mentee.id,
          mentor_id: o.mentor2.id,
        }),
        201,
      );
    }
    return { params: org(o, { id: programId, mentee: o.mentee.id, mentor: o.mentor2.id }) };
  },
  listMatchRounds: (_w, o) => sync({ params: prog(o) }),
  runMatchRound: (_w, o) => sync({ params: prog(o), body: {} }),
  getMatchRound: (_w, o) => sync({ params: org(o, { round: o.roundId }) }),
  rerunMatchRound: (_w, o, _c, fresh) => draftRound(o, fresh),
  publishMatchRound: (_w, o, _c, fresh) => draftRound(o, fresh),
  discardMatchRound: (_w, o, _c, fresh) => draftRound(o, fresh),
  lockProposal: async (_w, o, _c, fresh) => {
    const t = fresh ? await freshRound(o, [o.mentor]) : { round: { id: o.roundId }, proposal: o.proposal };
    return {
      params: org(o, { round: t.round.id }),
      body: { mentee_id: t.proposal.mentee_id, mentor_id: t.proposal.mentor_id, locked: true },
    };
  },
  removeProposal: async (_w, o, _c, fresh) => {
    const t = fresh ? await freshRound(o, [o.mentor]) : { round: { id: o.roundId }, proposal: o.proposal };
    return { params: org(o, { round: t.round.id }), body: { mentee_id: t.proposal.mentee_id, mentor_id: t.proposal.mentor_id } };
  },
  swapProposal: async (_w, o, _c, fresh) => {
    const t = fresh ? await freshRound(o, [o.mentor, o.mentor2]) : { round: { id: o.roundId }, proposal: o.proposal };
    const to = t.proposal.mentor_id === o.mentor.id ? o.mentor2.id : o.mentor.id;
    return {
      params: org(o, { round: t.round.id }),
      body: { mentee_id: t.proposal.mentee_id, from_mentor_id: t.proposal.mentor_id, to_mentor_id: to },
    };
  },
  // Any round, draft or published, has its (possibly empty) groups.
  listUnmatchedGroups: (_w, o) => sync({ params: org(o, { round: o.roundId }) }),
  previewMenteeScope: (_w, o) => sync({ params: prog(o), body: {} }),
  listSwapAlternatives: async (_w, o, _c, fresh) => {
    // A fresh draft round where the caller may look (the world's round may be published by then).
    const t = fresh ? await freshRound(o, [o.mentor, o.mentor2]) : { round: { id: o.roundId }, proposal: o.proposal };
    return { params: org(o, { round: t.round.id, mentee: t.proposal.mentee_id }) };
  },

  recommendMentors: (_w, o) => sync({ params: prog(o) }),
  listMyMentorRequests: (_w, o) => sync({ params: prog(o) }),
  requestMentor: async (_w, o, _c, fresh) => {
    const programId = fresh ? (await programWith(o, [o.mentor])).id : o.program.id;
    return { params: org(o, { id: programId }), body: { mentor_id: o.mentor.id, message: 'Authz matrix' } };
  },
  acceptMentorRequest: async (_w, o, _c, fresh) => ({
    params: org(o, { request: fresh ? await freshRequest(o) : o.requestId }),
  }),
  declineMentorRequest: async (_w, o, _c, fresh) => ({
    params: org(o, { request: fresh ? await freshRequest(o) : o.requestId }),
    body: { reason: 'Authz matrix: no room this term' },
  }),
  withdrawMentorRequest: async (_w, o, _c, fresh) => ({
    params: org(o, { request: fresh ? await freshRequest(o) : o.requestId }),
  }),
  acceptRelationship: async (_w, o, _c, fresh) => ({
    params: org(o, { relationship: fresh ? await freshRelationship(o) : o.relationshipId }),
  }),
  declineRelationship: async (_w, o, _c, fresh) => ({
    params: org(o, { relationship: fresh ? await freshRelationship(o) : o.relationshipId }),
  }),

  getProgramAgreement: (_w, o) => sync({ params: prog(o) }),
  saveProgramNorms: (_w, o) =>
    sync({ params: prog(o), body: { expectations: 'Authz', meeting_frequency: 'Weekly', confidentiality: 'Kept', ending: 'Talk' } }),
  publishAgreement: (_w, o) => sync({ params: prog(o), body: { text: `Authz agreement ${short()}` } }),
  getAgreementVersion: async (_w, o) => ({ params: prog(o, { version: String(await ensureAgreement(o)) }) }),
  getRelationshipAgreement: (_w, o) => sync({ params: org(o, { relationship: o.relationshipId }) }),
  acceptAgreement: (_w, o) => sync({ params: org(o, { relationship: o.relationshipId }), body: { version: 1 } }),
  sendGuardianLink: (_w, o) => sync({ params: org(o, { relationship: o.relationshipId }) }),
  getGuardianAgreement: () => sync({ params: { token: `never-issued-${short()}` } }),
  acceptGuardianAgreement: () => sync({ params: { token: `never-issued-${short()}` } }),

  getPlan: (_w, o) => sync({ params: org(o, { relationship: o.relationshipId }) }),
  addPlanGoal: (_w, o) => sync({ params: org(o, { relationship: o.relationshipId }), body: AUTHZ_GOAL }),
  updatePlanGoal: (_w, o) =>
    sync({ params: org(o, { relationship: o.relationshipId, goal: 'authz-no-such-goal' }), body: { ...AUTHZ_GOAL, version: 1 } }),
  deletePlanGoal: (_w, o) => sync({ params: org(o, { relationship: o.relationshipId, goal: 'authz-no-such-goal' }) }),
  getPlanTemplate: (_w, o) => sync({ params: prog(o) }),
  listMeetings: (_w, o) => sync({ params: org(o, { relationship: o.relationshipId }) }),
  proposeMeeting: (_w, o) => sync({ params: org(o, { relationship: o.relationshipId }), body: authzMeeting() }),
  getMeeting: (_w, o) => sync({ params: noMeeting(o) }),
  getMeetingIcs: (_w, o) => sync({ params: noMeeting(o) }),
  acceptMeeting: (_w, o) => sync({ params: noMeeting(o) }),
  declineMeeting: (_w, o) => sync({ params: noMeeting(o) }),
  rescheduleMeeting: (_w, o) => sync({ params: noMeeting(o), body: authzMeeting() }),
  cancelMeeting: (_w, o) => sync({ params: noMeeting(o) }),
  logMeetingHeld: (_w, o) => sync({ params: noMeeting(o), body: { shared_notes: 'Authz' } }),
  getMyMeetingNote: (_w, o) => sync({ params: noMeeting(o) }),
  saveMyMeetingNote: (_w, o) => sync({ params: noMeeting(o), body: { text: 'Authz' } }),
  getMyCalendarFeed: () => sync({ params: {} }),
  createMyCalendarFeed: () => sync({ params: {} }),
  revokeMyCalendarFeed: () => sync({ params: {} }),
  getCalendarFeed: () => sync({ params: { file: `never-issued-${short()}.ics` } }),
  getCaseload: (_w, o) => sync({ params: org(o) }),
  getRelationshipManager: (_w, o) => sync({ params: org(o, { relationship: o.relationshipId }) }),
  assignRelationshipManager: (_w, o) =>
    sync({ params: org(o, { relationship: o.relationshipId }), body: { manager_id: o.coordinator.id } }),
  listCheckins: (_w, o) => sync({ params: org(o, { relationship: o.relationshipId }) }),
  logCheckin: (_w, o) => sync({ params: org(o, { relationship: o.relationshipId }), body: { with: 'both', notes: 'Authz' } }),
  markFollowUpDone: (_w, o) => sync({ params: org(o, { relationship: o.relationshipId, follow_up: 'authz-no-such-follow-up' }) }),
  listPulseAnswers: (_w, o) => sync({ params: org(o, { relationship: o.relationshipId }) }),
  listMyPulseSurveys: () => sync({ params: {} }),
  getPulseSurvey: (_w, o) => sync({ params: org(o, { survey: 'authz-no-such-survey' }) }),
  answerPulseSurvey: (_w, o) => sync({ params: org(o, { survey: 'authz-no-such-survey' }), body: { rating: 3, met_since: true } }),
  // Each allowed caller saves the first version of a program of its own (a fresh one).
  savePlanTemplate: async (_w, o, _c, fresh) => {
    let id = o.program.id;
    if (fresh) {
      const made = await o.coordinator.client.post<Schemas['Program']>(
        orgPath(o.org.id, '/programs'),
        programInput({ name: `Authz template ${short()}` }),
      );
      expectStatus(made, 201);
      id = made.json.id;
    }
    return { params: org(o, { id }), body: { time_zone: 'UTC', version: 0, goals: [] } };
  },
};

/** A meeting a week ahead, as a client proposes it; a meeting of the world's match that is not there. */
const authzMeeting = () => ({ start_at: new Date(Date.now() + 7 * 86_400_000).toISOString(), duration_minutes: 30, mode: 'online', location: 'https://meet.example.org/authz', agenda: '', time_zone: 'UTC' });
const noMeeting = (o: OrgWorld) => org(o, { relationship: o.relationshipId, meeting: 'authz-no-such-meeting' });

const AUTHZ_GOAL = {
  title: 'Authz goal',
  description: '',
  owner: 'mentee',
  due_date: null,
  status: 'not_started',
  milestones: [],
};

/**
 * The newest agreement version of the world's program, published by its coordinator if none.
 * One promise per program: the matrix asks for it from several callers at once, and two
 * simultaneous first publishes would race for version 1.
 */
const agreements = new Map<string, Promise<number>>();
function ensureAgreement(o: OrgWorld): Promise<number> {
  let made = agreements.get(o.program.id);
  if (!made) {
    made = publishAgreementOnce(o);
    agreements.set(o.program.id, made);
  }
  return made;
}

async function publishAgreementOnce(o: OrgWorld): Promise<number> {
  const base = `${V1}/organisations/${o.org.id}/programs/${o.program.id}/agreement`;
  const seen = await o.coordinator.client.get<Schemas['ProgramAgreement']>(base);
  if (seen.status !== 200) throw new Error(`agreement of ${o.program.id}: ${seen.status}`);
  if (seen.json.versions.length > 0) return seen.json.versions[0].version;
  const made = await o.coordinator.client.post<Schemas['AgreementVersion']>(`${base}/versions`, { text: 'Authz agreement' });
  if (made.status !== 201) throw new Error(`publishing in ${o.program.id}: ${made.status}`);
  return made.json.version;
}
