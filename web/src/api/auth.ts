import type { AcceptInvitationInput, InvitationPreview, SessionInfo } from '../api_types';
import { API_BASE, api, seg } from './client';
import { rememberCsrfToken } from './csrf';

function remember(info: SessionInfo): SessionInfo {
  rememberCsrfToken(info.csrf_token);
  return info;
}

/** GET /auth/session; rejects with ApiError 401 when signed out. */
export const getSession = () => api.get<SessionInfo>(`${API_BASE}/auth/session`).then(remember);

/** POST /auth/login; 401 wrong email/password, 429 rate limited. */
export const login = (email: string, password: string) =>
  api.post<SessionInfo>(`${API_BASE}/auth/login`, { email, password }).then(remember);

/** POST /auth/logout → 204. */
export const logout = () => api.post<void>(`${API_BASE}/auth/logout`);

/** POST /auth/password-reset → 202, whether or not the email is known. */
export const requestPasswordReset = (email: string) =>
  api.post<void>(`${API_BASE}/auth/password-reset`, { email });

/** POST /auth/password-reset/confirm → 204; 400 invalid/expired token or weak password. */
export const confirmPasswordReset = (token: string, password: string) =>
  api.post<void>(`${API_BASE}/auth/password-reset/confirm`, { token, password });

/** GET /invitations/{token}; 404 unknown token. */
export const getInvitationPreview = (token: string) =>
  api.get<InvitationPreview>(`${API_BASE}/invitations/${seg(token)}`);

/** POST /invitations/{token}/accept; signs the caller in. */
export const acceptInvitation = (token: string, input: AcceptInvitationInput) =>
  api.post<SessionInfo>(`${API_BASE}/invitations/${seg(token)}/accept`, input).then(remember);
