import type { EnrollmentList } from '../api_types';
import { api } from './client';
import { programPath } from './programs';

/** org_admin, coordinator: approves every pending application named, or none (409 / 404). */
export const bulkApproveEnrollments = (org: string, program: string, enrollment_ids: string[]) =>
  api.post<EnrollmentList>(`${programPath(org, program)}/bulk-approve`, { enrollment_ids });

/** org_admin, coordinator: sets screening and/or training on every mentor named, or on none. */
export const bulkSetEnrollmentChecks = (
  org: string,
  program: string,
  enrollment_ids: string[],
  checks: { screening_cleared?: boolean; training_complete?: boolean },
) => api.post<EnrollmentList>(`${programPath(org, program)}/bulk-checks`, { enrollment_ids, ...checks });
