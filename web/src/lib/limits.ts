// Every limit the web app checks before a round trip, and every size it asks the server for, in
// one place. Where api/openapi.yaml states the limit (maxLength, maximum, minimum, maxItems), the
// constant names the schema field it mirrors and must equal it: limits.test.ts reads the spec and
// fails when they drift apart. The others are the server's rules the spec does not state (yet).

// Requests for a mentor (POST …/programs/{id}/requests) and their answers.

/** Open (pending) requests a mentee may have at once; the spec says so in prose only. */
export const MAX_OPEN_REQUESTS = 3;
/** MentorRequestInput.message: maxLength. */
export const REQUEST_MESSAGE_MAX = 2000;
/** DeclineRequestInput.reason: maxLength. */
export const DECLINE_REASON_MAX = 1000;

/** ApplicationInput.message (the server's limit). */
export const APPLICATION_MESSAGE_MAX = 2000;

/** TaxonomyTermRename.label: maxLength (the server's limit for every term label). */
export const TAXONOMY_LABEL_MAX = 80;

/** ExclusionInput.reason: maxLength. */
export const EXCLUSION_REASON_MAX = 500;

// Profiles (ProfileInput and the schemas it uses).

/** ProfileInput.headline: maxLength. */
export const HEADLINE_MAX = 140;
/** ProfileInput.bio: maxLength. */
export const BIO_MAX = 4000;
/** ProfileInput.skills_teach and skills_learn: maxItems. */
export const SKILLS_MAX = 30;
/** ProfileInput.availability_hours_per_month: maximum. */
export const AVAILABILITY_HOURS_MAX = 200;
/** MentorSettings.capacity: maximum. */
export const MENTOR_CAPACITY_MAX = 20;
/** MenteePreferences.preferred_mentor_gender: maxLength (in code points, as the server counts). */
export const PREFERRED_MENTOR_GENDER_MAX = 80;
/** Level: minimum. */
export const LEVEL_MIN = 1;
/** Level: maximum. */
export const LEVEL_MAX = 5;

// Programs and organisations.

/** ProgramInput.name (the server's limit). */
export const PROGRAM_NAME_MAX = 200;
/** ProgramInput.default_mentor_capacity: minimum. */
export const PROGRAM_CAPACITY_MIN = 1;
/** ProgramInput.default_mentor_capacity: maximum. */
export const PROGRAM_CAPACITY_MAX = 50;
/** OrganisationInput.name (the server's limit). */
export const ORGANISATION_NAME_MAX = 200;
/** OrganisationInput.slug (the server's limit). */
export const ORGANISATION_SLUG_MAX = 100;

// Matching settings (MatchingSettingsInput).

/** MatchingSettingsInput.max_mentors_per_mentee: minimum. */
export const MAX_MENTORS_PER_MENTEE_MIN = 1;
/** MatchingSettingsInput.max_mentors_per_mentee: maximum. */
export const MAX_MENTORS_PER_MENTEE_MAX = 10;
/** MatchingSettingsInput.request_expiry_days: minimum. */
export const REQUEST_EXPIRY_DAYS_MIN = 1;
/** MatchingSettingsInput.request_expiry_days: maximum. */
export const REQUEST_EXPIRY_DAYS_MAX = 90;

// Accounts.

/** PasswordResetConfirmInput.password: minLength. */
export const MIN_PASSWORD_LENGTH = 10;

// Page sizes.

/** The largest page a list endpoint gives: the `limit` query parameter's maximum. */
export const MAX_PAGE_LIMIT = 200;
/** How many pages `fetchAllPages` follows at most (at 200 a page: 10,000 items). */
export const FETCH_ALL_MAX_PAGES = 50;
/** Notifications a page: the newest 100, as many as the bell showed before lists were paged. */
export const NOTIFICATIONS_PAGE = 100;
/** How many pages /relationships/:id reads on its own looking for the one its link names. */
export const PAGES_TO_FIND_LINKED = 10;
/** Rows a "Show more" reveals of a list the page already holds whole (a round's proposals). */
export const SHOW_MORE_STEP = 25;
