import type { Enrollment, Locale, Me, Page, Profile, ProfileInput } from '../api_types';
import { API_BASE, api } from './client';
import { pageQuery, type PageParams } from './paging';

export const getMe = () => api.get<Me>(`${API_BASE}/me`);

export const updateMe = (patch: { name?: string; locale?: Locale }) =>
  api.patch<Me>(`${API_BASE}/me`, patch);

/** Empty defaults when the profile was never saved. */
export const getMyProfile = () => api.get<Profile>(`${API_BASE}/me/profile`);

export const putMyProfile = (input: ProfileInput) => api.put<Profile>(`${API_BASE}/me/profile`, input);

/** Enrollments across all organisations. */
export const getMyEnrollments = (page: PageParams = {}) =>
  api.get<Page<Enrollment>>(`${API_BASE}/me/enrollments`, pageQuery(page));
