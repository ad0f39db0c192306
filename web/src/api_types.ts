// Types of the Tandem HTTP API v1: aliases of the types generated from api/openapi.yaml
// (web/src/api/schema.gen.ts; regenerate with `npm --prefix web run gen:api`). Only what the spec
// cannot name (query filters, the page wrapper) is written here.
import type { components } from './api/schema.gen';

type Schemas = components['schemas'];

/**
 * One page of a list endpoint (`?limit=` 1..200, default 50; `?cursor=` the previous page's
 * `next_cursor`). `next_cursor` is null on the last page; cursors are opaque.
 */
export interface Page<T> {
  items: T[];
  next_cursor: Schemas['NextCursor'];
}

export type Role = Schemas['Role'];
export type ProgramRole = Schemas['ProgramRole'];
export type Locale = Schemas['Locale'];
export type Membership = Schemas['Membership'];
export type Me = Schemas['Me'];
export type SessionInfo = Schemas['SessionInfo'];
export type OrganisationKind = Schemas['OrganisationKind'];
export type Organisation = Schemas['Organisation'];
export type OrganisationInput = Schemas['OrganisationInput'];
export type CreatedOrganisation = Schemas['CreatedOrganisation'];
export type AuditEntry = Schemas['AuditEntry'];
export type ProgramType = Schemas['ProgramType'];
export type Audience = Schemas['Audience'];
export type ProgramStatus = Schemas['ProgramStatus'];
export type ProgramCounts = Schemas['ProgramCounts'];
export type Program = Schemas['Program'];
export type ProgramInput = Schemas['ProgramInput'];
export type EnrollmentStatus = Schemas['EnrollmentStatus'];
export type Enrollment = Schemas['Enrollment'];
export type TimeZoneList = Schemas['TimeZoneList'];
export type ApplicationInput = Schemas['ApplicationInput'];
export type EnrollmentPatch = Schemas['EnrollmentPatch'];
export type InvitationStatus = Schemas['InvitationStatus'];
export type Invitation = Schemas['Invitation'];
export type InvitationInput = Schemas['InvitationInput'];
export type InvitationPreview = Schemas['InvitationPreview'];
export type AcceptInvitationInput = Schemas['AcceptInvitationInput'];
export type SkillTeach = Schemas['SkillTeach'];
export type SkillLearn = Schemas['SkillLearn'];
export type Goal = Schemas['Goal'];
export type BackgroundField = Schemas['BackgroundField'];
export type Visibility = Schemas['Visibility'];
export type BackgroundEntry = Schemas['BackgroundEntry'];
export type MentorSettings = Schemas['MentorSettings'];
export type MenteePreferences = Schemas['MenteePreferences'];
export type MinorInfo = Schemas['MinorInfo'];
export type Profile = Schemas['Profile'];
export type ProfileInput = Schemas['ProfileInput'];
export type TaxonomyKind = Schemas['TaxonomyKind'];
export type TaxonomyTerm = Schemas['TaxonomyTerm'];
export type TaxonomyTermInput = Schemas['TaxonomyTermInput'];
export type TaxonomyTermRename = Schemas['TaxonomyTermRename'];
export type TaxonomyTermUsage = Schemas['TaxonomyTermUsage'];
export type WorkQueue = Schemas['WorkQueue'];
export type ProgramWork = Schemas['ProgramWork'];
export type Member = Schemas['Member'];
export type MailMode = Schemas['MailMode'];
export type DeliveryStatus = Schemas['DeliveryStatus'];
export type OutboxMessage = Schemas['OutboxMessage'];
export type Outbox = Schemas['Outbox'];
export type MailStatus = Schemas['MailStatus'];
export type FieldError = Schemas['FieldError'];
/** A problem as the web client sees it: every field optional, since the client also makes one
 * from an answer that is not problem+json (a proxy's HTML error page, a dropped connection). */
export type Problem = Partial<Schemas['Problem']>;
export type HealthStatus = Schemas['HealthStatus'];
/** The spec's settings; `priorities` always lists all nine criteria (an allOf `required` the
 * generator does not carry over). */
export type MatchingSettings = Omit<Schemas['MatchingSettings'], 'priorities'> & {
  priorities: Required<Schemas['MatchingPriorities']>;
};
export type MatchingSettingsInput = Schemas['MatchingSettingsInput'];
export type Exclusion = Schemas['Exclusion'];
export type ExclusionInput = Schemas['ExclusionInput'];
export type MatchObjective = Schemas['MatchObjective'];
export type MatchRoundStatus = Schemas['MatchRoundStatus'];
export type MatchRound = Schemas['MatchRound'];
export type Proposal = Schemas['Proposal'];
export type UnmatchedMentee = Schemas['UnmatchedMentee'];
export type RoundView = Schemas['RoundView'];
export type MatchRoundInput = Schemas['MatchRoundInput'];
export type Reason = Schemas['Reason'];
export type ReasonId = Reason['id'];
export type ReasonParams = Schemas['ReasonParams'];
export type UnmatchedReasonId = Schemas['UnmatchedReasonId'];
export type InfeasibilityId = Schemas['InfeasibilityId'];
export type Recommendation = Schemas['Recommendation'];
export type RecommendationPage = Schemas['RecommendationPage'];
export type HeldMatch = Schemas['HeldMatch'];
export type MentorAlternative = Schemas['MentorAlternative'];
export type NotChosen = Schemas['NotChosen'];
export type MenteeFilter = Schemas['MenteeFilter'];
export type MenteeScopePreview = Schemas['MenteeScopePreview'];
export type NotChosenId = NotChosen['id'];
export type UnmatchedAction = Schemas['UnmatchedAction'];
export type UnmatchedGroup = Schemas['UnmatchedGroup'];
export type UnmatchedGroups = Schemas['UnmatchedGroups'];
export type EnrollmentList = Schemas['EnrollmentList'];
export type MentorRequestStatus = Schemas['MentorRequestStatus'];
export type MentorRequest = Schemas['MentorRequest'];
export type RelationshipStatus = Schemas['RelationshipStatus'];
export type Relationship = Schemas['Relationship'];
export type Notification = Schemas['Notification'];
export type NotificationKind = Schemas['NotificationKind'];
export type NotificationParams = Schemas['NotificationParams'];

