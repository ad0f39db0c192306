import type { AuditEntry, Page } from '../api_types';
import { API_BASE, api } from './client';
import { orgPath } from './organisations';
import { pageQuery, type PageParams } from './paging';

/** An organisation's audit log, newest first (org_admin). */
export const listAuditLog = (org: string, page: PageParams = {}) =>
  api.get<Page<AuditEntry>>(`${orgPath(org)}/audit`, pageQuery(page));

/** The platform administrators' own actions, newest first (platform admin). */
export const listPlatformAudit = (page: PageParams = {}) =>
  api.get<Page<AuditEntry>>(`${API_BASE}/admin/audit`, pageQuery(page));
