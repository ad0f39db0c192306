import { useMemo, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Audience, ProgramInput, ProgramStatus, ProgramType } from '../../api_types';
import { AUDIENCES, PROGRAM_STATUSES, PROGRAM_TYPES } from '../../api_types';
import { isApiError, normaliseField } from '../../api';
import { CheckboxField } from '../../components/fields/CheckboxField';
import { FormErrorSummary } from '../../components/fields/FormErrorSummary';
import { NativeInputField } from '../../components/fields/NativeInputField';
import { SelectField } from '../../components/fields/SelectField';
import { TextInputField } from '../../components/fields/TextInputField';
import { useErrorMessage } from '../../components/use_error_message';
import { PROGRAM_CAPACITY_MAX, PROGRAM_CAPACITY_MIN } from '../../lib/limits';
import { statusKey } from '../../lib/statuses';
import { programInputFromDraft, validateProgram, type ProgramDraft } from './program_draft';
import { YouthSafeguardingPanel } from './YouthSafeguardingPanel';

const LABELS: Record<string, string> = {
  name: 'programForm.name',
  description: 'programForm.description',
  type: 'programForm.type',
  audience: 'programForm.audience',
  start_date: 'programForm.startDate',
  end_date: 'programForm.endDate',
  default_mentor_capacity: 'programForm.capacity',
  requires_approval: 'programForm.requiresApproval',
  status: 'programForm.status',
};

export function ProgramForm({
  initial,
  submitLabel,
  cancelTo,
  isPending,
  error,
  onSubmit,
}: {
  initial: ProgramDraft;
  submitLabel: string;
  cancelTo: string;
  isPending: boolean;
  error: unknown;
  onSubmit: (input: ProgramInput) => void;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [draft, setDraft] = useState(initial);
  const [attempted, setAttempted] = useState(false);
  const [summary, setSummary] = useState<string[]>([]);
  const [attempt, setAttempt] = useState(0);
  const update = (patch: Partial<ProgramDraft>) => setDraft((d) => ({ ...d, ...patch }));

  const clientErrors = useMemo(() => (attempted ? validateProgram(draft) : {}), [attempted, draft]);
  const server = isApiError(error) ? error : undefined;
  const errorFor = (field: string) => {
    const own = clientErrors[field];
    return own ? t(own.key, own.values) : server?.fieldError(field);
  };
  const label = (field: string) => (LABELS[field] ? t(LABELS[field]) : field);

  const serverSummary = error
    ? server && server.fieldErrors.length > 0
      ? server.fieldErrors.map((fe) => `${label(normaliseField(fe.field))}: ${fe.message}`)
      : [errorMessage(error)]
    : [];

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setAttempted(true);
    setAttempt((n) => n + 1);
    const errors = Object.entries(validateProgram(draft));
    setSummary(errors.map(([field, m]) => `${label(field)}: ${t(m.key, m.values)}`));
    if (errors.length === 0) onSubmit(programInputFromDraft(draft));
  };

  return (
    <form className="form card" onSubmit={submit} noValidate>
      <FormErrorSummary messages={summary.length > 0 ? summary : serverSummary} attempt={attempt} />
      <TextInputField
        label={t('programForm.name')}
        value={draft.name}
        onChange={(name) => update({ name })}
        error={errorFor('name')}
        isRequired
      />
      <TextInputField
        label={t('programForm.description')}
        multiline
        rows={5}
        value={draft.description}
        onChange={(description) => update({ description })}
        error={errorFor('description')}
        description={t('programForm.descriptionHelp')}
      />
      <div className="form-grid">
        <SelectField
          label={t('programForm.type')}
          value={draft.type}
          onChange={(v) => update({ type: v as ProgramType })}
          options={PROGRAM_TYPES.map((v) => ({ value: v, label: t(`programTypes.${v}`) }))}
          description={t(`programTypeHelp.${draft.type}`)}
          error={errorFor('type')}
        />
        <SelectField
          label={t('programForm.audience')}
          value={draft.audience}
          onChange={(v) => update({ audience: v as Audience })}
          options={AUDIENCES.map((v) => ({ value: v, label: t(`audiences.${v}`) }))}
          error={errorFor('audience')}
        />
        <NativeInputField
          label={t('programForm.startDate')}
          type="date"
          value={draft.start_date}
          onChange={(start_date) => update({ start_date })}
          error={errorFor('start_date')}
          description={t('programForm.datesHelp')}
        />
        <NativeInputField
          label={t('programForm.endDate')}
          type="date"
          value={draft.end_date}
          onChange={(end_date) => update({ end_date })}
          error={errorFor('end_date')}
        />
        <NativeInputField
          label={t('programForm.capacity')}
          type="number"
          min={PROGRAM_CAPACITY_MIN}
          max={PROGRAM_CAPACITY_MAX}
          value={draft.default_mentor_capacity}
          onChange={(default_mentor_capacity) => update({ default_mentor_capacity })}
          error={errorFor('default_mentor_capacity')}
          description={t('programForm.capacityHelp', { min: PROGRAM_CAPACITY_MIN, max: PROGRAM_CAPACITY_MAX })}
          isRequired
        />
        <SelectField
          label={t('programForm.status')}
          value={draft.status}
          onChange={(v) => update({ status: v as ProgramStatus })}
          options={PROGRAM_STATUSES.map((v) => ({ value: v, label: t(statusKey('program', v)) }))}
          description={t(`programStatusHelp.${draft.status}`)}
          error={errorFor('status')}
        />
      </div>
      <CheckboxField
        label={t('programForm.requiresApproval')}
        description={t('programForm.requiresApprovalHelp')}
        isSelected={draft.requires_approval}
        onChange={(requires_approval) => update({ requires_approval })}
      />
      {draft.audience === 'youth' && <YouthSafeguardingPanel />}
      <div className="form-actions">
        <Link className="button button--ghost" to={cancelTo}>
          {t('common.cancel')}
        </Link>
        <Button type="submit" className="button button--primary" isDisabled={isPending}>
          {isPending ? t('common.saving') : submitLabel}
        </Button>
      </div>
    </form>
  );
}
