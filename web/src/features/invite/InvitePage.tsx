import { useParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { getInvitationPreview, isApiError } from '../../api';
import { Alert } from '../../components/Alert';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { RoleBadges } from '../../components/RoleBadges';
import { AcceptInvitationForm } from './AcceptInvitationForm';

export function InvitePage() {
  const { t } = useTranslation();
  const { token = '' } = useParams();
  const preview = useQuery({
    queryKey: ['invitation', token],
    queryFn: () => getInvitationPreview(token),
    retry: false,
  });

  return (
    <div className="auth-page">
      <div className="card auth-card auth-card--wide">
        {preview.isPending ? (
          <>
            <PageHeader title={t('inviteAccept.title')} />
            <LoadingState />
          </>
        ) : preview.isError ? (
          <>
            <PageHeader title={t('inviteAccept.title')} />
            {isApiError(preview.error) && preview.error.status === 404 ? (
              <Alert tone="error" title={t('inviteAccept.unknownTitle')}>
                <p>{t('inviteAccept.unknown')}</p>
              </Alert>
            ) : (
              <ErrorState error={preview.error} onRetry={() => void preview.refetch()} />
            )}
          </>
        ) : (
          <>
            <PageHeader
              title={t('inviteAccept.title')}
              lead={
                preview.data.program_name
                  ? t('inviteAccept.leadProgram', {
                      organisation: preview.data.organisation_name,
                      program: preview.data.program_name,
                    })
                  : t('inviteAccept.leadOrganisation', { organisation: preview.data.organisation_name })
              }
            />
            <dl className="summary-list">
              <div>
                <dt>{t('fields.email')}</dt>
                <dd>{preview.data.email}</dd>
              </div>
              <div>
                <dt>{t('inviteAccept.organisation')}</dt>
                <dd>{preview.data.organisation_name}</dd>
              </div>
              {preview.data.program_name && (
                <div>
                  <dt>{t('inviteAccept.program')}</dt>
                  <dd>
                    {preview.data.program_name}
                    {preview.data.program_role && ` · ${t(`roles.${preview.data.program_role}`)}`}
                  </dd>
                </div>
              )}
              {preview.data.roles.length > 0 && (
                <div>
                  <dt>{t('roles.label')}</dt>
                  <dd>
                    <RoleBadges roles={preview.data.roles} />
                  </dd>
                </div>
              )}
            </dl>
            {preview.data.status === 'pending' ? (
              <AcceptInvitationForm token={token} preview={preview.data} />
            ) : (
              <Alert tone="warning" title={t(`inviteAccept.closed.${preview.data.status}`)}>
                <p>{t('inviteAccept.closedHelp')}</p>
              </Alert>
            )}
          </>
        )}
      </div>
    </div>
  );
}
