import { useState, type FormEvent } from 'react';
import { Button } from 'react-aria-components';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { BackgroundField, Criterion, MatchingSettings, Priority } from '../../api_types';
import { BACKGROUND_FIELDS, CRITERIA, PRIORITIES } from '../../api_types';
import { getMatchingSettings, isApiError, putMatchingSettings } from '../../api';
import { Alert } from '../../components/Alert';
import { ErrorState } from '../../components/ErrorState';
import { CheckboxField } from '../../components/fields/CheckboxField';
import { FormErrorSummary } from '../../components/fields/FormErrorSummary';
import { NativeInputField } from '../../components/fields/NativeInputField';
import { SelectField } from '../../components/fields/SelectField';
import { TextInputField } from '../../components/fields/TextInputField';
import { LoadingState } from '../../components/LoadingState';
import { useErrorMessage } from '../../components/use_error_message';
import {
  MAX_MENTORS_PER_MENTEE_MAX,
  MAX_MENTORS_PER_MENTEE_MIN,
  REQUEST_EXPIRY_DAYS_MAX,
  REQUEST_EXPIRY_DAYS_MIN,
} from '../../lib/limits';
import { queryKeys } from '../../lib/query_keys';
import { validateSettings, type SettingsDraft, type SettingsErrors } from './settings_validation';

function toDraft(s: MatchingSettings): SettingsDraft {
  return {
    priorities: { ...s.priorities },
    maxMentors: String(s.max_mentors_per_mentee),
    requireAcceptance: s.require_acceptance,
    expiryDays: String(s.request_expiry_days),
    priorityField: s.priority_field ?? '',
    priorityValue: s.priority_value ?? '',
  };
}

/** Coordinators: how much each criterion counts, and the program's matching rules. */
export function MatchingSettingsForm({ org, programId }: { org: string; programId: string }) {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: queryKeys.matchingSettings(org, programId),
    queryFn: () => getMatchingSettings(org, programId),
  });
  return (
    <section className="card" aria-labelledby="matching-settings-title">
      <h2 id="matching-settings-title" className="section-title">
        {t('matching.settings.title')}
      </h2>
      <p className="muted">{t('matching.settings.lead')}</p>
      {query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <SettingsForm key={JSON.stringify(query.data)} org={org} programId={programId} settings={query.data} />
      )}
    </section>
  );
}

function SettingsForm({ org, programId, settings }: { org: string; programId: string; settings: MatchingSettings }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const errorMessage = useErrorMessage();
  const [draft, setDraft] = useState<SettingsDraft>(() => toDraft(settings));
  const [submitted, setSubmitted] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const mutation = useMutation({
    mutationFn: () =>
      putMatchingSettings(org, programId, {
        priorities: draft.priorities,
        max_mentors_per_mentee: Number(draft.maxMentors),
        require_acceptance: draft.requireAcceptance,
        request_expiry_days: Number(draft.expiryDays),
        priority_field: (draft.priorityField || null) as BackgroundField | null,
        priority_value: draft.priorityField ? draft.priorityValue.trim() : null,
      }),
    onSuccess: (data) => client.setQueryData(queryKeys.matchingSettings(org, programId), data),
  });

  const local: SettingsErrors = submitted ? validateSettings(draft, t) : {};
  const server = (field: string) =>
    isApiError(mutation.error) ? mutation.error.fieldError(field) : undefined;
  const errors: SettingsErrors = {
    maxMentors: local.maxMentors ?? server('max_mentors_per_mentee'),
    expiryDays: local.expiryDays ?? server('request_expiry_days'),
    priorityField: local.priorityField ?? server('priority_field'),
    priorityValue: local.priorityValue ?? server('priority_value'),
  };
  const criterionError = (c: Criterion) => server(`priorities.${c}`);
  const messages = [
    ...Object.values(errors).filter((m): m is string => Boolean(m)),
    ...CRITERIA.map(criterionError).filter((m): m is string => Boolean(m)),
  ];
  if (mutation.isError && messages.length === 0) messages.push(errorMessage(mutation.error));

  const update = (patch: Partial<SettingsDraft>) => {
    mutation.reset();
    setDraft((d) => ({ ...d, ...patch }));
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    setAttempt((a) => a + 1);
    if (Object.keys(validateSettings(draft, t)).length > 0) return;
    mutation.mutate();
  };

  const priorityOptions = PRIORITIES.map((p) => ({ value: p, label: t(`priorities.${p}`) }));
  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <FormErrorSummary messages={messages} attempt={attempt} />
      <fieldset className="form-section">
        <legend className="subsection-title">{t('matching.settings.criteria')}</legend>
        <div className="form-grid">
          {CRITERIA.map((c) => (
            <SelectField
              key={c}
              label={t(`criteria.${c}`)}
              description={t(`criteriaHelp.${c}`)}
              value={draft.priorities[c]}
              error={criterionError(c)}
              options={priorityOptions}
              onChange={(v) => update({ priorities: { ...draft.priorities, [c]: v as Priority } })}
            />
          ))}
        </div>
      </fieldset>
      <fieldset className="form-section">
        <legend className="subsection-title">{t('matching.settings.rules')}</legend>
        <div className="form-grid">
          <NativeInputField
            type="number"
            label={t('matching.settings.maxMentors')}
            description={t('matching.settings.maxMentorsHelp')}
            min={MAX_MENTORS_PER_MENTEE_MIN}
            max={MAX_MENTORS_PER_MENTEE_MAX}
            value={draft.maxMentors}
            error={errors.maxMentors}
            onChange={(v) => update({ maxMentors: v })}
            isRequired
          />
          <NativeInputField
            type="number"
            label={t('matching.settings.expiryDays')}
            description={t('matching.settings.expiryDaysHelp')}
            min={REQUEST_EXPIRY_DAYS_MIN}
            max={REQUEST_EXPIRY_DAYS_MAX}
            value={draft.expiryDays}
            error={errors.expiryDays}
            onChange={(v) => update({ expiryDays: v })}
            isRequired
          />
        </div>
        <CheckboxField
          label={t('matching.settings.requireAcceptance')}
          description={t('matching.settings.requireAcceptanceHelp')}
          isSelected={draft.requireAcceptance}
          onChange={(v) => update({ requireAcceptance: v })}
        />
      </fieldset>
      <fieldset className="form-section">
        <legend className="subsection-title">{t('matching.settings.priorityGroup')}</legend>
        <p className="field__description">{t('matching.settings.priorityGroupHelp')}</p>
        <div className="form-grid">
          <SelectField
            label={t('matching.settings.priorityField')}
            value={draft.priorityField}
            error={errors.priorityField}
            options={[
              { value: '', label: t('matching.settings.noPriorityGroup') },
              ...BACKGROUND_FIELDS.map((f) => ({ value: f, label: t(`background.${f}`) })),
            ]}
            onChange={(v) => update({ priorityField: v, priorityValue: v ? draft.priorityValue : '' })}
          />
          <TextInputField
            label={t('matching.settings.priorityValue')}
            description={t('matching.settings.priorityValueHelp')}
            value={draft.priorityValue}
            error={errors.priorityValue}
            onChange={(v) => update({ priorityValue: v })}
          />
        </div>
      </fieldset>
      {mutation.isSuccess && <Alert tone="success" title={t('matching.settings.saved')} />}
      <div className="form-actions">
        <Button type="submit" className="button button--primary" isDisabled={mutation.isPending}>
          {mutation.isPending ? t('common.saving') : t('matching.settings.save')}
        </Button>
      </div>
    </form>
  );
}
