import { useState, type FormEvent } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { MentorRequest } from '../../api_types';
import { acceptRequest, declineRequest, isApiError, listIncomingRequests } from '../../api';
import { Alert } from '../../components/Alert';
import { TextInputField } from '../../components/fields/TextInputField';
import { ListFooter } from '../../components/ListFooter';
import { PageHeader } from '../../components/PageHeader';
import { QueryStates } from '../../components/QueryStates';
import { useErrorMessage } from '../../components/use_error_message';
import { formatDay } from '../../lib/format';
import { queryKeys } from '../../lib/query_keys';
import { usePagedList } from '../../lib/use_paged_list';
import { ExplanationList } from '../matching/ExplanationList';
import { RoundStatusBadge } from '../matching/RoundStatusBadge';

const REASON_MAX = 1000;

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
  const errorMessage = useErrorMessage();
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
          {r.mentee_name} <RoundStatusBadge status={r.status} />
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
        {r.mentor_explanation && (
          <details className="disclosure">
            <summary>{t('requests.why', { score: r.score })}</summary>
            <ExplanationList text={r.mentor_explanation} label={t('requests.whyNamed', { name: r.mentee_name })} />
          </details>
        )}
        {r.status === 'declined' && r.decline_reason && (
          <p>
            <strong>{t('findMentor.declineReason')}</strong> {r.decline_reason}
          </p>
        )}
        {accept.isError && (
          <p className="field__error" role="alert">
            {errorMessage(accept.error)}
          </p>
        )}
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
  const errorMessage = useErrorMessage();
  const [reason, setReason] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const mutation = useMutation({
    mutationFn: () => declineRequest(r.organisation_id, r.id, reason.trim()),
    onSuccess: () => void client.invalidateQueries({ queryKey: queryKeys.incomingRequests() }),
  });
  const localError = !submitted
    ? undefined
    : !reason.trim()
      ? t('requests.reasonRequired')
      : reason.length > REASON_MAX
        ? t('validation.maxLength', { max: REASON_MAX })
        : undefined;
  const error = localError ?? (isApiError(mutation.error) ? mutation.error.fieldError('reason') : undefined);
  const onSubmit = (e: FormEvent, close: () => void) => {
    e.preventDefault();
    setSubmitted(true);
    if (!reason.trim() || reason.length > REASON_MAX) return;
    mutation.mutate(undefined, { onSuccess: close });
  };
  return (
    <DialogTrigger
      onOpenChange={(open) => {
        if (!open) {
          mutation.reset();
          setReason('');
          setSubmitted(false);
        }
      }}
    >
      <Button className="button button--danger button--small" aria-label={t('requests.declineNamed', { name: r.mentee_name })}>
        {t('requests.decline')}
      </Button>
      <ModalOverlay className="modal-overlay" isDismissable>
        <Modal className="modal">
          <Dialog className="dialog">
            {({ close }) => (
              <form className="form" noValidate onSubmit={(e) => onSubmit(e, close)}>
                <Heading slot="title" className="dialog__title">
                  {t('requests.declineTitle', { name: r.mentee_name })}
                </Heading>
                {mutation.isError && !error && (
                  <Alert tone="error">
                    <p>{errorMessage(mutation.error)}</p>
                  </Alert>
                )}
                <TextInputField
                  label={t('requests.reason')}
                  description={t('requests.reasonHelp')}
                  multiline
                  rows={3}
                  isRequired
                  value={reason}
                  onChange={setReason}
                  error={error}
                />
                <div className="dialog__actions">
                  <Button className="button button--ghost" onPress={close}>
                    {t('common.cancel')}
                  </Button>
                  <Button type="submit" className="button button--danger" isDisabled={mutation.isPending}>
                    {t('requests.decline')}
                  </Button>
                </div>
              </form>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
