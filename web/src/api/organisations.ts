import type { CreatedOrganisation, Organisation, OrganisationInput, Page } from '../api_types';
import { API_BASE, api, seg } from './client';
import { pageQuery, type PageParams } from './paging';

export const orgPath = (org: string) => `${API_BASE}/organisations/${seg(org)}`;

/** Those I belong to; all of them for a platform admin. */
export const listOrganisations = (page: PageParams = {}) =>
  api.get<Page<Organisation>>(`${API_BASE}/organisations`, pageQuery(page));

/** Platform admin only; appoints or invites the first admin (the creator does not join). */
export const createOrganisation = (input: OrganisationInput) =>
  api.post<CreatedOrganisation>(`${API_BASE}/organisations`, input);

export const getOrganisation = (org: string) => api.get<Organisation>(orgPath(org));
