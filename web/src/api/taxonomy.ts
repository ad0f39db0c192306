import type { TaxonomyKind, TaxonomyTerm, TaxonomyTermInput } from '../api_types';
import { api, seg } from './client';
import { orgPath } from './organisations';

/** Any member. */
export const listTaxonomy = (org: string, kind?: TaxonomyKind) =>
  api.get<TaxonomyTerm[]>(`${orgPath(org)}/taxonomy`, { kind });

/** org_admin. */
export const createTaxonomyTerm = (org: string, input: TaxonomyTermInput) =>
  api.post<TaxonomyTerm>(`${orgPath(org)}/taxonomy`, input);

/** org_admin. */
export const deleteTaxonomyTerm = (org: string, id: string) =>
  api.delete(`${orgPath(org)}/taxonomy/${seg(id)}`);