export type EnrollmentSource = Enrollment['source'];
export type Priority = Schemas['MatchingPriority'];
export type Criterion = Schemas['MatchingCriterion'];

export interface EnrollmentFilters {
  role?: ProgramRole | '';
  status?: EnrollmentStatus | '';
  q?: string;
}

export interface MemberFilters {
  q?: string;
  role?: Role | '';
}

export interface RecommendationFilters {
  language?: string;
  skill?: string;
  outside?: boolean;
}

export const ROLES: readonly Role[] = ['org_admin', 'coordinator', 'mentor', 'mentee'];

export const REASON_IDS: readonly ReasonId[] = [
  'shared_language',
  'skill_match',
  'goals_overlap',
  'shared_interests',
  'background_match',
  'preference_met',
  'time_zone',
  'availability',
  'outside_organisation',
  'experience_gap',
];

export const UNMATCHED_REASON_IDS: readonly UnmatchedReasonId[] = [
  'mentee_limit_reached',
  'no_mentors_in_scope',
  'best_mentors_taken',
  'suitable_mentors_taken',
  'no_suitable_mentor',
  'no_suitable_peer',
  'suitable_peers_taken',
  'removed_by_coordinator',
  'mentor_left',
  'mentor_not_cleared',
  'not_recorded',
];

export const INFEASIBILITY_IDS: readonly InfeasibilityId[] = [
  'youth_screening',
  'internal_only',
  'no_shared_language',
  'no_skills',
  'no_goals',
  'no_interests',
  'no_background',
  'preference_missed',
  'no_waking_overlap',
  'no_time',
  'same_organisation',
  'no_experience_gap',
  'excluded_or_matched',
  'minor_mentor',
];

export const NOT_CHOSEN_IDS: readonly NotChosenId[] = [
  'hard_constraint',
  'full_before_round',
  'taken_by_better_fits',
  'taken_for_cohort',
  'outside_round_scope',
  'beyond_candidates',
  'room_opened',
];

export const PROGRAM_ROLES: readonly ProgramRole[] = ['mentor', 'mentee'];

export const PROGRAM_TYPES: readonly ProgramType[] = ['one_to_one', 'group', 'peer', 'flash'];

export const AUDIENCES: readonly Audience[] = ['youth', 'adult'];

export const PROGRAM_STATUSES: readonly ProgramStatus[] = ['draft', 'open', 'closed'];

export const ENROLLMENT_STATUSES: readonly EnrollmentStatus[] = [
  'pending',
  'active',
  'declined',
  'withdrawn',
  'ended',
];

export const BACKGROUND_FIELDS: readonly BackgroundField[] = [
  'first_generation',
  'low_income',
  'cultural_background',
  'gender',
  'disability',
  'veteran',
  'lgbtq',
];

export const VISIBILITIES: readonly Visibility[] = [
  'private',
  'matching',
  'coordinators',
  'participants',
];

export const CRITERIA: readonly Criterion[] = [
  'skills',
  'interests',
  'goals',
  'background',
  'language',
  'time_zone',
  'availability',
  'outside_organisation',
  'experience_gap',
];

export const PRIORITIES: readonly Priority[] = ['must', 'high', 'medium', 'low', 'ignore'];

export const MATCH_OBJECTIVES: readonly MatchObjective[] = ['score', 'coverage'];

export const MENTOR_REQUEST_STATUSES: readonly MentorRequestStatus[] = [
  'pending',
  'accepted',
  'declined',
  'withdrawn',
  'expired',
];

export const RELATIONSHIP_STATUSES: readonly RelationshipStatus[] = [
  'proposed',
  'active',
  'declined',
  'ended',
  'paused',
  'awaiting_agreement',
];

export const NOTIFICATION_KINDS: readonly NotificationKind[] = [
  'match_proposed',
  'match_matched',
  'match_accepted',
  'match_confirmed',
  'match_declined',
  'match_paused',
  'match_resumed',
  'request_received',
  'request_accepted',
  'request_declined',
  'request_withdrawn',
  'relationship_ended',
  'enrollment_ended',
  'safeguarding_paused',
  'agreement_updated',
  'request_matched_elsewhere',
  'meeting_proposed',
  'meeting_suggested',
  'meeting_accepted',
  'meeting_declined',
  'meeting_rescheduled',
  'meeting_cancelled',
  'message_flagged',
  'safety_report',
  'caseload_assigned',
  'pulse_survey_due',
];
