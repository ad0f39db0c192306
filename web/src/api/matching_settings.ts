import type {
  Exclusion,
  ExclusionInput,
  MatchingSettings,
  MatchingSettingsInput,
  Page,
} from '../api_types';
import { api, seg } from './client';
import { pageQuery, type PageParams } from './paging';
import { programPath } from './programs';

// A program's matching settings and exclusions (org_admin, coordinator).
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
