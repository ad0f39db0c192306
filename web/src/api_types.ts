// Types of the Tandem HTTP API v1, exactly as api/CONTRACT.md defines them.
// Ids travel as strings; timestamps are RFC 3339 UTC strings; dates are YYYY-MM-DD.

/**
 * One page of a list endpoint (`?limit=` 1..200, default 50; `?cursor=` the previous page's
 * `next_cursor`). `next_cursor` is null on the last page; cursors are opaque.
 */
export interface Page<T> {
  items: T[];
  next_cursor: string | null;
}

export type Role = 'org_admin' | 'coordinator' | 'mentor' | 'mentee';
export type ProgramRole = 'mentor' | 'mentee';
export type Locale = 'en' | 'es';

export interface Membership {
  organisation_id: string;
  organisation_name: string;
  organisation_kind: OrganisationKind;
  roles: Role[];
}

export interface Me {
  id: string;
  email: string;
  name: string;
  locale: Locale;
  is_platform_admin: boolean;
  memberships: Membership[];
}

export interface SessionInfo {
  user: Me;
  csrf_token: string;
}

export type OrganisationKind = 'school' | 'company' | 'alumni' | 'nonprofit' | 'university';

export interface Organisation {
  id: string;
  name: string;
  slug: string;
  kind: OrganisationKind;
  created_at: string;
}

export interface OrganisationInput {
  name: string;
  slug: string;
  kind: OrganisationKind;
  /** The first organisation administrator: appointed when the account exists, else invited. */
  admin_email: string;
}

export interface CreatedOrganisation extends Organisation {
  first_admin: { email: string; status: 'invited' | 'appointed' };
}

/** One audit-log entry; `action` is a stable id rendered with `params` in the reader's language. */
export interface AuditEntry {
  id: string;
  organisation_id: string | null;
  action: string;
  actor: { person_id: string; name: string } | null;
  subject: { person_id: string; name: string } | null;
  params: Record<string, string>;
  created_at: string;
}


export type ProgramType = 'one_to_one' | 'group' | 'peer' | 'flash';
export type Audience = 'youth' | 'adult';
export type ProgramStatus = 'draft' | 'open' | 'closed';

export interface ProgramCounts {
  mentors: number;
  mentees: number;
  pending: number;
}

export interface Program {
  id: string;
  organisation_id: string;
  name: string;
  description: string;
  type: ProgramType;
  audience: Audience;
  /** Both null means the program is evergreen. */
  start_date: string | null;
  end_date: string | null;
  /** 1..50 */
  default_mentor_capacity: number;
  requires_approval: boolean;
  status: ProgramStatus;
  created_at: string;
  counts: ProgramCounts;
}

export interface ProgramInput {
  name: string;
  description: string;
  type: ProgramType;
  audience: Audience;
  start_date: string | null;
  end_date: string | null;
  default_mentor_capacity: number;
  requires_approval: boolean;
  /** Optional; the server defaults it to "open". */
  status?: ProgramStatus;
}

export type EnrollmentStatus = 'pending' | 'active' | 'declined' | 'withdrawn' | 'ended';
export type EnrollmentSource = 'invitation' | 'application';

export interface Enrollment {
  id: string;
  program_id: string;
  program_name: string;
  person_id: string;
  person_name: string;
  person_email: string;
  /** The program's organisation. */
  organisation_id: string;
  /** The person's own organisation(s), comma separated, for display. */
  home_organisation_name: string;
  role: ProgramRole;
  status: EnrollmentStatus;
  source: EnrollmentSource;
  /** Application message. */
  message: string;
  screening_cleared: boolean;
  training_complete: boolean;
  /** A coordinator marked this participant a minor (only coordinators change it). */
  minor_marked: boolean;
  /** The person's own profile says they are a minor. */
  self_declared_minor: boolean;
  /** Safeguarding protects them: every mentee of a youth program, and any minor. */
  protected: boolean;
  created_at: string;
}

export interface ApplicationInput {
  role: ProgramRole;
  message: string;
}

export interface EnrollmentPatch {
  screening_cleared?: boolean;
  training_complete?: boolean;
  minor_marked?: boolean;
}

export interface EnrollmentFilters {
  role?: ProgramRole | '';
  status?: EnrollmentStatus | '';
  q?: string;
}

export type InvitationStatus = 'pending' | 'accepted' | 'revoked' | 'expired';

