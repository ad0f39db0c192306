import type { Member, MemberFilters, Page, Role } from '../api_types';
import { api, seg } from './client';
import { orgPath } from './organisations';
import { pageQuery, type PageParams } from './paging';

/** org_admin, coordinator. */
export const listMembers = (org: string, filters: MemberFilters = {}, page: PageParams = {}) =>
  api.get<Page<Member>>(`${orgPath(org)}/members`, { q: filters.q, role: filters.role, ...pageQuery(page) });

/** org_admin; an admin cannot remove their own org_admin role. */
export const setMemberRoles = (org: string, person: string, roles: Role[]) =>
  api.put<Member>(`${orgPath(org)}/members/${seg(person)}/roles`, { roles });

/** org_admin → 204; ends their participation everywhere in the organisation. 409 for oneself or
 * the last administrator. */
export const removeMember = (org: string, person: string) =>
  api.delete(`${orgPath(org)}/members/${seg(person)}`);
