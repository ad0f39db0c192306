// Types of the Tandem HTTP API v1, exactly as api/CONTRACT.md defines them.
// Ids travel as strings; timestamps are RFC 3339 UTC strings; dates are YYYY-MM-DD.

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

export type EnrollmentStatus = 'pending' | 'active' | 'declined' | 'withdrawn';
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
  created_at: string;
}

export interface ApplicationInput {
  role: ProgramRole;
  message: string;
}

export interface EnrollmentPatch {
  screening_cleared?: boolean;
  training_complete?: boolean;
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

export interface OutboxMessage {
  id: string;
  to: string;
  subject: string;
  body: string;
  created_at: string;
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
