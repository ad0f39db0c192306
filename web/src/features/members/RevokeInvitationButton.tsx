import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Invitation } from '../../api_types';
import { revokeInvitation } from '../../api';
import { ConfirmButton } from '../../components/ConfirmButton';
import { InlineError } from '../../components/ErrorAlert';
import { queryKeys } from '../../lib/query_keys';

export function RevokeInvitationButton({ org, invitation }: { org: string; invitation: Invitation }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const mutation = useMutation({
    mutationFn: () => revokeInvitation(org, invitation.id),
    onSuccess: () => void client.invalidateQueries({ queryKey: queryKeys.invitations(org) }),
  });
  return (
    <div>
      <ConfirmButton
        label={t('invitations.revoke')}
        accessibleLabel={t('invitations.revokeFor', { email: invitation.email })}
        title={t('invitations.revokeTitle')}
        body={t('invitations.revokeBody', { email: invitation.email })}
        confirmLabel={t('invitations.revoke')}
        isPending={mutation.isPending}
        onConfirm={() => mutation.mutate()}
      />
      <InlineError error={mutation.error} />
    </div>
  );
}
