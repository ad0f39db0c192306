import type { Page, Relationship } from '../api_types';
import { api, seg } from './client';
import { orgPath } from './organisations';
import { pageQuery, type PageParams } from './paging';
import { programPath } from './programs';

/** org_admin, coordinator: the program's relationships paused by safeguarding. */
export const listPausedRelationships = (org: string, program: string, page: PageParams = {}) =>
  api.get<Page<Relationship>>(`${programPath(org, program)}/paused-relationships`, pageQuery(page));

/** org_admin, coordinator; 409 unless the pair may meet again and there is room. */
export const resumeRelationship = (org: string, id: string) =>
  api.post<Relationship>(`${orgPath(org)}/relationships/${seg(id)}/resume`);
