import { listEnrollments } from '../api';
import { queryKeys } from '../lib/query_keys';
import { useAllPages } from '../lib/use_paged_list';

export interface Person {
  id: string;
  name: string;
}

/**
 * The program's active mentees and mentors (for scopes, swaps and exclusions), by name. These are
 * choices in selects and the names of ids, so they are the whole lists (fetchAllPages).
 */
export function useProgramPeople(org: string, program: string, enabled = true) {
  const filters = { role: 'mentee', status: 'active', q: '' } as const;
  const mentorFilters = { role: 'mentor', status: 'active', q: '' } as const;
  const mentees = useAllPages({
    queryKey: queryKeys.enrollments(org, program, filters),
    load: (page) => listEnrollments(org, program, filters, page),
    enabled: enabled && Boolean(program),
  });
  const mentors = useAllPages({
    queryKey: queryKeys.enrollments(org, program, mentorFilters),
    load: (page) => listEnrollments(org, program, mentorFilters, page),
    enabled: enabled && Boolean(program),
  });
  const toPeople = (list: typeof mentees.data): Person[] =>
    (list ?? [])
      .map((e) => ({ id: e.person_id, name: e.person_name }))
      .sort((a, b) => a.name.localeCompare(b.name));
  const menteeList = toPeople(mentees.data);
  const mentorList = toPeople(mentors.data);
  const names = new Map([...menteeList, ...mentorList].map((p) => [p.id, p.name]));
  return {
    mentees: menteeList,
    mentors: mentorList,
    nameOf: (id: string) => names.get(id) ?? id,
    isPending: mentees.isPending || mentors.isPending,
    isError: mentees.isError || mentors.isError,
    error: mentees.error ?? mentors.error,
    refetch: () => {
      void mentees.refetch();
      void mentors.refetch();
    },
  };
}
