import type { Page, Relationship } from '../api_types';
import { API_BASE, api, seg } from './client';
import { orgPath } from './organisations';
import { pageQuery, type PageParams } from './paging';

// The signed-in person's matches, and their answers to proposed ones.
export const listMyRelationships = (page: PageParams = {}) =>
  api.get<Page<Relationship>>(`${API_BASE}/me/relationships`, pageQuery(page));
export const acceptRelationship = (org: string, id: string) =>
  api.post<Relationship>(`${orgPath(org)}/relationships/${seg(id)}/accept`);
export const declineRelationship = (org: string, id: string) =>
  api.post<Relationship>(`${orgPath(org)}/relationships/${seg(id)}/decline`);
