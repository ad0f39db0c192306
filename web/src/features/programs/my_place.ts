// Where the signed-in person stands in one program, per role, from GET /me/enrollments.
import type { Enrollment, ProgramRole } from '../../api_types';
import { PROGRAM_ROLES } from '../../api_types';

/** 'active' or 'pending' when the person holds (or waits for) that role here; else 'none'. */
export type Place = 'active' | 'pending' | 'none';

export function placeIn(enrollments: readonly Enrollment[], programId: string, role: ProgramRole): Place {
  const e = enrollments.find((x) => x.program_id === programId && x.role === role);
  if (e?.status === 'active') return 'active';
  if (e?.status === 'pending') return 'pending';
  return 'none'; // never applied, or withdrawn, declined or ended: applying again is allowed
}

/** Each role with the person's place in it, in the order roles are shown. */
export function placesIn(enrollments: readonly Enrollment[], programId: string): [ProgramRole, Place][] {
  return PROGRAM_ROLES.map((role) => [role, placeIn(enrollments, programId, role)]);
}
