import type { Page, Program, ProgramInput } from '../api_types';
import { api, seg } from './client';
import { orgPath } from './organisations';
import { pageQuery, type PageParams } from './paging';

export const programPath = (org: string, id: string) => `${orgPath(org)}/programs/${seg(id)}`;

/** Any member; drafts only for coordinators. */
export const listPrograms = (org: string, page: PageParams = {}) =>
  api.get<Page<Program>>(`${orgPath(org)}/programs`, pageQuery(page));

/** org_admin, coordinator → 201. */
export const createProgram = (org: string, input: ProgramInput) =>
  api.post<Program>(`${orgPath(org)}/programs`, input);

export const getProgram = (org: string, id: string) => api.get<Program>(programPath(org, id));

/** org_admin, coordinator. */
export const updateProgram = (org: string, id: string, input: ProgramInput) =>
  api.put<Program>(programPath(org, id), input);
