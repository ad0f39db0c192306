import type { Page, Recommendation, RecommendationFilters } from '../api_types';
import { api } from './client';
import { pageQuery, type PageParams } from './paging';
import { programPath } from './programs';

// Ranked mentors for a mentee of the program.
export const getRecommendations = (
  org: string,
  program: string,
  filters: RecommendationFilters = {},
  page: PageParams = {},
) =>
  api.get<Page<Recommendation>>(`${programPath(org, program)}/recommendations`, {
    language: filters.language,
    skill: filters.skill,
    outside: filters.outside ? 'true' : undefined,
    ...pageQuery(page),
  });
