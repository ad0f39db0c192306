import type { MentorRequest, Page } from '../api_types';
import { API_BASE, api, seg } from './client';
import { orgPath } from './organisations';
import { pageQuery, type PageParams } from './paging';
import { programPath } from './programs';

// A mentee's requests to mentors, and a mentor's answers.
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
export const listIncomingRequests = (page: PageParams = {}) =>
  api.get<Page<MentorRequest>>(`${API_BASE}/me/requests`, pageQuery(page));
