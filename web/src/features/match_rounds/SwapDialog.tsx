import { useState } from 'react';
import { Radio, RadioGroup } from 'react-aria-components';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { MentorAlternative, Proposal, Reason, RoundView } from '../../api_types';
import { listSwapAlternatives, swapProposal } from '../../api';
import { ExplanationList } from '../../components/ExplanationList';
import { FormDialog } from '../../components/FormDialog';
import { TextInputField } from '../../components/fields/TextInputField';
import { ListFooter } from '../../components/ListFooter';
import { QueryStates } from '../../components/QueryStates';
import { queryKeys } from '../../lib/query_keys';
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
  const [mentor, setMentor] = useState('');
  const [search, setSearch] = useState('');
  const [missing, setMissing] = useState(false);
  const mutation = useMutation({
    mutationFn: () => swapProposal(org, round.id, p.mentee_id, p.mentor_id, mentor),
  });
  return (
    <FormDialog
      opener={{
        label: t('round.swap'),
        accessibleLabel: t('round.swapNamed', { pair }),
        tone: 'secondary',
        isDisabled: round.status !== 'draft',
      }}
      title={t('round.swapTitle', { mentee: p.mentee_name })}
      description={t('swap.help', { mentor: p.mentor_name })}
      submitLabel={t('round.swapSubmit')}
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
        proposal={p}
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
  proposal: p,
  search,
  value,
  missing,
  onChange,
}: {
  org: string;
  roundId: string;
  proposal: Proposal;
  search: string;
  value: string;
  missing: boolean;
  onChange: (mentorId: string) => void;
}) {
  const { t } = useTranslation();
  const q = useDebounced(search, 300).trim();
  const list = usePagedList({
    queryKey: queryKeys.swapAlternatives(org, roundId, p.mentee_id, q),
    load: (page) => listSwapAlternatives(org, roundId, p.mentee_id, q, page),
    limit: SWAP_PAGE_SIZE,
    keepPrevious: true,
  });
  const errorId = `swap-missing-${p.mentee_id}`;
  return (
    <QueryStates
      query={list}
      isEmpty={list.items.length === 0}
      emptyTitle={q ? t('swap.noMatch') : t('swap.empty', { mentee: p.mentee_name })}
      emptyHelp={q ? undefined : t('swap.emptyHelp')}
    >
      <RadioGroup
        className="radio-group"
        aria-label={t('swap.listLabel', { mentee: p.mentee_name })}
        aria-describedby={missing ? errorId : undefined}
        isInvalid={missing}
        value={value || null}
        onChange={onChange}
      >
        <ul className="stack-list swap-list">
          {list.items.map((a) => (
            <AlternativeItem key={a.mentor_id} alternative={a} menteeName={p.mentee_name} selected={a.mentor_id === value} />
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
  return (
    <li className={`stack-list__item${selected ? ' is-highlighted' : ''}`}>
      <div className="stack-list__main">
        <Radio value={a.mentor_id} className="radio">
          <span className="radio__dot" aria-hidden="true" />
          <span className="stack-list__title">{a.name}</span>
        </Radio>
        <span className="muted">
          {t('swap.roomLeft', { count: a.room_left })} · {t('swap.score', { score: a.score })}
        </span>
        <ExplanationList
          reasons={topReasons(a.reasons)}
          reader={{ side: 'coordinator', menteeName, mentorName: a.name }}
          label={t('swap.why', { name: a.name })}
        />
      </div>
    </li>
  );
}
