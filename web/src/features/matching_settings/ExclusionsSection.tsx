import { useState, type FormEvent } from 'react';
import { Button } from 'react-aria-components';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Exclusion } from '../../api_types';
import { addExclusion, isApiError, listExclusions, removeExclusion } from '../../api';
import { Alert } from '../../components/Alert';
import { ConfirmButton } from '../../components/ConfirmButton';
import { ErrorAlert, InlineError } from '../../components/ErrorAlert';
import { SelectField } from '../../components/fields/SelectField';
import { TextInputField } from '../../components/fields/TextInputField';
import { ListFooter } from '../../components/ListFooter';
import { QueryStates } from '../../components/QueryStates';
import { formatDay } from '../../lib/format';
import { EXCLUSION_REASON_MAX } from '../../lib/limits';
import { queryKeys } from '../../lib/query_keys';
import { usePagedList } from '../../lib/use_paged_list';
import { useProgramPeople } from '../../components/use_program_people';

/** Pairs never to be matched: list with remove, and a small add form. */
export function ExclusionsSection({ org, programId }: { org: string; programId: string }) {
  const { t, i18n } = useTranslation();
  const people = useProgramPeople(org, programId);
  const list = usePagedList({
    queryKey: queryKeys.exclusions(org, programId),
    load: (page) => listExclusions(org, programId, page),
  });
  return (
    <section className="card" aria-labelledby="exclusions-title">
      <h2 id="exclusions-title" className="section-title">
        {t('matching.exclusions.title')}
      </h2>
      <p className="muted">{t('matching.exclusions.lead')}</p>
      <QueryStates query={list} isEmpty={list.items.length === 0} emptyTitle={t('matching.exclusions.empty')}>
        <ul className="stack-list" aria-label={t('matching.exclusions.title')}>
          {list.items.map((x) => (
            <ExclusionItem
              key={`${x.mentee_id}/${x.mentor_id}`}
              org={org}
              programId={programId}
              exclusion={x}
              mentee={people.nameOf(x.mentee_id)}
              mentor={people.nameOf(x.mentor_id)}
              date={formatDay(x.created_at, i18n.language)}
            />
          ))}
        </ul>
        <ListFooter list={list} />
      </QueryStates>
      <AddExclusionForm org={org} programId={programId} people={people} />
    </section>
  );
}

function ExclusionItem(props: {
  org: string;
  programId: string;
  exclusion: Exclusion;
  mentee: string;
  mentor: string;
  date: string;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const { org, programId, exclusion: x } = props;
  const mutation = useMutation({
    mutationFn: () => removeExclusion(org, programId, x.mentee_id, x.mentor_id),
    onSuccess: () => void client.invalidateQueries({ queryKey: queryKeys.exclusions(org, programId) }),
  });
  const pair = t('matching.exclusions.pair', { mentee: props.mentee, mentor: props.mentor });
  return (
    <li className="stack-list__item">
      <div className="stack-list__main">
        <span className="stack-list__title">{pair}</span>
        <span className="muted">
          {x.reason || t('matching.exclusions.noReason')} · {props.date}
        </span>
        <InlineError error={mutation.error} />
      </div>
      <div className="stack-list__actions">
        <ConfirmButton
          label={t('common.remove')}
          accessibleLabel={t('matching.exclusions.removeNamed', { pair })}
          title={t('matching.exclusions.removeTitle')}
          body={t('matching.exclusions.removeBody', { pair })}
          confirmLabel={t('common.remove')}
          isPending={mutation.isPending}
          onConfirm={() => mutation.mutate()}
        />
      </div>
    </li>
  );
}

function AddExclusionForm({
  org,
  programId,
  people,
}: {
  org: string;
  programId: string;
  people: ReturnType<typeof useProgramPeople>;
}) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [mentee, setMentee] = useState('');
  const [mentor, setMentor] = useState('');
  const [reason, setReason] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const mutation = useMutation({
    mutationFn: () => addExclusion(org, programId, { mentee_id: mentee, mentor_id: mentor, reason: reason.trim() }),
    onSuccess: () => {
      setMentee('');
      setMentor('');
      setReason('');
      setSubmitted(false);
      void client.invalidateQueries({ queryKey: queryKeys.exclusions(org, programId) });
    },
  });
  const server = (f: string) => (isApiError(mutation.error) ? mutation.error.fieldError(f) : undefined);
  const menteeError = (submitted && !mentee ? t('validation.required') : undefined) ?? server('mentee_id');
  const mentorError = (submitted && !mentor ? t('validation.required') : undefined) ?? server('mentor_id');
  const reasonTooLong = reason.length > EXCLUSION_REASON_MAX;
  const reasonError =
    (reasonTooLong ? t('validation.maxLength', { max: EXCLUSION_REASON_MAX }) : undefined) ?? server('reason');
  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (!mentee || !mentor || reasonTooLong) return;
    mutation.mutate();
  };
  const choose = { value: '', label: t('matching.choosePerson') };
  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-labelledby="add-exclusion-title">
      <h3 id="add-exclusion-title" className="subsection-title">
        {t('matching.exclusions.addTitle')}
      </h3>
      <ErrorAlert error={server('mentee_id') || server('mentor_id') ? null : mutation.error} />
      {mutation.isSuccess && <Alert tone="success" title={t('matching.exclusions.added')} />}
      <div className="form-grid">
        <SelectField
          label={t('matching.mentee')}
          value={mentee}
          onChange={setMentee}
          error={menteeError}
          isRequired
          options={[choose, ...people.mentees.map((p) => ({ value: p.id, label: p.name }))]}
        />
        <SelectField
          label={t('roles.mentor')}
          value={mentor}
          onChange={setMentor}
          error={mentorError}
          isRequired
          options={[choose, ...people.mentors.map((p) => ({ value: p.id, label: p.name }))]}
        />
        <TextInputField
          label={t('matching.exclusions.reason')}
          value={reason}
          onChange={setReason}
          error={reasonError}
        />
      </div>
      <div className="form-actions">
        <Button type="submit" className="button button--secondary" isDisabled={mutation.isPending}>
          {t('matching.exclusions.add')}
        </Button>
      </div>
    </form>
  );
}
