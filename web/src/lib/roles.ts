import type { Me, Membership, Role } from '../api_types';

export function membershipOf(user: Me, org: string): Membership | undefined {
  return user.memberships.find((m) => m.organisation_id === org);
}

export function rolesIn(user: Me, org: string): Role[] {
  return membershipOf(user, org)?.roles ?? [];
}

export function hasRole(user: Me, org: string, ...roles: Role[]): boolean {
  const mine = rolesIn(user, org);
  return roles.some((r) => mine.includes(r));
}

/** Coordinators and organisation admins create programs and manage participants. */
export function canManagePrograms(user: Me, org: string): boolean {
  return hasRole(user, org, 'org_admin', 'coordinator');
}

export function isOrgAdmin(user: Me, org: string): boolean {
  return hasRole(user, org, 'org_admin');
}

export function isMember(user: Me, org: string): boolean {
  return membershipOf(user, org) !== undefined;
}

export function firstOrganisation(user: Me): string | undefined {
  return user.memberships[0]?.organisation_id;
}

export function firstAdminOrganisation(user: Me): string | undefined {
  return user.memberships.find((m) => m.roles.includes('org_admin'))?.organisation_id;
}

export function allRoles(user: Me): Role[] {
  return [...new Set(user.memberships.flatMap((m) => m.roles))];
}
