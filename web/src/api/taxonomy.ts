import type { Page, TaxonomyKind, TaxonomyTerm, TaxonomyTermInput, TaxonomyTermRename, TaxonomyTermUsage } from '../api_types';
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

/** org_admin: a new label (409 when another term of the kind has it). */
export const renameTaxonomyTerm = (org: string, id: string, input: TaxonomyTermRename) =>
  api.patch<TaxonomyTerm>(`${orgPath(org)}/taxonomy/${seg(id)}`, input);

/** org_admin: how many members' profiles use the term (asked before deleting it). */
export const getTaxonomyTermUsage = (org: string, id: string) =>
  api.get<TaxonomyTermUsage>(`${orgPath(org)}/taxonomy/${seg(id)}/usage`);
