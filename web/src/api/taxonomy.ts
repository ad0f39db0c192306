import type { Page, TaxonomyKind, TaxonomyTerm, TaxonomyTermInput } from '../api_types';
import { api, seg } from './client';
import { orgPath } from './organisations';
import { pageQuery, type PageParams } from './paging';

/** Any member. */
export const listTaxonomy = (org: string, kind?: TaxonomyKind, page: PageParams = {}) =>
  api.get<Page<TaxonomyTerm>>(`${orgPath(org)}/taxonomy`, { kind, ...pageQuery(page) });

/** org_admin. */
export const createTaxonomyTerm = (org: string, input: TaxonomyTermInput) =>
  api.post<TaxonomyTerm>(`${orgPath(org)}/taxonomy`, input);

/** org_admin. */
export const deleteTaxonomyTerm = (org: string, id: string) =>
  api.delete(`${orgPath(org)}/taxonomy/${seg(id)}`);
