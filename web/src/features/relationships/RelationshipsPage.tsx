import { useEffect } from 'react';
import { useParams } from 'react-router';
import { Button } from 'react-aria-components';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Relationship } from '../../api_types';
import { acceptRelationship, declineRelationship, listMyRelationships } from '../../api';
import { useCurrentUser } from '../../auth/session';
import { InlineError } from '../../components/ErrorAlert';
import { ListFooter } from '../../components/ListFooter';
import { PageHeader } from '../../components/PageHeader';
import { QueryStates } from '../../components/QueryStates';
import { StatusBadge } from '../../components/StatusBadge';
import { readerOf } from '../../lib/reasons';
import { formatDay } from '../../lib/format';
import { PAGES_TO_FIND_LINKED } from '../../lib/limits';
import { queryKeys } from '../../lib/query_keys';
import { usePagedList } from '../../lib/use_paged_list';
import { ExplanationList } from '../../components/ExplanationList';
import { RelationshipAgreementPanel } from '../agreements/RelationshipAgreementPanel';
import { RelationshipPlanPanel } from '../plans/RelationshipPlanPanel';
import { RelationshipMeetingsPanel } from '../meetings/RelationshipMeetingsPanel';
import { RelationshipMessagesPanel } from '../messages/RelationshipMessagesPanel';
import { NextSteps } from './NextSteps';

const ORDER = { proposed: 0, awaiting_agreement: 1, active: 2, paused: 3, declined: 4, ended: 5 } as const;

/** Everyone: their mentoring relationships; proposed ones can be accepted or declined. */
export function RelationshipsPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const list = usePagedList({ queryKey: queryKeys.myRelationships(), load: listMyRelationships });
  // Sorted by status among the pages loaded.
  const rows = [...list.items].sort((a, b) => ORDER[a.status] - ORDER[b.status]);
  // A link (a notification's, say) names one relationship: load pages until it is shown, a few at most.
  const linkedMissing = Boolean(id) && !list.isPending && !list.items.some((r) => r.id === id);
  const { hasMore, isLoadingMore, loadMoreError, loadMore } = list;
  const pagesLoaded = list.pages.length;
  useEffect(() => {
    if (linkedMissing && hasMore && !isLoadingMore && !loadMoreError && pagesLoaded < PAGES_TO_FIND_LINKED) loadMore();
  }, [linkedMissing, hasMore, isLoadingMore, loadMoreError, pagesLoaded, loadMore]);
  return (
    <>
      <PageHeader title={t('relationships.title')} lead={t('relationships.lead')} />
      <section className="card" aria-labelledby="relationships-list-title">
        <h2 id="relationships-list-title" className="section-title">
          {t('relationships.listTitle')}
        </h2>
        <QueryStates
          query={list}
          isEmpty={rows.length === 0}
          emptyTitle={t('relationships.empty')}
          emptyHelp={t('relationships.emptyHelp')}
        >
          <ul className="stack-list" aria-label={t('relationships.listTitle')}>
            {rows.map((r) => (
              <RelationshipItem key={r.id} relationship={r} highlighted={r.id === id} />
            ))}
          </ul>
          <ListFooter list={list} />
        </QueryStates>
      </section>
    </>
  );
}

function RelationshipItem({ relationship: r, highlighted }: { relationship: Relationship; highlighted: boolean }) {
  const { t, i18n } = useTranslation();
  const user = useCurrentUser();
  const client = useQueryClient();
  const iAmMentor = r.mentor_id === user.id;
  const other = iAmMentor ? r.mentee_name : r.mentor_name;
  const mine = iAmMentor ? r.mentor_accepted : r.mentee_accepted;
  const theirs = iAmMentor ? r.mentee_accepted : r.mentor_accepted;
  const mutation = useMutation({
    mutationFn: (kind: 'accept' | 'decline') =>
      kind === 'accept' ? acceptRelationship(r.organisation_id, r.id) : declineRelationship(r.organisation_id, r.id),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: queryKeys.myRelationships() });
      void client.invalidateQueries({ queryKey: queryKeys.notifications() });
    },
  });
  return (
    <li className={`stack-list__item ${highlighted ? 'is-highlighted' : ''}`} aria-current={highlighted || undefined}>
      <div className="stack-list__main">
        <span className="stack-list__title">
          {t(iAmMentor ? 'relationships.youMentor' : 'relationships.yourMentor', { name: other })}{' '}
          <StatusBadge kind="relationship" status={r.status} />
        </span>
        <span className="muted">
          {r.program_name} · {t(`relationshipSources.${r.source}`)} · {formatDay(r.created_at, i18n.language)}
        </span>
        {r.status === 'proposed' && (
          <span>
            {mine ? t('relationships.youAccepted') : t('relationships.waitingForYou')} ·{' '}
            {theirs ? t('relationships.theyAccepted', { name: other }) : t('relationships.theyHaveNot', { name: other })}
          </span>
        )}
        {r.status === 'ended' && r.end_reason && (
          <span>{t(`relationships.endReason.${r.end_reason}`, { name: other })}</span>
        )}

        {r.status === 'paused' && <span>{t('relationships.pausedHelp')}</span>}
        {r.status === 'active' && (
          <NextSteps side={iAmMentor ? 'mentor' : 'mentee'} name={other} program={r.program_name} />
        )}
        {(r.status === 'awaiting_agreement' || r.status === 'active') && <RelationshipAgreementPanel relationship={r} />}
        {r.status !== 'proposed' && r.status !== 'declined' && <RelationshipPlanPanel relationship={r} />}
        {r.status !== 'proposed' && r.status !== 'declined' && <RelationshipMeetingsPanel relationship={r} />}
        {r.status !== 'proposed' && r.status !== 'declined' && <RelationshipMessagesPanel relationship={r} />}
        {r.reasons.length > 0 && (
          <details className="disclosure">
            <summary>{t('relationships.why', { score: r.score })}</summary>
            <ExplanationList
              reasons={r.reasons}
              reader={readerOf(r, user.id)}
              label={t('relationships.whyNamed', { name: other })}
            />
          </details>
        )}
        <InlineError error={mutation.error} />
      </div>
      {r.status === 'proposed' && !mine && (
        <div className="stack-list__actions">
          <Button
            className="button button--primary button--small"
            isDisabled={mutation.isPending}
            onPress={() => mutation.mutate('accept')}
            aria-label={t('relationships.acceptNamed', { name: other })}
          >
            {t('relationships.accept')}
          </Button>
          <Button
            className="button button--danger button--small"
            isDisabled={mutation.isPending}
            onPress={() => mutation.mutate('decline')}
            aria-label={t('relationships.declineNamed', { name: other })}
          >
            {t('relationships.decline')}
          </Button>
        </div>
      )}
    </li>
  );
}
