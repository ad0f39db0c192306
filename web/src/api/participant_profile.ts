import type { Profile } from '../api_types';
import { api, seg } from './client';
import { programPath } from './programs';

/** org_admin, coordinator: the participant's profile without what they keep from coordinators. */
export const getParticipantProfile = (org: string, program: string, enrollment: string) =>
  api.get<Profile>(`${programPath(org, program)}/enrollments/${seg(enrollment)}/profile`);
