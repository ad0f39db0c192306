import type { EnrollmentFilters, MemberFilters, RecommendationFilters, TaxonomyKind } from '../api_types';

/**
 * Every TanStack Query key in one place, so invalidations match what the screens read. A list's
 * pages (usePagedList) live under its key plus 'pages', the whole list (useAllPages) under its key
 * plus 'all': invalidating the key reloads both.
 */
export const queryKeys = {
  organisation: (org: string) => ['organisation', org] as const,
  programs: (org: string) => ['programs', org] as const,
  program: (org: string, id: string) => ['program', org, id] as const,
  enrollmentsOf: (org: string, id: string) => ['enrollments', org, id] as const,
  participantProfile: (org: string, id: string, enrollment: string) =>
    ['enrollments', org, id, 'profile', enrollment] as const,
  enrollments: (org: string, id: string, filters: EnrollmentFilters) => ['enrollments', org, id, filters] as const,
  myEnrollments: () => ['me', 'enrollments'] as const,
  timeZones: () => ['time-zones'] as const,
  members: (org: string, filters: MemberFilters) => ['members', org, filters] as const,
  membersOf: (org: string) => ['members', org] as const,
  invitations: (org: string) => ['invitations', org] as const,
  taxonomy: (org: string, kind: TaxonomyKind) => ['taxonomy', org, kind] as const,
  termUsage: (org: string, id: string) => ['taxonomy', 'usage', org, id] as const,
  workQueue: (org: string) => ['work-queue', org] as const,
  caseloadOf: (org: string) => ['caseload', org] as const,
  caseloadManagers: (org: string) => ['caseload', org, 'managers'] as const,
  caseload: (org: string, manager: string, status: string) => ['caseload', org, manager, status] as const,
  pulseSurvey: (org: string, id: string) => ['pulse-survey', org, id] as const,
  pulseAnswers: (org: string, relationship: string) => ['caseload', org, 'pulse-answers', relationship] as const,
  outbox: () => ['outbox'] as const,
  organisations: () => ['organisations'] as const,
  auditLog: (org: string) => ['audit', org] as const,
  platformAudit: () => ['audit', 'platform'] as const,
  mailStatus: () => ['mail', 'status'] as const,
  matchingSettings: (org: string, id: string) => ['matching', 'settings', org, id] as const,
  exclusions: (org: string, id: string) => ['matching', 'exclusions', org, id] as const,
  matchRounds: (org: string, id: string) => ['matching', 'rounds', org, id] as const,
  matchRound: (org: string, round: string) => ['matching', 'round', org, round] as const,
  /** The swap dialog's mentors for one mentee of a round, by search text (under matchRound). */
  swapAlternatives: (org: string, round: string, mentee: string, q: string) =>
    ['matching', 'round', org, round, 'alternatives', mentee, q] as const,
  /** The round's unmatched mentees grouped by reason (under matchRound). */
  unmatchedGroups: (org: string, round: string) => ['matching', 'round', org, round, 'unmatched-groups'] as const,
  recommendationsOf: (org: string, id: string) => ['recommendations', org, id] as const,
  recommendations: (org: string, id: string, filters: RecommendationFilters) =>
    ['recommendations', org, id, filters] as const,
  programRequests: (org: string, id: string) => ['requests', 'program', org, id] as const,
  incomingRequests: () => ['requests', 'incoming'] as const,
  /** The signed-in mentee's requests in every program (features/requests/sent_requests.ts). */
  sentRequests: () => ['requests', 'sent'] as const,
  myRelationships: () => ['me', 'relationships'] as const,
  notifications: () => ['me', 'notifications'] as const,
  pausedRelationships: (org: string, id: string) => ['relationships', 'paused', org, id] as const,
  programAgreement: (org: string, id: string) => ['agreements', 'program', org, id] as const,
  relationshipAgreement: (org: string, id: string) => ['agreements', 'relationship', org, id] as const,
  relationshipPlan: (org: string, id: string) => ['plans', 'relationship', org, id] as const,
  planTemplate: (org: string, program: string) => ['plans', 'template', org, program] as const,
  meetings: (org: string, relationship: string) => ['meetings', org, relationship] as const,
  meetingNote: (org: string, relationship: string, meeting: string) =>
    ['meetings', org, relationship, 'note', meeting] as const,
  calendarFeed: () => ['me', 'calendar-feed'] as const,
  /** Everything of one thread (its messages and the caller's view of it): live events invalidate it. */
  messages: (org: string, relationship: string) => ['messages', org, relationship] as const,
  thread: (org: string, relationship: string) => ['messages', org, relationship, 'thread'] as const,
  unread: () => ['me', 'unread'] as const,
  flaggedMessages: (org: string) => ['safety', org, 'flags'] as const,
  safetyReports: (org: string) => ['safety', org, 'reports'] as const,
};
