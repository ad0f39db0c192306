import type { Me, Membership } from '../../api_types';

/** The organisations where the user is a coordinator or an organisation admin. */
export function staffMemberships(user: Me): Membership[] {
  return user.memberships.filter((m) => m.roles.includes('coordinator') || m.roles.includes('org_admin'));
}

/**
 * Whether the participant's home (their programs and matches) applies: they mentor or are
 * mentored somewhere, or they run nothing (a new account, a platform admin).
 */
export function showsParticipantHome(user: Me): boolean {
  const takesPart = user.memberships.some((m) => m.roles.includes('mentor') || m.roles.includes('mentee'));
  return takesPart || staffMemberships(user).length === 0;
}
