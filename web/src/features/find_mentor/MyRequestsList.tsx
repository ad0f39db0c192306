import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { MentorRequest } from '../../api_types';
import { withdrawRequest } from '../../api';
import { InlineError } from '../../components/ErrorAlert';
import { StatusBadge } from '../../components/StatusBadge';
import { queryKeys } from '../../lib/query_keys';
import { SentRequestDetails } from './SentRequestDetails';
import { WithdrawRequestButton } from './WithdrawRequestButton';

/** The mentee's own requests in this program, with Withdraw for pending ones. */
export function MyRequestsList({
  org,
  programId,
  requests,
}: {
  org: string;
  programId: string;
  requests: MentorRequest[];
}) {
  const { t } = useTranslation();
  return (
    <ul className="stack-list" aria-label={t('findMentor.myRequests')}>
      {requests.map((r) => (
        <MyRequestItem key={r.id} org={org} programId={programId} request={r} />
      ))}
    </ul>
  );
}

function MyRequestItem({ org, programId, request: r }: { org: string; programId: string; request: MentorRequest }) {
  const client = useQueryClient();
  const mutation = useMutation({
    mutationFn: () => withdrawRequest(org, r.id),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: queryKeys.programRequests(org, programId) });
      void client.invalidateQueries({ queryKey: queryKeys.sentRequests() });
      void client.invalidateQueries({ queryKey: queryKeys.recommendationsOf(org, programId) });
    },
  });
  return (
    <li className="stack-list__item">
      <div className="stack-list__main">
        <span className="stack-list__title">
          {r.mentor_name} <StatusBadge kind="request" status={r.status} />
        </span>
        <SentRequestDetails request={r} />
        <InlineError error={mutation.error} />
      </div>
      {r.status === 'pending' && (
        <WithdrawRequestButton
          mentorName={r.mentor_name}
          isPending={mutation.isPending}
          onConfirm={() => mutation.mutate()}
        />
      )}
    </li>
  );
}
