import { Link } from 'react-router';
import { Button } from 'react-aria-components';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { MentorRequest } from '../../api_types';
import { acceptRequest, declineRequest, isApiError, listIncomingRequests, withdrawRequest } from '../../api';
import { useCurrentUser } from '../../auth/session';
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
import { NextSteps } from '../relationships/NextSteps';
import { requestSides } from './request_sides';
import { useSentRequests } from './sent_requests';
import { SentRequestDetails } from '../find_mentor/SentRequestDetails';
import { WithdrawRequestButton } from '../find_mentor/WithdrawRequestButton';

/**
 * Requests from both sides, each worded for the reader: those the person sent as a mentee (with
 * Withdraw) and those mentees sent them as a mentor (with Accept / Decline), pending first.
 */
export function RequestsPage() {
  const { t } = useTranslation();
  const user = useCurrentUser();
  const sides = requestSides(user);
  const lead =
    sides.sent && sides.received
      ? t('requestSides.leadBoth')
      : sides.sent
        ? t('requestSides.leadMentee')
        : t('requests.lead');
  return (
    <>
      <PageHeader title={t('requests.title')} lead={lead} />
      {sides.sent && <SentRequests />}
      {sides.received && <IncomingRequests />}
    </>
  );
}

function SentRequests() {
  const { t } = useTranslation();
  const sent = useSentRequests();
  const rows = sent.data ?? [];
  return (
    <section className="card" aria-labelledby="sent-title">
      <h2 id="sent-title" className="section-title">
        {t('requestSides.sent')}
      </h2>
      <QueryStates
        query={sent}
        isEmpty={rows.length === 0}
        emptyTitle={t('requestSides.sentEmpty')}
        emptyHelp={t('requestSides.sentEmptyHelp')}
      >
        <ul className="stack-list" aria-label={t('requestSides.sent')}>
          {rows.map((r) => (
            <SentRequest key={r.id} request={r} />
          ))}
        </ul>
      </QueryStates>
    </section>
  );
}

function SentRequest({ request: r }: { request: MentorRequest }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const withdraw = useMutation({
    mutationFn: () => withdrawRequest(r.organisation_id, r.id),
    onSuccess: () => {
      // The sent list, the program page's list of the mentee's requests, and its recommendations.
      void client.invalidateQueries({ queryKey: ['requests'] });
      void client.invalidateQueries({ queryKey: queryKeys.recommendationsOf(r.organisation_id, r.program_id) });
    },
  });
  const programPath = `/orgs/${encodeURIComponent(r.organisation_id)}/programs/${encodeURIComponent(r.program_id)}`;
  return (
    <li className="stack-list__item request-item">
      <div className="stack-list__main">
        <span className="stack-list__title">
          {t('requestSides.toMentor', { name: r.mentor_name })} <StatusBadge kind="request" status={r.status} />
        </span>
        <SentRequestDetails request={r} showProgram />
        {r.status === 'accepted' && (
          <>
            <NextSteps side="mentee" name={r.mentor_name} program={r.program_name} />
            <Link to="/relationships">{t('nextSteps.seeMatch', { name: r.mentor_name })}</Link>
          </>
        )}
        {r.status !== 'pending' && r.status !== 'accepted' && (
          <Link to={programPath}>{t('requestSides.findIn', { program: r.program_name })}</Link>
        )}
        <InlineError error={withdraw.error} />
      </div>
      {r.status === 'pending' && (
        <WithdrawRequestButton
          mentorName={r.mentor_name}
          isPending={withdraw.isPending}
          onConfirm={() => withdraw.mutate()}
        />
      )}
    </li>
  );
}

function IncomingRequests() {
  const { t } = useTranslation();
  const list = usePagedList({ queryKey: queryKeys.incomingRequests(), load: listIncomingRequests });
  const rows = [...list.items].sort(
    (a, b) => Number(b.status === 'pending') - Number(a.status === 'pending'),
  );
  return (
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
              reader={{ side: 'mentor', menteeName: r.mentee_name }}
              label={t('requests.whyNamed', { name: r.mentee_name })}
            />
          </details>
        )}
        {r.status === 'declined' && r.decline_reason && (
          <p>
            <strong>{t('findMentor.declineReason')}</strong> {r.decline_reason}
          </p>
        )}
        {r.status === 'withdrawn' && r.withdraw_reason === 'matched_elsewhere' && (
          <p className="muted">{t('requests.withdrawnMatched', { name: r.mentee_name })}</p>
        )}
        {r.status === 'accepted' && (
          <>
            <NextSteps side="mentor" name={r.mentee_name} program={r.program_name} />
            <Link to="/relationships">{t('nextSteps.seeMatch', { name: r.mentee_name })}</Link>
          </>
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
