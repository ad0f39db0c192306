import type { ApplicationInput, Enrollment, EnrollmentFilters, EnrollmentPatch, Page } from '../api_types';
import { api, seg } from './client';
import { pageQuery, type PageParams } from './paging';
import { programPath } from './programs';

const enrollmentPath = (org: string, program: string, enrollment: string) =>
  `${programPath(org, program)}/enrollments/${seg(enrollment)}`;

/** org_admin, coordinator. */
export const listEnrollments = (
  org: string,
  program: string,
  filters: EnrollmentFilters = {},
  page: PageParams = {},
) =>
  api.get<Page<Enrollment>>(`${programPath(org, program)}/enrollments`, {
    role: filters.role,
    status: filters.status,
    q: filters.q,
    ...pageQuery(page),
  });

/** Any member → 201; 409 when already enrolled in that role. */
export const applyToProgram = (org: string, program: string, input: ApplicationInput) =>
  api.post<Enrollment>(`${programPath(org, program)}/applications`, input);

export const approveEnrollment = (org: string, program: string, enrollment: string) =>
  api.post<Enrollment>(`${enrollmentPath(org, program, enrollment)}/approve`);

export const declineEnrollment = (org: string, program: string, enrollment: string) =>
  api.post<Enrollment>(`${enrollmentPath(org, program, enrollment)}/decline`);

/** org_admin, coordinator: ends a pending or active place and what hangs on it (409 otherwise). */
export const endEnrollment = (org: string, program: string, enrollment: string) =>
  api.post<Enrollment>(`${enrollmentPath(org, program, enrollment)}/end`);

/** org_admin, coordinator. */
export const patchEnrollment = (org: string, program: string, enrollment: string, patch: EnrollmentPatch) =>
  api.patch<Enrollment>(enrollmentPath(org, program, enrollment), patch);
