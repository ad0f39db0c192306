import { CheckboxGroup, Label } from 'react-aria-components';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { MenteeFilter } from '../../api_types';
import { previewMenteeScope } from '../../api';
import { CheckboxField } from '../../components/fields/CheckboxField';
import { ErrorAlert } from '../../components/ErrorAlert';
import { languageName } from '../../lib/format';
import { useDebounced } from '../../lib/use_debounced';

/** True when the filter names nothing (it selects every active mentee). */
export const filterIsEmpty = (f: MenteeFilter) =>
  !f.grades?.length && !f.groups?.length && !f.languages?.length && !f.first_generation;

/**
 * A round's mentees chosen by what they are: grade, group, language (the values the program's
 * active mentees have, as the server lists them) and first-generation (only answers shared with
 * coordinators count). The server says how many the filters select before the round runs.
 */
export function ScopeFilters({
  org,
  programId,
  value,
  onChange,
}: {
  org: string;
  programId: string;
  value: MenteeFilter;
  onChange: (f: MenteeFilter) => void;
}) {
  const { t, i18n } = useTranslation();
  const filter = useDebounced(value, 250);
  const preview = useQuery({
    queryKey: ['matching', 'scope', org, programId, filter],
    queryFn: () => previewMenteeScope(org, programId, filter),
    placeholderData: keepPreviousData,
  });
  const options = preview.data?.options;
  const group = (key: 'grades' | 'groups' | 'languages', label: string, name: (v: string) => string) => {
    const values = options?.[key] ?? [];
    if (values.length === 0) return null;
    return (
      <CheckboxGroup
        className="checkbox-group"
        value={value[key] ?? []}
        onChange={(v) => onChange({ ...value, [key]: v })}
      >
        <Label className="field__label">{label}</Label>
        {values.map((v) => (
          <CheckboxField key={v} value={v} label={name(v)} />
        ))}
      </CheckboxGroup>
    );
  };
  return (
    <div className="scope-filters">
      {group('grades', t('scopeFilters.grade'), (v) => v)}
      {group('groups', t('scopeFilters.group'), (v) => v)}
      {group('languages', t('scopeFilters.language'), (v) => languageName(v, i18n.language))}
      <CheckboxField
        label={t('scopeFilters.firstGeneration')}
        description={t('scopeFilters.firstGenerationHelp')}
        isSelected={Boolean(value.first_generation)}
        onChange={(v) => onChange({ ...value, first_generation: v })}
      />
      {options && options.grades.length === 0 && options.groups.length === 0 && (
        <p className="muted">{t('scopeFilters.noLabels')}</p>
      )}
      <ErrorAlert error={preview.error} />
      {preview.data && (
        <p role="status" className="scope-filters__count">
          {t('scopeFilters.count', { count: preview.data.count, total: preview.data.active_mentees })}
        </p>
      )}
    </div>
  );
}
