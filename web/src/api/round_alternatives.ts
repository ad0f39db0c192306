import type { MentorAlternative, Page, UnmatchedGroups } from '../api_types';
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

// An unmatched mentee's list is every mentor, each with why the round did not choose them
// (`not_chosen`) and whether an assignment would accept them (`available`).

// The round's unmatched mentees grouped by reason, with each group's actions and missing skills.
export const listUnmatchedGroups = (org: string, round: string) =>
  api.get<UnmatchedGroups>(`${orgPath(org)}/match-rounds/${seg(round)}/unmatched-groups`);
