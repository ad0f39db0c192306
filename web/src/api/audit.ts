import type { AuditPage } from '../api_types';
import { API_BASE, api } from './client';
import { orgPath } from './organisations';

function pageQuery(cursor?: string | null, limit?: number): string {
  const q = new URLSearchParams();
  if (limit !== undefined) q.set('limit', String(limit));
  if (cursor) q.set('cursor', cursor);
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** An organisation's audit log, newest first (org_admin). */
export const listAuditLog = (org: string, cursor?: string | null, limit?: number) =>
  api.get<AuditPage>(`${orgPath(org)}/audit${pageQuery(cursor, limit)}`);

/** The platform administrators' own actions, newest first (platform admin). */
export const listPlatformAudit = (cursor?: string | null, limit?: number) =>
  api.get<AuditPage>(`${API_BASE}/admin/audit${pageQuery(cursor, limit)}`);
