import type { ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/fields/SelectField';
import { TermComboBox } from '../../components/fields/TermComboBox';
import { SKILLS_MAX } from '../../lib/limits';
import { FormSection } from './FormSection';
import { levelOptions } from './level_options';
import type { ProfileDraft } from './profile_draft';
import { RemoveRowButton } from './RemoveRowButton';
import { RowFieldset } from './RowFieldset';
import type { SuggestingSectionProps } from './section_props';

type SkillList = 'skills_teach' | 'skills_learn';
type Row<F extends SkillList> = ProfileDraft[F][number];

/**
 * A profile's list of skills (to teach, to learn): up to SKILLS_MAX rows of a skill and its
 * levels, each removable, and "Add". `words` is the i18n namespace of the list's texts; `levels`
 * renders a row's level fields (LevelField) given the row's path for errors and a patcher.
 */
export function SkillRowsSection<F extends SkillList>({
  field,
  words,
  blank,
  levels,
  draft,
  update,
  errorFor,
  suggestions,
}: SuggestingSectionProps & {
  field: F;
  words: 'profile.skillsTeach' | 'profile.skillsLearn';
  blank: Row<F>;
  levels: (row: Row<F>, path: string, setRow: (patch: Partial<Row<F>>) => void) => ReactNode;
}) {
  const { t } = useTranslation();
  const rows = draft[field] as Row<F>[];
  const set = (next: Row<F>[]) => update({ [field]: next } as Partial<ProfileDraft>);
  const setRow = (index: number, patch: Partial<Row<F>>) =>
    set(rows.map((r, i) => (i === index ? { ...r, ...patch } : r)));

  return (
    <FormSection
      title={t(`${words}.title`)}
      description={t(`${words}.description`, { max: SKILLS_MAX })}
      error={errorFor(field)}
    >
      {rows.length === 0 && <p className="muted">{t(`${words}.empty`)}</p>}
      <ol className="row-list">
        {rows.map((row, i) => (
          <RowFieldset key={i} legend={t(`${words}.row`, { n: i + 1 })}>
            <TermComboBox
              className="row-list__grow"
              label={t('profile.skill')}
              value={row.skill}
              onChange={(skill) => setRow(i, { skill } as Partial<Row<F>>)}
              suggestions={suggestions}
              error={errorFor(`${field}.${i}.skill`)}
            />
            {levels(row, `${field}.${i}`, (patch) => setRow(i, patch))}
            <RemoveRowButton
              label={t(`${words}.remove`, { skill: row.skill || i + 1 })}
              onPress={() => set(rows.filter((_, j) => j !== i))}
            />
          </RowFieldset>
        ))}
      </ol>
      <Button className="button button--secondary" isDisabled={rows.length >= SKILLS_MAX} onPress={() => set([...rows, blank])}>
        {t(`${words}.add`)}
      </Button>
    </FormSection>
  );
}

/** A level from 1 to 5 ("3 · Intermediate"). */
export function LevelField({
  label,
  value,
  onChange,
  error,
}: {
  label: string;
  value: number;
  onChange: (level: number) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  return (
    <SelectField
      label={label}
      value={String(value)}
      onChange={(v) => onChange(Number(v))}
      options={levelOptions(t)}
      error={error}
    />
  );
}
