import { useQuery } from '@tanstack/react-query';
import { getOrganisation } from '../api';
import { useCurrentUser } from '../auth/session';
import { queryKeys } from './query_keys';
import { membershipOf } from './roles';

/** The organisation's name: from my memberships when I belong to it, else from the API. */
export function useOrganisationName(org: string): string | undefined {
  const user = useCurrentUser();
  const known = membershipOf(user, org)?.organisation_name;
  const query = useQuery({
    queryKey: queryKeys.organisation(org),
    queryFn: () => getOrganisation(org),
    enabled: !known,
  });
  return known ?? query.data?.name;
}