export interface Invitation {
  id: string;
  organisation_id: string;
  email: string;
  roles: Role[];
  program_id: string | null;
  program_role: ProgramRole | null;
  status: InvitationStatus;
  invited_by_name: string;
  created_at: string;
  expires_at: string;
  /** Only in the response to POST (contains the secret token). */
  link?: string;
}

export interface InvitationInput {
  email: string;
  roles: Role[];
  program_id?: string;
  program_role?: ProgramRole;
}

export interface InvitationPreview {
  organisation_name: string;
  program_name: string | null;
  email: string;
  roles: Role[];
  program_role: ProgramRole | null;
  account_exists: boolean;
  status: InvitationStatus;
}

export interface AcceptInvitationInput {
  name?: string;
  password?: string;
}

export interface SkillTeach {
  skill: string;
  /** 1..5 */
  level: number;
}

export interface SkillLearn {
  skill: string;
  /** 1..5 */
  current_level: number;
  /** 1..5, >= current_level */
  target_level: number;
}

export interface Goal {
  text: string;
  tags: string[];
}

export type BackgroundField =
  | 'first_generation'
  | 'low_income'
  | 'cultural_background'
  | 'gender'
  | 'disability'
  | 'veteran'
  | 'lgbtq';

export type Visibility = 'private' | 'matching' | 'coordinators' | 'participants';

export interface BackgroundEntry {
  field: BackgroundField;
  value: string;
  visibility: Visibility;
}

export interface MentorSettings {
  /** 0..20 */
  capacity: number;
  accepts_external_mentees: boolean;
}

export interface MenteePreferences {
  /** Prefers a mentor from another organisation (a matching criterion). */
  wants_outside_mentor: boolean;
  /**
   * The gender the mentee would prefer their mentor to have, in their own words; '' = no
   * preference. At most 80 characters after trimming. Matching compares it, ignoring case, with
   * the mentor's own `gender` background answer when that is not private. Always sent by the
   * server; optional in input.
   */
  preferred_mentor_gender?: string;
}

export interface MinorInfo {
  is_minor: boolean;
  guardian_name: string;
  guardian_email: string;
}

export interface Profile {
  person_id: string;
  name: string;
  headline: string;
  bio: string;
  skills_teach: SkillTeach[];
  skills_learn: SkillLearn[];
  interests: string[];
  goals: Goal[];
  /** ISO 639-1 codes, e.g. "en", "es". */
  languages: string[];
  /** IANA, e.g. "America/Chicago". */
  time_zone: string;
  /** 0..200 */
  availability_hours_per_month: number;
  background: BackgroundEntry[];
  mentor: MentorSettings;
  /** Always sent by the server; optional in input for older clients. */
  mentee?: MenteePreferences;
  minor: MinorInfo;
  updated_at: string;
}

export type ProfileInput = Omit<Profile, 'person_id' | 'updated_at'>;

export type TaxonomyKind = 'skill' | 'interest';

export interface TaxonomyTerm {
  id: string;
  kind: TaxonomyKind;
  label: string;
}

export interface TaxonomyTermInput {
  kind: TaxonomyKind;
  label: string;
}

export interface Member {
  person_id: string;
  name: string;
  email: string;
  roles: Role[];
}

export interface MemberFilters {
  q?: string;
  role?: Role | '';
}

/** development: nothing is delivered, the outbox is the mailbox; smtp: mail is delivered. */
export type MailMode = 'development' | 'smtp';
export type DeliveryStatus = 'pending' | 'sending' | 'sent' | 'failed';

export interface OutboxMessage {
  id: string;
  to: string;
  subject: string;
  /** Only in development mail mode. */
  body?: string;
  created_at: string;
  status: DeliveryStatus;
  attempts: number;
  next_attempt_at: string | null;
  last_error: string | null;
  sent_at: string | null;
}

/** One page of the outbox, with the server's mail mode beside it. */
export interface Outbox extends Page<OutboxMessage> {
  mode: MailMode;
}

export interface MailStatus {
  mode: MailMode;
}

export interface FieldError {
  field: string;
  message: string;
}

/** RFC 9457 problem details as the server sends them. */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: FieldError[];
}

export interface HealthStatus {
  status: string;
}

export const ROLES: readonly Role[] = ['org_admin', 'coordinator', 'mentor', 'mentee'];
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

// ---- Matching (issue 3) ----
export type Priority = 'must' | 'high' | 'medium' | 'low' | 'ignore';
export type Criterion =
  | 'skills'
  | 'interests'
  | 'goals'
  | 'background'
  | 'language'
  | 'time_zone'
  | 'availability'
  | 'outside_organisation'
  | 'experience_gap';
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

