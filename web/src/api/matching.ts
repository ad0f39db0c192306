import type {
  Exclusion,
  ExclusionInput,
  MatchingSettings,
  MatchingSettingsInput,
  MatchRound,
  MatchRoundInput,
  MentorRequest,
  Notification,
  Page,
  Recommendation,
  RecommendationFilters,
  Relationship,
  RoundView,
} from '../api_types';
import { API_BASE, api, seg } from './client';
import { orgPath } from './organisations';
import { pageQuery, type PageParams } from './paging';
import { programPath } from './programs';

const roundPath = (org: string, round: string) => `${orgPath(org)}/match-rounds/${seg(round)}`;

// Coordinator (org_admin, coordinator).
export const getMatchingSettings = (org: string, program: string) =>
  api.get<MatchingSettings>(`${programPath(org, program)}/matching/settings`);
export const putMatchingSettings = (org: string, program: string, input: MatchingSettingsInput) =>
  api.put<MatchingSettings>(`${programPath(org, program)}/matching/settings`, input);

export const listExclusions = (org: string, program: string, page: PageParams = {}) =>
  api.get<Page<Exclusion>>(`${programPath(org, program)}/matching/exclusions`, pageQuery(page));
export const addExclusion = (org: string, program: string, input: ExclusionInput) =>
  api.post<Exclusion>(`${programPath(org, program)}/matching/exclusions`, input);
export const removeExclusion = (org: string, program: string, mentee: string, mentor: string) =>
  api.delete(`${programPath(org, program)}/matching/exclusions/${seg(mentee)}/${seg(mentor)}`);

export const listMatchRounds = (org: string, program: string, page: PageParams = {}) =>
  api.get<Page<MatchRound>>(`${programPath(org, program)}/match-rounds`, pageQuery(page));
export const runMatchRound = (org: string, program: string, input: MatchRoundInput) =>
  api.post<RoundView>(`${programPath(org, program)}/match-rounds`, input);
export const getMatchRound = (org: string, round: string) => api.get<RoundView>(roundPath(org, round));
export const rerunMatchRound = (org: string, round: string) => api.post<RoundView>(`${roundPath(org, round)}/rerun`);
export const publishMatchRound = (org: string, round: string) =>
  api.post<RoundView>(`${roundPath(org, round)}/publish`);
export const lockProposal = (org: string, round: string, mentee_id: string, mentor_id: string, locked: boolean) =>
  api.post<RoundView>(`${roundPath(org, round)}/proposals/lock`, { mentee_id, mentor_id, locked });
export const removeProposal = (org: string, round: string, mentee_id: string, mentor_id: string) =>
  api.post<RoundView>(`${roundPath(org, round)}/proposals/remove`, { mentee_id, mentor_id });
export const swapProposal = (
  org: string,
  round: string,
  mentee_id: string,
  from_mentor_id: string,
  to_mentor_id: string,
) => api.post<RoundView>(`${roundPath(org, round)}/proposals/swap`, { mentee_id, from_mentor_id, to_mentor_id });

// Mentee self-match.
export const getRecommendations = (
  org: string,
  program: string,
  filters: RecommendationFilters = {},
  page: PageParams = {},
) =>
  api.get<Page<Recommendation>>(`${programPath(org, program)}/recommendations`, {
    language: filters.language,
    skill: filters.skill,
    outside: filters.outside ? 'true' : undefined,
    ...pageQuery(page),
  });
export const listMyProgramRequests = (org: string, program: string, page: PageParams = {}) =>
  api.get<Page<MentorRequest>>(`${programPath(org, program)}/requests`, pageQuery(page));
export const requestMentor = (org: string, program: string, mentor_id: string, message: string) =>
  api.post<MentorRequest>(`${programPath(org, program)}/requests`, { mentor_id, message });
export const withdrawRequest = (org: string, request: string) =>
  api.post<MentorRequest>(`${orgPath(org)}/requests/${seg(request)}/withdraw`);
export const acceptRequest = (org: string, request: string) =>
  api.post<MentorRequest>(`${orgPath(org)}/requests/${seg(request)}/accept`);
export const declineRequest = (org: string, request: string, reason: string) =>
  api.post<MentorRequest>(`${orgPath(org)}/requests/${seg(request)}/decline`, { reason });

// Everyone signed in.
export const listIncomingRequests = (page: PageParams = {}) =>
  api.get<Page<MentorRequest>>(`${API_BASE}/me/requests`, pageQuery(page));
export const listMyRelationships = (page: PageParams = {}) =>
  api.get<Page<Relationship>>(`${API_BASE}/me/relationships`, pageQuery(page));
export const acceptRelationship = (org: string, id: string) =>
  api.post<Relationship>(`${orgPath(org)}/relationships/${seg(id)}/accept`);
export const declineRelationship = (org: string, id: string) =>
  api.post<Relationship>(`${orgPath(org)}/relationships/${seg(id)}/decline`);
export const listNotifications = (page: PageParams = {}) =>
  api.get<Page<Notification>>(`${API_BASE}/me/notifications`, pageQuery(page));
export const markNotificationRead = (id: string) => api.post<void>(`${API_BASE}/me/notifications/${seg(id)}/read`);
