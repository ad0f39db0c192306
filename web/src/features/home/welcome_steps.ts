// The welcome card's steps for a participant, from what the server already says: whether the
// profile was ever saved, their program places, and their matches.
import type { Enrollment, Me, Relationship } from '../../api_types';
import { allRoles } from '../../lib/roles';

export interface WelcomeSteps {
  profileDone: boolean;
  /** The first active place, else the first pending one, else none. */
  place: { status: 'active' | 'pending'; program: string; org: string; programId: string } | null;
  side: 'mentee' | 'mentor' | 'both';
  /** Everything done and matched: the card is not shown. */
  finished: boolean;
}

/** Participants and new accounts get the welcome; staff-only accounts have their own home. */
export function wantsWelcome(user: Me): boolean {
  const roles = allRoles(user);
  return roles.length === 0 || roles.includes('mentee') || roles.includes('mentor');
}

export function welcomeSteps(
  user: Me,
  profileSaved: boolean,
  enrollments: readonly Enrollment[],
  relationships: readonly Relationship[],
): WelcomeSteps {
  const roles = allRoles(user);
  const placed =
    enrollments.find((e) => e.status === 'active') ?? enrollments.find((e) => e.status === 'pending') ?? null;
  const place = placed
    ? {
        status: placed.status as 'active' | 'pending',
        program: placed.program_name,
        org: placed.organisation_id,
        programId: placed.program_id,
      }
    : null;
  const mentors = roles.includes('mentor') || enrollments.some((e) => e.role === 'mentor');
  const mentees = roles.includes('mentee') || enrollments.some((e) => e.role === 'mentee') || !mentors;
  const side = mentors && mentees ? 'both' : mentors ? 'mentor' : 'mentee';
  const matched = relationships.some((r) => r.status === 'active');
  return { profileDone: profileSaved, place, side, finished: profileSaved && place?.status === 'active' && matched };
}
