import { useState } from 'react';
import { Radio, RadioGroup } from 'react-aria-components';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { MentorAlternative, Proposal, Reason, RoundView, UnmatchedMentee } from '../../api_types';
import { assignMentor, listSwapAlternatives, swapProposal } from '../../api';
import { ExplanationList } from '../../components/ExplanationList';
import { FormDialog } from '../../components/FormDialog';
import { TextInputField } from '../../components/fields/TextInputField';
import { ListFooter } from '../../components/ListFooter';
import { QueryStates } from '../../components/QueryStates';
import { queryKeys } from '../../lib/query_keys';
import { notChosenText } from '../../lib/reasons';
import { useDebounced } from '../../lib/use_debounced';
import { usePagedList } from '../../lib/use_paged_list';

/** Mentors a page of the dialog shows before "Show more". */
export const SWAP_PAGE_SIZE = 10;
/** Reasons shown for each mentor: the strongest few, not the whole explanation. */
const TOP_REASONS = 3;

/** The pair's strongest reasons, most points first (the server's order among equals). */
export function topReasons(reasons: readonly Reason[], n = TOP_REASONS): Reason[] {
  return [...reasons].sort((a, b) => b.points - a.points).slice(0, n);
}

/**
 * Gives a proposed mentee another mentor: the server lists only mentors the swap accepts (every
 * hard constraint passes and they have room left in this round), best fit first, each with the
 * room left, the score and the strongest reasons; a search box narrows them by name.
 */
export function SwapDialog({
  org,
  round,
  proposal: p,
  onRound,
  pair,
}: {
  org: string;
  round: RoundView;
  proposal: Proposal;
  onRound: (view: RoundView) => void;
  pair: string;
}) {
  const { t } = useTranslation();
  return (
    <MentorChoiceDialog
      org={org}
      round={round}
      mentee={p}
      onRound={onRound}
      opener={{ label: t('round.swap'), accessibleLabel: t('round.swapNamed', { pair }) }}
      title={t('round.swapTitle', { mentee: p.mentee_name })}
      description={t('swap.help', { mentor: p.mentor_name })}
      submitLabel={t('round.swapSubmit')}
      choose={(mentor) => swapProposal(org, round.id, p.mentee_id, p.mentor_id, mentor)}
    />
  );
}

/**
 * Assigns a mentor by hand to a mentee the round left unmatched: every mentor of the program,
 * those the assignment accepts first (best fit first), each with why the round did not choose
 * them; the others are shown but cannot be picked.
 */
export function AssignDialog({
  org,
  round,
  mentee,
  onRound,
}: {
  org: string;
  round: RoundView;
  mentee: Pick<UnmatchedMentee, 'mentee_id' | 'mentee_name'>;
  onRound: (view: RoundView) => void;
}) {
  const { t } = useTranslation();
  return (
    <MentorChoiceDialog
      org={org}
      round={round}
      mentee={mentee}
      onRound={onRound}
      opener={{ label: t('assign.open'), accessibleLabel: t('assign.openNamed', { mentee: mentee.mentee_name }) }}
      title={t('assign.title', { mentee: mentee.mentee_name })}
      description={t('assign.help')}
      submitLabel={t('assign.submit')}
      choose={(mentor) => assignMentor(org, round.id, mentee.mentee_id, mentor)}
    />
  );
}

