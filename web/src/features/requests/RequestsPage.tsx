import { Button } from 'react-aria-components';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { MentorRequest } from '../../api_types';
import { acceptRequest, declineRequest, isApiError, listIncomingRequests } from '../../api';
import { InlineError } from '../../components/ErrorAlert';
import { FormDialog } from '../../components/FormDialog';
import { TextInputField } from '../../components/fields/TextInputField';
import { useTextDraft } from '../../components/fields/use_text_draft';
import { ListFooter } from '../../components/ListFooter';
import { PageHeader } from '../../components/PageHeader';
import { QueryStates } from '../../components/QueryStates';
import { StatusBadge } from '../../components/StatusBadge';
import { formatDay } from '../../lib/format';
import { DECLINE_REASON_MAX } from '../../lib/limits';
import { queryKeys } from '../../lib/query_keys';
import { usePagedList } from '../../lib/use_paged_list';
import { ExplanationList } from '../../components/ExplanationList';

/** Mentors: requests addressed to them, pending first (of the pages loaded), with Accept / Decline. */
export function RequestsPage() {
  const { t } = useTranslation();
  const list = usePagedList({ queryKey: queryKeys.incomingRequests(), load: listIncomingRequests });
  const rows = [...list.items].sort(
    (a, b) => Number(b.status === 'pending') - Number(a.status === 'pending'),
  );
  return (
    <>
      <PageHeader title={t('requests.title')} lead={t('requests.lead')} />
      <section className="card" aria-labelledby="incoming-title">
        <h2 id="incoming-title" className="section-title">
          {t('requests.incoming')}
        </h2>
        <QueryStates
          query={list}
          isEmpty={rows.length === 0}
          emptyTitle={t('requests.empty')}
          emptyHelp={t('requests.emptyHelp')}
        >
          <ul className="stack-list" aria-label={t('requests.incoming')}>
            {rows.map((r) => (
              <IncomingRequest key={r.id} request={r} />
            ))}
          </ul>
          <ListFooter list={list} />
        </QueryStates>
      </section>
    </>
  );
}

function IncomingRequest({ request: r }: { request: MentorRequest }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const accept = useMutation({
    mutationFn: () => acceptRequest(r.organisation_id, r.id),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: queryKeys.incomingRequests() });
      void client.invalidateQueries({ queryKey: queryKeys.myRelationships() });
    },
  });
  return (
    <li className="stack-list__item request-item">
      <div className="stack-list__main">
        <span className="stack-list__title">
          {r.mentee_name} <StatusBadge kind="request" status={r.status} />
        </span>
        <span className="muted">
          {r.program_name} · {t('requests.received', { date: formatDay(r.created_at, i18n.language) })}
        </span>
        {r.message ? (
          <q className="cell-quote">{r.message}</q>
        ) : (
          <span className="muted">{t('requests.noMessage')}</span>
        )}
        {/* The caller is this request's mentor: the reasons are worded for them. */}
        {r.reasons.length > 0 && (
          <details className="disclosure">
            <summary>{t('requests.why', { score: r.score })}</summary>
            <ExplanationList
              reasons={r.reasons}
              reader={{ side: 'mentor' }}
              label={t('requests.whyNamed', { name: r.mentee_name })}
            />
          </details>
        )}
        {r.status === 'declined' && r.decline_reason && (
          <p>
            <strong>{t('findMentor.declineReason')}</strong> {r.decline_reason}
          </p>
        )}
        <InlineError error={accept.error} />
      </div>
      {r.status === 'pending' && (
        <div className="stack-list__actions">
          <Button
            className="button button--primary button--small"
            isDisabled={accept.isPending}
            onPress={() => accept.mutate()}
            aria-label={t('requests.acceptNamed', { name: r.mentee_name })}
          >
            {t('requests.accept')}
          </Button>
          <DeclineDialog request={r} />
        </div>
      )}
    </li>
  );
}

function DeclineDialog({ request: r }: { request: MentorRequest }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const reason = useTextDraft({ max: DECLINE_REASON_MAX, required: t('requests.reasonRequired') });
  const mutation = useMutation({
    mutationFn: () => declineRequest(r.organisation_id, r.id, reason.value.trim()),
    onSuccess: () => void client.invalidateQueries({ queryKey: queryKeys.incomingRequests() }),
  });
  const error = reason.error ?? (isApiError(mutation.error) ? mutation.error.fieldError('reason') : undefined);
  return (
    <FormDialog
      opener={{
        label: t('requests.decline'),
        accessibleLabel: t('requests.declineNamed', { name: r.mentee_name }),
        tone: 'danger',
      }}
      title={t('requests.declineTitle', { name: r.mentee_name })}
      submitLabel={t('requests.decline')}
      submitTone="danger"
      submission={mutation}
      errorInField={Boolean(error)}
      onSubmit={(close) => reason.check() && mutation.mutate(undefined, { onSuccess: close })}
      onClosed={reason.reset}
    >
      <TextInputField
        label={t('requests.reason')}
        description={t('requests.reasonHelp')}
        multiline
        rows={3}
        isRequired
        {...reason.field}
        error={error}
      />
    </FormDialog>
  );
}
