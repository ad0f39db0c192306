import type { MentorAlternative, Page } from '../api_types';
import { api, seg } from './client';
import { orgPath } from './organisations';
import { pageQuery, type PageParams } from './paging';

// The swap dialog of a draft round: mentors who can take the mentee instead, best first
// (org_admin, coordinator). `q` keeps the mentors whose name contains it.
export const listSwapAlternatives = (org: string, round: string, mentee: string, q = '', page: PageParams = {}) =>
  api.get<Page<MentorAlternative>>(`${orgPath(org)}/match-rounds/${seg(round)}/proposals/${seg(mentee)}/alternatives`, {
    q: q || undefined,
    ...pageQuery(page),
  });
