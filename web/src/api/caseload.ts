import type { components } from './schema.gen';
import type { Page } from '../api_types';
import { API_BASE, api, seg } from './client';
import { orgPath } from './organisations';
import { pageQuery, type PageParams } from './paging';

type Schemas = components['schemas'];

export type Caseload = Schemas['Caseload'];
export type CaseloadEntry = Schemas['CaseloadEntry'];
export type HealthStatus = CaseloadEntry['health'];
export type HealthReason = Schemas['HealthReason'];
export type Checkin = Schemas['Checkin'];
export type CheckinInput = Schemas['CheckinInput'];
export type CheckinWith = CheckinInput['with'];
export type RelationshipManager = Schemas['RelationshipManager'];
export type PulseSurvey = Schemas['PulseSurvey'];
export type PulseAnswerInput = Schemas['PulseAnswerInput'];
export type PulseAnswer = Schemas['PulseAnswerList']['items'][number];

const relationshipPath = (org: string, relationship: string) => `${orgPath(org)}/relationships/${seg(relationship)}`;

export interface CaseloadQuery extends PageParams {
  manager?: string; // absent: the caller; "none": nobody's
  status?: HealthStatus;
}

/** Coordinators: a manager's pairs with their health, most urgent first. */
export const getCaseload = (org: string, q: CaseloadQuery = {}) =>
  api.get<Caseload>(`${orgPath(org)}/caseload`, {
    ...pageQuery(q),
    ...(q.manager ? { manager: q.manager } : {}),
    ...(q.status ? { status: q.status } : {}),
  });

export const getRelationshipManager = (org: string, relationship: string) =>
  api.get<RelationshipManager>(`${relationshipPath(org, relationship)}/manager`);

export const assignRelationshipManager = (org: string, relationship: string, managerId: string) =>
  api.put<RelationshipManager>(`${relationshipPath(org, relationship)}/manager`, { manager_id: managerId });

/** Coordinators: the relationship's check-ins, latest first. */
export const listCheckins = (org: string, relationship: string, page: PageParams = {}) =>
  api.get<Page<Checkin>>(`${relationshipPath(org, relationship)}/checkins`, pageQuery(page));

export const logCheckin = (org: string, relationship: string, input: CheckinInput) =>
  api.post<Checkin>(`${relationshipPath(org, relationship)}/checkins`, input);

export const markFollowUpDone = (org: string, relationship: string, followUp: string) =>
  api.post<void>(`${relationshipPath(org, relationship)}/follow-ups/${seg(followUp)}/done`);

/** Coordinators: a relationship's answered pulse surveys with their comments, latest first. */
export const listPulseAnswers = (org: string, relationship: string) =>
  api.get<{ items: PulseAnswer[] }>(`${relationshipPath(org, relationship)}/pulse-answers`);

/** The caller's unanswered pulse surveys. */
export const listMyPulseSurveys = () => api.get<{ items: PulseSurvey[] }>(`${API_BASE}/me/pulse-surveys`);

export const getPulseSurvey = (org: string, survey: string) =>
  api.get<PulseSurvey>(`${orgPath(org)}/pulse-surveys/${seg(survey)}`);

export const answerPulseSurvey = (org: string, survey: string, answer: PulseAnswerInput) =>
  api.post<PulseSurvey>(`${orgPath(org)}/pulse-surveys/${seg(survey)}/answer`, answer);