export interface MatchingSettings {
  program_id: string;
  priorities: Record<Criterion, Priority>;
  max_mentors_per_mentee: number;
  require_acceptance: boolean;
  request_expiry_days: number;
  priority_field: BackgroundField | null;
  priority_value: string | null;
}
export type MatchingSettingsInput = Omit<MatchingSettings, 'program_id' | 'priorities'> & {
  priorities: Partial<Record<Criterion, Priority>>;
};

export interface Exclusion {
  mentee_id: string;
  mentor_id: string;
  reason: string;
  created_at: string;
}
export interface ExclusionInput {
  mentee_id: string;
  mentor_id: string;
  reason?: string;
}

export type MatchObjective = 'score' | 'coverage';
export const MATCH_OBJECTIVES: readonly MatchObjective[] = ['score', 'coverage'];
export type MatchRoundStatus = 'draft' | 'published' | 'discarded';

export interface MatchRound {
  id: string;
  program_id: string;
  objective: MatchObjective;
  status: MatchRoundStatus;
  mentee_ids: string[];
  mentor_ids: string[];
  created_at: string;
  published_at: string | null;
  total_score: number;
  matched: number;
  unmatched: number;
  priority_cost: number;
  /** K: the best mentors per mentee the solver considered; re-runs reuse it. */
  candidates_per_mentee: number;
}
export interface Proposal {
  mentee_id: string;
  mentee_name: string;
  mentor_id: string;
  mentor_name: string;
  score: number;
  explanation: string;
  locked: boolean;
}
export interface UnmatchedMentee {
  mentee_id: string;
  mentee_name: string;
  reason: string;
}
export interface RoundView extends MatchRound {
  proposals: Proposal[];
  unmatched_mentees: UnmatchedMentee[];
}
export interface MatchRoundInput {
  objective?: MatchObjective;
  mentee_ids?: string[];
  mentor_ids?: string[];
  candidates_per_mentee?: number;
}

export interface ExplanationContribution {
  criterion: Criterion;
  points: number;
  reason: string;
}
export interface Explanation {
  text: string;
  contributions: ExplanationContribution[];
}
export interface Recommendation {
  mentor_id: string;
  name: string;
  headline: string;
  score: number;
  explanation: Explanation;
  remaining_capacity: number;
  outside_organisation: boolean;
  requested: boolean;
}
export interface RecommendationFilters {
  language?: string;
  skill?: string;
  outside?: boolean;
}

export type MentorRequestStatus = 'pending' | 'accepted' | 'declined' | 'withdrawn' | 'expired';
export const MENTOR_REQUEST_STATUSES: readonly MentorRequestStatus[] = [
  'pending',
  'accepted',
  'declined',
  'withdrawn',
  'expired',
];
export interface MentorRequest {
  id: string;
  organisation_id: string;
  program_id: string;
  program_name: string;
  mentee_id: string;
  mentee_name: string;
  mentor_id: string;
  mentor_name: string;
  message: string;
  status: MentorRequestStatus;
  decline_reason: string;
  score: number;
  /** The pair's reasons worded for the mentee, at request time. */
  explanation: string;
  /** The same reasons and points worded for the mentor ('' on requests from before it existed). */
  mentor_explanation: string;
  created_at: string;
  expires_at: string;
  decided_at: string | null;
}

/** paused: safeguarding paused it (no contact); only a coordinator resumes it. */
export type RelationshipStatus = 'proposed' | 'active' | 'declined' | 'ended' | 'paused';
export const RELATIONSHIP_STATUSES: readonly RelationshipStatus[] = ['proposed', 'active', 'declined', 'ended', 'paused'];
export interface Relationship {
  id: string;
  organisation_id: string;
  program_id: string;
  program_name: string;
  mentee_id: string;
  mentee_name: string;
  mentor_id: string;
  mentor_name: string;
  status: RelationshipStatus;
  source: 'match_round' | 'request';
  mentee_accepted: boolean;
  mentor_accepted: boolean;
  score: number;
  /** The pair's reasons worded for the mentee. */
  explanation: string;
  /** The same reasons and points worded for the mentor ('' on older relationships). */
  mentor_explanation: string;
  /** Why an ended relationship ended ('' otherwise). */
  end_reason: '' | 'member_removed' | 'role_removed' | 'enrollment_ended';
  created_at: string;
}
export interface Notification {
  id: string;
  organisation_id: string;
  kind: string;
  text: string;
  link: string;
  created_at: string;
  read: boolean;
}
