// The API's types, generated from api/openapi.yaml into web/src/api/schema.gen.ts
// (`npm --prefix web run gen:api`); the tests use these, never hand-written copies.
import type { components } from '../../web/src/api/schema.gen';

export type { components, operations, paths } from '../../web/src/api/schema.gen';
export type Schemas = components['schemas'];

export type Organisation = Schemas['Organisation'];
export type Program = Schemas['Program'];
export type ProgramInput = Schemas['ProgramInput'];
export type Enrollment = Schemas['Enrollment'];
export type Invitation = Schemas['Invitation'];
export type Me = Schemas['Me'];
export type Profile = Schemas['Profile'];
export type ProfileInput = Schemas['ProfileInput'];
export type Role = Schemas['Role'];
export type ProgramRole = Schemas['ProgramRole'];
export type MatchingSettings = Schemas['MatchingSettings'];
export type MatchingSettingsInput = Schemas['MatchingSettingsInput'];
export type Exclusion = Schemas['Exclusion'];
export type MatchRound = Schemas['MatchRound'];
export type RoundView = Schemas['RoundView'];
export type Proposal = Schemas['Proposal'];
export type Recommendation = Schemas['Recommendation'];
export type Reason = Schemas['Reason'];
export type MentorRequest = Schemas['MentorRequest'];
export type Relationship = Schemas['Relationship'];
export type Notification = Schemas['Notification'];
export type OutboxMessage = Schemas['OutboxMessage'];
export type Outbox = Schemas['Outbox'];
export type Problem = Schemas['Problem'];
export type AuditEntry = Schemas['AuditEntry'];
export type Member = Schemas['Member'];
export type TaxonomyTerm = Schemas['TaxonomyTerm'];
export type SessionInfo = Schemas['SessionInfo'];

/** One page of a list endpoint (every `*Page` schema of the spec). */
export interface Page<T> {
  items: T[];
  next_cursor: Schemas['NextCursor'];
}
export type Caseload = Schemas['Caseload'];
export type CaseloadEntry = Schemas['CaseloadEntry'];
export type Checkin = Schemas['Checkin'];
export type RelationshipManager = Schemas['RelationshipManager'];
export type PulseSurvey = Schemas['PulseSurvey'];
