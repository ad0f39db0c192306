import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { Button, Label, Radio, RadioGroup } from 'react-aria-components';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { MatchObjective, MatchRound, MenteeFilter } from '../../api_types';
import { MATCH_OBJECTIVES } from '../../api_types';
import { listMatchRounds, runMatchRound } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ErrorState } from '../../components/ErrorState';
import { SelectField } from '../../components/fields/SelectField';
import { ListFooter } from '../../components/ListFooter';
import { QueryStates } from '../../components/QueryStates';
import { StatusBadge } from '../../components/StatusBadge';
import { formatDateTime } from '../../lib/format';
import { queryKeys } from '../../lib/query_keys';
import { usePagedList } from '../../lib/use_paged_list';
import { MultiSelectField } from '../../components/fields/MultiSelectField';
import { useProgramPeople } from '../../components/use_program_people';
import { filterIsEmpty, ScopeFilters } from './ScopeFilters';

export const roundLink = (org: string, round: string) =>
  `/orgs/${encodeURIComponent(org)}/match-rounds/${encodeURIComponent(round)}`;

/** Run a match round (objective and optional scope), then the program's rounds, newest first. */
export function MatchRoundsSection({ org, programId }: { org: string; programId: string }) {
  const { t, i18n } = useTranslation();
  const rounds = usePagedList({
    queryKey: queryKeys.matchRounds(org, programId),
    load: (page) => listMatchRounds(org, programId, page),
  });
  return (
    <section className="card" aria-labelledby="match-rounds-title">
      <h2 id="match-rounds-title" className="section-title">
        {t('matching.rounds.title')}
      </h2>
      <p className="muted">{t('matching.rounds.lead')}</p>
      <RunRoundForm org={org} programId={programId} />
      <h3 className="subsection-title">{t('matching.rounds.listTitle')}</h3>
      <QueryStates
        query={rounds}
        isEmpty={rounds.items.length === 0}
        emptyTitle={t('matching.rounds.empty')}
        emptyHelp={t('matching.rounds.emptyHelp')}
      >
        <ul className="stack-list" aria-label={t('matching.rounds.listTitle')}>
          {rounds.items.map((r) => (
            <RoundItem key={r.id} org={org} round={r} locale={i18n.language} />
          ))}
        </ul>
        <ListFooter list={rounds} />
      </QueryStates>
    </section>
  );
}

function RoundItem({ org, round: r, locale }: { org: string; round: MatchRound; locale: string }) {
  const { t } = useTranslation();
  return (
    <li className="stack-list__item">
      <div className="stack-list__main">
        <Link className="stack-list__title" to={roundLink(org, r.id)}>
          {t('matching.rounds.roundOf', { date: formatDateTime(r.created_at, locale) })}
        </Link>
        <span className="muted">
          {t(`objectives.${r.objective}`)} · {t('matching.rounds.matchedCount', { count: r.matched })} ·{' '}
          {t('matching.rounds.unmatchedCount', { count: r.unmatched })} ·{' '}
          {t('matching.rounds.scoreTotal', { score: r.total_score })}
        </span>
      </div>
      <div className="stack-list__actions">
        <StatusBadge kind="round" status={r.status} />
      </div>
    </li>
  );
}

function RunRoundForm({ org, programId }: { org: string; programId: string }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const navigate = useNavigate();
  const people = useProgramPeople(org, programId);
  const [objective, setObjective] = useState<MatchObjective>('score');
  const [mentees, setMentees] = useState<string[]>([]);
  const [mentors, setMentors] = useState<string[]>([]);
  // Mentees by name, or by what they are (grade, group, language, first-generation).
  const [by, setBy] = useState<'name' | 'filters'>('name');
  const [filter, setFilter] = useState<MenteeFilter>({});
  const mutation = useMutation({
    mutationFn: () =>
      runMatchRound(org, programId, {
        objective,
        ...(by === 'name' && mentees.length ? { mentee_ids: mentees } : {}),
        ...(by === 'filters' && !filterIsEmpty(filter) ? { mentee_filter: filter } : {}),
        ...(mentors.length ? { mentor_ids: mentors } : {}),
      }),
    onSuccess: (round) => {
      client.setQueryData(queryKeys.matchRound(org, round.id), round);
      void client.invalidateQueries({ queryKey: queryKeys.matchRounds(org, programId) });
      void navigate(roundLink(org, round.id));
    },
  });
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    mutation.mutate();
  };
  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-labelledby="run-round-title">
      <h3 id="run-round-title" className="subsection-title">
        {t('matching.rounds.runTitle')}
      </h3>
      <ErrorAlert error={mutation.error} />
      <SelectField
        label={t('matching.rounds.objective')}
        value={objective}
        onChange={(v) => setObjective(v as MatchObjective)}
        options={MATCH_OBJECTIVES.map((o) => ({ value: o, label: t(`objectives.${o}`) }))}
        description={t(`objectiveHelp.${objective}`)}
      />
      <details className="disclosure">
        <summary>{t('matching.rounds.scope')}</summary>
        {people.isError ? (
          <ErrorState error={people.error} onRetry={people.refetch} />
        ) : (
          <div className="form-grid">
            <div>
              <RadioGroup
                className="radio-group"
                value={by}
                onChange={(v) => setBy(v as 'name' | 'filters')}
                orientation="horizontal"
              >
                <Label className="field__label">{t('scopeFilters.chooseBy')}</Label>
                <div className="radio-group__options">
                  {(['name', 'filters'] as const).map((v) => (
                    <Radio key={v} value={v} className="radio">
                      <span className="radio__dot" aria-hidden="true" />
                      {t(`scopeFilters.by.${v}`)}
                    </Radio>
                  ))}
                </div>
              </RadioGroup>
              {by === 'name' ? (
                <MultiSelectField
                  label={t('matching.rounds.scopeMentees')}
                  description={t('matching.rounds.scopeHelp', { count: people.mentees.length })}
                  people={people.mentees}
                  value={mentees}
                  onChange={setMentees}
                />
              ) : (
                <ScopeFilters org={org} programId={programId} value={filter} onChange={setFilter} />
              )}
            </div>
            <MultiSelectField
              label={t('matching.rounds.scopeMentors')}
              description={t('matching.rounds.scopeHelpMentors', { count: people.mentors.length })}
              people={people.mentors}
              value={mentors}
              onChange={setMentors}
            />
          </div>
        )}
      </details>
      <div className="form-actions">
        <Button type="submit" className="button button--primary" isDisabled={mutation.isPending}>
          {mutation.isPending ? t('matching.rounds.running') : t('matching.rounds.run')}
        </Button>
      </div>
    </form>
  );
}