function MentorChoiceDialog({
  org,
  round,
  mentee,
  onRound,
  opener,
  title,
  description,
  submitLabel,
  choose,
}: {
  org: string;
  round: RoundView;
  mentee: Pick<UnmatchedMentee, 'mentee_id' | 'mentee_name'>;
  onRound: (view: RoundView) => void;
  opener: { label: string; accessibleLabel: string };
  title: string;
  description: string;
  submitLabel: string;
  choose: (mentorId: string) => Promise<RoundView>;
}) {
  const { t } = useTranslation();
  const [mentor, setMentor] = useState('');
  const [search, setSearch] = useState('');
  const [missing, setMissing] = useState(false);
  const mutation = useMutation({ mutationFn: () => choose(mentor) });
  return (
    <FormDialog
      opener={{ ...opener, tone: 'secondary', isDisabled: round.status !== 'draft' }}
      title={title}
      description={description}
      submitLabel={submitLabel}
      submission={mutation}
      errorTitle={t('round.swapFailed')}
      onSubmit={(close) => {
        if (!mentor) return setMissing(true);
        mutation.mutate(undefined, {
          onSuccess: (view) => {
            onRound(view);
            close();
          },
        });
      }}
      onClosed={() => {
        setMentor('');
        setSearch('');
        setMissing(false);
      }}
    >
      <TextInputField
        type="search"
        label={t('swap.search')}
        placeholder={t('swap.searchPlaceholder')}
        value={search}
        onChange={setSearch}
      />
      <Alternatives
        org={org}
        roundId={round.id}
        mentee={mentee}
        search={search}
        value={mentor}
        missing={missing && !mentor}
        onChange={(id) => {
          mutation.reset();
          setMentor(id);
        }}
      />
    </FormDialog>
  );
}

function Alternatives({
  org,
  roundId,
  mentee,
  search,
  value,
  missing,
  onChange,
}: {
  org: string;
  roundId: string;
  mentee: Pick<UnmatchedMentee, 'mentee_id' | 'mentee_name'>;
  search: string;
  value: string;
  missing: boolean;
  onChange: (mentorId: string) => void;
}) {
  const { t } = useTranslation();
  const q = useDebounced(search, 300).trim();
  const list = usePagedList({
    queryKey: queryKeys.swapAlternatives(org, roundId, mentee.mentee_id, q),
    load: (page) => listSwapAlternatives(org, roundId, mentee.mentee_id, q, page),
    limit: SWAP_PAGE_SIZE,
    keepPrevious: true,
  });
  const errorId = `swap-missing-${mentee.mentee_id}`;
  return (
    <QueryStates
      query={list}
      isEmpty={list.items.length === 0}
      emptyTitle={q ? t('swap.noMatch') : t('swap.empty', { mentee: mentee.mentee_name })}
      emptyHelp={q ? undefined : t('swap.emptyHelp')}
    >
      <RadioGroup
        className="radio-group"
        aria-label={t('swap.listLabel', { mentee: mentee.mentee_name })}
        aria-describedby={missing ? errorId : undefined}
        isInvalid={missing}
        value={value || null}
        onChange={onChange}
      >
        <ul className="stack-list swap-list">
          {list.items.map((a) => (
            <AlternativeItem
              key={a.mentor_id}
              alternative={a}
              menteeName={mentee.mentee_name}
              selected={a.mentor_id === value}
            />
          ))}
        </ul>
      </RadioGroup>
      {missing && (
        <p id={errorId} className="field__error">
          {t('swap.choose')}
        </p>
      )}
      <ListFooter list={list} />
    </QueryStates>
  );
}

function AlternativeItem({
  alternative: a,
  menteeName,
  selected,
}: {
  alternative: MentorAlternative;
  menteeName: string;
  selected: boolean;
}) {
  const { t } = useTranslation();
  const ruledOut = a.not_chosen?.id === 'hard_constraint';
  return (
    <li className={`stack-list__item${selected ? ' is-highlighted' : ''}`}>
      <div className="stack-list__main">
        <Radio value={a.mentor_id} className="radio" isDisabled={!a.available}>
          <span className="radio__dot" aria-hidden="true" />
          <span className="stack-list__title">{a.name}</span>
        </Radio>
        {!ruledOut && (
          <span className="muted">
            {t('swap.roomLeft', { count: a.room_left })} · {t('swap.score', { score: a.score })}
          </span>
        )}
        {a.not_chosen && <span className="muted">{notChosenText(t, a.not_chosen, menteeName)}</span>}
        {a.reasons.length > 0 && (
          <ExplanationList
            reasons={topReasons(a.reasons)}
            reader={{ side: 'coordinator', menteeName, mentorName: a.name }}
            label={t('swap.why', { name: a.name })}
          />
        )}
      </div>
    </li>
  );
}
