// The requests the signed-in person sent as a mentee, in every program. The API lists a mentee's
// own requests per program (GET …/programs/{id}/requests); the programs are the person's active
// mentee places (GET /me/enrollments), where requests are made.
import { useQuery } from '@tanstack/react-query';
import type { Enrollment, MentorRequest } from '../../api_types';
import { getMyEnrollments, listMyProgramRequests } from '../../api';
import { fetchAllPages } from '../../api/paging';
import { queryKeys } from '../../lib/query_keys';

/** Pending first, then newest first. */
export function sortSent(requests: readonly MentorRequest[]): MentorRequest[] {
  return [...requests].sort(
    (a, b) =>
      Number(b.status === 'pending') - Number(a.status === 'pending') ||
      b.created_at.localeCompare(a.created_at) ||
      b.id.localeCompare(a.id),
  );
}

/** The programs whose requests are the person's own: active mentee places. */
export function menteePlaces(enrollments: readonly Enrollment[]): Enrollment[] {
  return enrollments.filter((e) => e.role === 'mentee' && e.status === 'active');
}

export async function loadSentRequests(): Promise<MentorRequest[]> {
  const places = menteePlaces(await fetchAllPages(getMyEnrollments));
  const lists = await Promise.all(
    places.map((e) => fetchAllPages((page) => listMyProgramRequests(e.organisation_id, e.program_id, page))),
  );
  return sortSent(lists.flat());
}

export function useSentRequests(enabled = true) {
  return useQuery({ queryKey: queryKeys.sentRequests(), queryFn: loadSentRequests, enabled });
}
