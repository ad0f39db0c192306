import type { RecommendationFilters, RecommendationPage } from '../api_types';
import { api } from './client';
import { pageQuery, type PageParams } from './paging';
import { programPath } from './programs';

// Ranked mentors for a mentee of the program; none, and the matches held, once the mentee has
// every mentor the program allows.
export const getRecommendations = (
  org: string,
  program: string,
  filters: RecommendationFilters = {},
  page: PageParams = {},
) =>
  api.get<RecommendationPage>(`${programPath(org, program)}/recommendations`, {
    language: filters.language,
    skill: filters.skill,
    outside: filters.outside ? 'true' : undefined,
    ...pageQuery(page),
  });
