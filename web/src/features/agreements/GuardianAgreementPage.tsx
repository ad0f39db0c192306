import { useParams } from 'react-router';
import { Button } from 'react-aria-components';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { acceptGuardianAgreement, getGuardianAgreement, isApiError } from '../../api';
import { Alert } from '../../components/Alert';
import { InlineError } from '../../components/ErrorAlert';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';

/** A guardian's emailed link (no account): the agreement, and Accept. */
export function GuardianAgreementPage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const client = useQueryClient();
  const key = ['guardian-agreement', token] as const;
  const query = useQuery({ queryKey: key, queryFn: () => getGuardianAgreement(token), retry: false });
  const accept = useMutation({
    mutationFn: () => acceptGuardianAgreement(token),
    onSuccess: (data) => client.setQueryData(key, data),
  });
  return (
    <div className="auth-page">
      <div className="card auth-card auth-card--wide">
        <PageHeader
          title={t('guardianAgreement.title')}
          lead={
            query.data
              ? t('guardianAgreement.lead', {
                  mentee: query.data.mentee_first_name,
                  mentor: query.data.mentor_name,
                  program: query.data.program_name,
                })
              : undefined
          }
        />
        {query.isPending ? (
          <LoadingState />
        ) : query.isError ? (
          isApiError(query.error) && query.error.status === 404 ? (
            <Alert tone="error" title={t('guardianAgreement.unknownTitle')}>
              <p>{t('guardianAgreement.unknown')}</p>
            </Alert>
          ) : (
            <ErrorState error={query.error} onRetry={() => void query.refetch()} />
          )
        ) : (
          <>
            <h2 className="section-title">{t('guardianAgreement.versionTitle', { version: query.data.version })}</h2>
            <p className="agreement-text">{query.data.text}</p>
            {query.data.accepted ? (
              <Alert tone="success" title={t('guardianAgreement.acceptedTitle')}>
                <p>{t('guardianAgreement.accepted', { mentee: query.data.mentee_first_name })}</p>
              </Alert>
            ) : (
              <>
                <InlineError error={accept.error} />
                <Button className="button button--primary" isDisabled={accept.isPending} onPress={() => accept.mutate()}>
                  {t('guardianAgreement.accept')}
                </Button>
              </>
            )}
          </>
        )}
      </div>
    </div>
  );
}
