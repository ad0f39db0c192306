import { useNavigate } from 'react-router';
import { Button } from 'react-aria-components';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { RoundView, UnmatchedGroup } from '../../api_types';
import { listUnmatchedGroups, runMatchRound } from '../../api';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormDialog } from '../../components/FormDialog';
import { QueryStates } from '../../components/QueryStates';
import { ShowMoreButton } from '../../components/ShowMoreButton';
import { useShowMore } from '../../components/use_show_more';
import { queryKeys } from '../../lib/query_keys';
import { unmatchedText } from '../../lib/reasons';
import { InvitationEmailField, InvitationOutcome, useInvitationForm } from '../members/InvitationForm';
import { roundLink } from './MatchRoundsSection';
import { AssignDialog } from './SwapDialog';

/**
 * The round's unmatched mentees grouped by why no mentor was proposed, most actionable first,
 * each group with what its reason calls for: a mentor assigned by hand (per mentee, draft rounds
 * only), a new round for just these mentees, or mentors invited with the skills they need.
 */
export function UnmatchedGroups({
  org,
  round,
  onRound,
}: {
  org: string;
  round: RoundView;
  onRound: (view: RoundView) => void;
}) {
  const { t } = useTranslation();
  const groups = useQuery({
    queryKey: queryKeys.unmatchedGroups(org, round.id),
    queryFn: () => listUnmatchedGroups(org, round.id),
  });
  return (
    <section className="card" aria-labelledby="unmatched-title">
      <h2 id="unmatched-title" className="section-title">
        {t('round.unmatchedTitle', { count: round.unmatched_mentees.length })}
      </h2>
      {round.unmatched_mentees.length === 0 ? (
        <EmptyState title={t('round.allMatched')} />
      ) : (
        <QueryStates
          query={groups}
          isEmpty={(groups.data?.groups.length ?? 0) === 0}
          emptyTitle={t('round.allMatched')}
        >
          {groups.data?.groups.map((g) => (
            <Group key={g.reason_id} org={org} round={round} group={g} onRound={onRound} />
          ))}
        </QueryStates>
      )}
    </section>
  );
}

function Group({
  org,
  round,
  group: g,
  onRound,
}: {
  org: string;
  round: RoundView;
  group: UnmatchedGroup;
  onRound: (view: RoundView) => void;
}) {
  const { t } = useTranslation();
  const paged = useShowMore(g.mentees);
  const draft = round.status === 'draft';
  const assign = draft && g.actions.includes('assign');
  const headingId = `unmatched-group-${g.reason_id}`;
  const title = t(`unmatchedGroups.title.${g.reason_id}`, { defaultValue: t('unmatchedGroups.title.other') });
  return (
    <section className="unmatched-group" aria-labelledby={headingId}>
      <h3 id={headingId} className="subsection-title">
        {t('unmatchedGroups.heading', { title, count: g.mentees.length })}
      </h3>
      <p className="muted">
        {t(`unmatchedGroups.hint.${g.reason_id}`, { defaultValue: t('unmatchedGroups.hint.other') })}
      </p>
      {(g.actions.includes('rerun') || g.actions.includes('invite')) && (
        <div className="button-row" role="group" aria-label={t('unmatchedGroups.actionsFor', { title })}>
          {g.actions.includes('rerun') && <RerunForGroup org={org} round={round} group={g} title={title} />}
          {g.actions.includes('invite') && <InviteForGroup org={org} round={round} group={g} title={title} />}
        </div>
      )}
      {g.actions.includes('invite') && <MissingSkills group={g} />}
      <ul className="stack-list" aria-label={t('unmatchedGroups.listLabel', { title })}>
        {paged.visible.map((u) => (
          <li key={u.mentee_id} className="stack-list__item">
            <div className="stack-list__main">
              <span className="stack-list__title">{u.mentee_name}</span>
              <span className="muted">{unmatchedText(t, u)}</span>
            </div>
            {assign && (
              <div className="stack-list__actions">
                <AssignDialog org={org} round={round} mentee={u} onRound={onRound} />
              </div>
            )}
          </li>
        ))}
      </ul>
      <ShowMoreButton hidden={paged.hidden} onPress={paged.showMore} />
    </section>
  );
}

/** What these mentees want to learn that no mentor with room teaches: what to invite for. */
function MissingSkills({ group: g }: { group: UnmatchedGroup }) {
  const { t } = useTranslation();
  if (g.missing_skills.length === 0) return <p className="muted">{t('unmatchedGroups.noMissingSkills')}</p>;
  return (
    <p>
      {t('unmatchedGroups.missingSkills')}{' '}
      {g.missing_skills.map((s, k) => (
        <span key={s.skill}>
          {k > 0 && ', '}
          <strong>{s.skill}</strong> ({t('unmatchedGroups.wantedBy', { count: s.mentees })})
        </span>
      ))}
    </p>
  );
}

/** A new draft round for just these mentees (same objective, K and mentor scope); opens it. */
function RerunForGroup({ org, round, group: g, title }: { org: string; round: RoundView; group: UnmatchedGroup; title: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const navigate = useNavigate();
  // Nobody was in scope: the new round looks at every mentor.
  const mentors = g.reason_id === 'no_mentors_in_scope' ? [] : round.mentor_ids;
  const mutation = useMutation({
    mutationFn: () =>
      runMatchRound(org, round.program_id, {
        objective: round.objective,
        candidates_per_mentee: round.candidates_per_mentee,
        mentee_ids: g.mentees.map((u) => u.mentee_id),
        ...(mentors.length ? { mentor_ids: mentors } : {}),
      }),
    onSuccess: (view) => {
      client.setQueryData(queryKeys.matchRound(org, view.id), view);
      void client.invalidateQueries({ queryKey: queryKeys.matchRounds(org, view.program_id) });
      void navigate(roundLink(org, view.id));
    },
  });
  return (
    <>
      <Button
        className="button button--secondary button--small"
        isDisabled={mutation.isPending}
        onPress={() => mutation.mutate()}
        aria-label={t('unmatchedGroups.rerunNamed', { count: g.mentees.length, title })}
      >
        {mutation.isPending ? t('matching.rounds.running') : t('unmatchedGroups.rerun', { count: g.mentees.length })}
      </Button>
      <ErrorAlert error={mutation.error} title={t('round.actionFailed')} />
    </>
  );
}

/** Invites a mentor into the round's program (the invitation flow), naming the skills wanted. */
function InviteForGroup({ org, round, group: g, title }: { org: string; round: RoundView; group: UnmatchedGroup; title: string }) {
  const { t } = useTranslation();
  const form = useInvitationForm(org, (email) => ({
    email,
    roles: ['mentor'],
    program_id: round.program_id,
    program_role: 'mentor',
  }));
  const skills = g.missing_skills.map((s) => s.skill).join(', ');
  return (
    <FormDialog
      opener={{
        label: t('unmatchedGroups.invite'),
        accessibleLabel: t('unmatchedGroups.inviteNamed', { title }),
        tone: 'secondary',
      }}
      title={t('unmatchedGroups.inviteTitle')}
      description={
        skills ? t('unmatchedGroups.inviteHelpSkills', { skills }) : t('unmatchedGroups.inviteHelp')
      }
      submitLabel={t('invite.send')}
      submission={form.mutation}
      errorInField
      onSubmit={() => form.send()}
      onClosed={() => form.setEmail('')}
    >
      <InvitationEmailField form={form} />
      <InvitationOutcome form={form} />
    </FormDialog>
  );
}
