import type { Member, MemberFilters, Role } from '../api_types';
import { api, seg } from './client';
import { orgPath } from './organisations';

/** org_admin, coordinator. */
export const listMembers = (org: string, filters: MemberFilters = {}) =>
  api.get<Member[]>(`${orgPath(org)}/members`, { q: filters.q, role: filters.role });

/** org_admin; an admin cannot remove their own org_admin role. */
export const setMemberRoles = (org: string, person: string, roles: Role[]) =>
  api.put<Member>(`${orgPath(org)}/members/${seg(person)}/roles`, { roles });
