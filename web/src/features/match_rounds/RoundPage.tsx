import { Link, useParams } from 'react-router';
import { Button } from 'react-aria-components';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Proposal, RoundView } from '../../api_types';
import {
  getMatchRound,
  getProgram,
  lockProposal,
  publishMatchRound,
  discardMatchRound,
  removeProposal,
  rerunMatchRound,
} from '../../api';
import { Alert } from '../../components/Alert';
import { ConfirmButton } from '../../components/ConfirmButton';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert, InlineError } from '../../components/ErrorAlert';
import { ErrorState } from '../../components/ErrorState';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { ShowMoreButton } from '../../components/ShowMoreButton';
import { StackTable } from '../../components/StackTable';
import { Badge, StatusBadge } from '../../components/StatusBadge';
import { useShowMore } from '../../components/use_show_more';
import { formatDateTime } from '../../lib/format';
import { queryKeys } from '../../lib/query_keys';
import { statusKey } from '../../lib/statuses';
import { useOrganisationName } from '../../lib/use_organisation_name';
import { ExplanationList } from '../../components/ExplanationList';
import { SwapDialog } from './SwapDialog';
import { UnmatchedGroups } from './UnmatchedGroups';

/** One match round: summary, proposals with their actions, unmatched mentees. */
export function RoundPage() {
  const { t, i18n } = useTranslation();
  const { org = '', round: roundId = '' } = useParams();
  const orgName = useOrganisationName(org);
  const client = useQueryClient();
  const round = useQuery({ queryKey: queryKeys.matchRound(org, roundId), queryFn: () => getMatchRound(org, roundId) });
  const programId = round.data?.program_id ?? '';
  const program = useQuery({
    queryKey: queryKeys.program(org, programId),
    queryFn: () => getProgram(org, programId),
    enabled: Boolean(programId),
  });

  const onRound = (view: RoundView) => {
    client.setQueryData(queryKeys.matchRound(org, roundId), view);
    // Room left in the swap dialog follows the round's proposals.
    client.removeQueries({ queryKey: [...queryKeys.matchRound(org, roundId), 'alternatives'] });
    // So do the unmatched groups (an assignment takes a mentee out; room changes what is missing).
    void client.invalidateQueries({ queryKey: queryKeys.unmatchedGroups(org, roundId) });
    void client.invalidateQueries({ queryKey: queryKeys.matchRounds(org, view.program_id) });
  };
  const action = useMutation({
    mutationFn: (kind: 'rerun' | 'publish' | 'discard') =>
      kind === 'rerun'
        ? rerunMatchRound(org, roundId)
        : kind === 'publish'
          ? publishMatchRound(org, roundId)
          : discardMatchRound(org, roundId),
    onSuccess: onRound,
  });

  const title = t('round.title');
  if (round.isPending) {
    return (
      <>
        <PageHeader eyebrow={orgName} title={title} />
        <LoadingState />
      </>
    );
  }
  if (round.isError) {
    return (
      <>
        <PageHeader eyebrow={orgName} title={title} />
        <ErrorState error={round.error} onRetry={() => void round.refetch()} />
      </>
    );
  }
  const r = round.data;
  const draft = r.status === 'draft';
  // A round that is no longer a draft reads as what it is, without its editing buttons.
  const heading = draft ? title : t(`round.titleByStatus.${r.status}`);
  const empty = r.proposals.length === 0 && r.unmatched_mentees.length === 0;
  const programsPath = `/orgs/${encodeURIComponent(org)}/programs`;
  const programPath = `${programsPath}/${encodeURIComponent(r.program_id)}`;
  return (
    <>
      <nav aria-label={t('nav.breadcrumb')} className="breadcrumb">
        <Link to={programsPath}>{t('programs.title')}</Link>
        <span aria-hidden="true"> / </span>
        <Link to={programPath}>{program.data?.name ?? t('programs.detailTitle')}</Link>
        <span aria-hidden="true"> / </span>
        <span aria-current="page">{heading}</span>
      </nav>
      <PageHeader
        eyebrow={program.data?.name ?? orgName}
        title={heading}
        lead={t('round.created', { date: formatDateTime(r.created_at, i18n.language) })}
        actions={
          draft && (
            <div className="button-row">
              <Button
                className="button button--secondary"
                isDisabled={!draft || action.isPending}
                onPress={() => action.mutate('rerun')}
              >
                {action.isPending && action.variables === 'rerun' ? t('round.rerunning') : t('round.rerun')}
              </Button>
              <ConfirmButton
                tone="primary"
                size="normal"
                label={t('round.publish')}
                title={t('round.publishTitle')}
                body={t('round.publishBody', { count: r.proposals.length })}
                confirmLabel={t('round.publishConfirm')}
                isDisabled={!draft || r.proposals.length === 0}
                isPending={action.isPending}
                onConfirm={() => action.mutate('publish')}
              />
              <ConfirmButton
                tone="danger"
                size="normal"
                label={t('round.discard')}
                title={t('round.discardTitle')}
                body={t('round.discardBody')}
                confirmLabel={t('round.discardConfirm')}
                isDisabled={!draft}
                isPending={action.isPending}
                onConfirm={() => action.mutate('discard')}
              />
            </div>
          )
        }
      />
      <ErrorAlert error={action.error} title={t('round.actionFailed')} />
      {action.isSuccess && action.variables === 'publish' && (
        <Alert tone="success" title={t('round.published')} />
      )}
      {action.isSuccess && action.variables === 'discard' && <Alert tone="success" title={t('round.discarded')} />}
      {!draft && <Alert tone="info">{t('round.notDraft', { status: t(statusKey('round', r.status)) })}</Alert>}
      <section className="card" aria-labelledby="round-summary-title">
        <h2 id="round-summary-title" className="section-title">
          {t('round.summary')}
        </h2>
        <dl className="summary-list summary-list--grid">
          <div>
            <dt>{t('round.status')}</dt>
            <dd>
              <StatusBadge kind="round" status={r.status} />
            </dd>
          </div>
          <div>
            <dt>{t('round.objective')}</dt>
            <dd>{t(`objectives.${r.objective}`)}</dd>
          </div>
          <div>
            <dt>{t('round.matched')}</dt>
            <dd>{r.matched}</dd>
          </div>
          <div>
            <dt>{t('round.unmatched')}</dt>
            <dd>{r.unmatched}</dd>
          </div>
          <div>
            <dt>{t('round.totalScore')}</dt>
            <dd>{r.total_score}</dd>
          </div>
          <div>
            <dt>{t('round.priorityCost')}</dt>
            <dd>{r.priority_cost}</dd>
          </div>
          <div>
            <dt>{t('round.candidatesPerMentee')}</dt>
            <dd>{r.candidates_per_mentee}</dd>
          </div>
          {r.published_at && (
            <div>
              <dt>{t('round.publishedAt')}</dt>
              <dd>{formatDateTime(r.published_at, i18n.language)}</dd>
            </div>
          )}
        </dl>
      </section>
      {empty ? (
        <section className="card" aria-labelledby="round-empty-title">
          <h2 id="round-empty-title" className="section-title">
            {t('round.proposals', { count: 0 })}
          </h2>
          <EmptyState title={t('round.noMenteesInScope')}>
            <p>{t('round.noMenteesInScopeHelp')}</p>
          </EmptyState>
        </section>
      ) : (
        <>
          <ProposalsTable org={org} round={r} onRound={onRound} />
          <UnmatchedGroups org={org} round={r} onRound={onRound} />
        </>
      )}
    </>
  );
}

