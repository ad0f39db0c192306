import type { Member, MemberFilters, Role } from '../api_types';
import { api, seg } from './client';
import { orgPath } from './organisations';

/** org_admin, coordinator. */
export const listMembers = (org: string, filters: MemberFilters = {}) =>
  api.get<Member[]>(`${orgPath(org)}/members`, { q: filters.q, role: filters.role });

/** org_admin; an admin cannot remove their own org_admin role. */
export const setMemberRoles = (org: string, person: string, roles: Role[]) =>
  api.put<Member>(`${orgPath(org)}/members/${seg(person)}/roles`, { roles });

/** org_admin → 204; ends their participation everywhere in the organisation. 409 for oneself or
 * the last administrator. */
export const removeMember = (org: string, person: string) =>
  api.delete(`${orgPath(org)}/members/${seg(person)}`);
