import type { MatchRound, MatchRoundInput, MenteeFilter, MenteeScopePreview, Page, RoundView } from '../api_types';
import { api, seg } from './client';
import { orgPath } from './organisations';
import { pageQuery, type PageParams } from './paging';
import { programPath } from './programs';

const roundPath = (org: string, round: string) => `${orgPath(org)}/match-rounds/${seg(round)}`;

// Match rounds and their proposals (org_admin, coordinator).
export const listMatchRounds = (org: string, program: string, page: PageParams = {}) =>
  api.get<Page<MatchRound>>(`${programPath(org, program)}/match-rounds`, pageQuery(page));
export const runMatchRound = (org: string, program: string, input: MatchRoundInput) =>
  api.post<RoundView>(`${programPath(org, program)}/match-rounds`, input);
export const getMatchRound = (org: string, round: string) => api.get<RoundView>(roundPath(org, round));
export const rerunMatchRound = (org: string, round: string) => api.post<RoundView>(`${roundPath(org, round)}/rerun`);
export const publishMatchRound = (org: string, round: string) =>
  api.post<RoundView>(`${roundPath(org, round)}/publish`);
export const discardMatchRound = (org: string, round: string) =>
  api.post<RoundView>(`${roundPath(org, round)}/discard`);
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
// Gives a mentee the round left unmatched a mentor by hand (the swap without a current mentor).
export const assignMentor = (org: string, round: string, mentee_id: string, to_mentor_id: string) =>
  api.post<RoundView>(`${roundPath(org, round)}/proposals/swap`, { mentee_id, to_mentor_id });
// Who a filter (grade, group, language, first-generation) selects among the program's active
// mentees, and the values it may name; changes nothing.
export const previewMenteeScope = (org: string, program: string, filter: MenteeFilter) =>
  api.post<MenteeScopePreview>(`${programPath(org, program)}/match-rounds/scope-preview`, filter);
