import { useQuery } from '@tanstack/react-query';
import { getMailStatus } from '../../api';
import type { MailMode } from '../../api_types';
import { queryKeys } from '../../lib/query_keys';

/** Whether this server delivers mail; undefined while loading or when the server cannot say. */
export function useMailMode(): MailMode | undefined {
  const query = useQuery({ queryKey: queryKeys.mailStatus(), queryFn: getMailStatus, staleTime: Infinity });
  return query.data?.mode;
}
