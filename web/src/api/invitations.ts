import type { Invitation, InvitationInput, Page } from '../api_types';
import { api, seg } from './client';
import { orgPath } from './organisations';
import { pageQuery, type PageParams } from './paging';

/** org_admin, coordinator. */
export const listInvitations = (org: string, page: PageParams = {}) =>
  api.get<Page<Invitation>>(`${orgPath(org)}/invitations`, pageQuery(page));

/** 201 with `link`; coordinators may only invite to a program as mentor or mentee. */
export const createInvitation = (org: string, input: InvitationInput) =>
  api.post<Invitation>(`${orgPath(org)}/invitations`, input);

/** 204; revokes a pending invitation. */
export const revokeInvitation = (org: string, id: string) =>
  api.delete(`${orgPath(org)}/invitations/${seg(id)}`);