function ProposalsTable({
  org,
  round,
  onRound,
}: {
  org: string;
  round: RoundView;
  onRound: (view: RoundView) => void;
}) {
  const { t } = useTranslation();
  const paged = useShowMore(round.proposals);
  return (
    <section className="card" aria-labelledby="proposals-title">
      <h2 id="proposals-title" className="section-title">
        {t('round.proposals', { count: round.proposals.length })}
      </h2>
      {round.proposals.length === 0 ? (
        <EmptyState title={t('round.noProposals')} />
      ) : (
        <StackTable
          caption={t('round.proposalsCaption')}
          columns={[
            t('matching.mentee'),
            t('roles.mentor'),
            t('round.score'),
            t('round.why'),
            ...(round.status === 'draft' ? [t('round.actions')] : []),
          ]}
          footer={<ShowMoreButton hidden={paged.hidden} onPress={paged.showMore} />}
        >
          {paged.visible.map((p) => (
            <ProposalRow
              key={`${p.mentee_id}/${p.mentor_id}`}
              org={org}
              round={round}
              proposal={p}
              onRound={onRound}
            />
          ))}
        </StackTable>
      )}
    </section>
  );
}

function ProposalRow({
  org,
  round,
  proposal: p,
  onRound,
}: {
  org: string;
  round: RoundView;
  proposal: Proposal;
  onRound: (view: RoundView) => void;
}) {
  const { t } = useTranslation();
  const draft = round.status === 'draft';
  const mutation = useMutation({
    mutationFn: (kind: 'lock' | 'remove') =>
      kind === 'lock'
        ? lockProposal(org, round.id, p.mentee_id, p.mentor_id, !p.locked)
        : removeProposal(org, round.id, p.mentee_id, p.mentor_id),
    onSuccess: onRound,
  });
  const pair = t('matching.exclusions.pair', { mentee: p.mentee_name, mentor: p.mentor_name });
  return (
    <tr>
      <td data-label={t('matching.mentee')}>
        <span className="cell-title">{p.mentee_name}</span>
        {p.locked && <Badge tone="info">{t('round.locked')}</Badge>}
      </td>
      <td data-label={t('roles.mentor')}>{p.mentor_name}</td>
      <td data-label={t('round.score')}>
        <span className="score">{p.score}</span>
      </td>
      <td data-label={t('round.why')}>
        <ExplanationList
          reasons={p.reasons}
          reader={{ side: 'coordinator', menteeName: p.mentee_name, mentorName: p.mentor_name }}
          total={p.score}
          label={t('round.whyPair', { pair })}
        />
      </td>
      {draft && (
        <td data-label={t('round.actions')}>
          <div className="button-row">
            <Button
              className="button button--secondary button--small"
              isDisabled={!draft || mutation.isPending}
              onPress={() => mutation.mutate('lock')}
              aria-label={t(p.locked ? 'round.unlockNamed' : 'round.lockNamed', { pair })}
            >
              {p.locked ? t('round.unlock') : t('round.lock')}
            </Button>
            <SwapDialog org={org} round={round} proposal={p} onRound={onRound} pair={pair} />
            <ConfirmButton
              label={t('common.remove')}
              accessibleLabel={t('round.removeNamed', { pair })}
              title={t('round.removeTitle')}
              body={t('round.removeBody', { pair })}
              confirmLabel={t('common.remove')}
              isDisabled={!draft}
              isPending={mutation.isPending}
              onConfirm={() => mutation.mutate('remove')}
            />
          </div>
          <InlineError error={mutation.error} />
        </td>
      )}
    </tr>
  );
}
