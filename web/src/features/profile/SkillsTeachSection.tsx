import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { SkillTeach } from '../../api_types';
import { SelectField } from '../../components/fields/SelectField';
import { TermComboBox } from '../../components/fields/TermComboBox';
import { FormSection } from './FormSection';
import { levelOptions } from './level_options';
import { SKILLS_MAX } from '../../lib/limits';
import { RemoveRowButton } from './RemoveRowButton';
import { RowFieldset } from './RowFieldset';
import type { SuggestingSectionProps } from './section_props';

export function SkillsTeachSection({ draft, update, errorFor, suggestions }: SuggestingSectionProps) {
  const { t } = useTranslation();
  const rows = draft.skills_teach;
  const setRow = (index: number, patch: Partial<SkillTeach>) =>
    update({ skills_teach: rows.map((r, i) => (i === index ? { ...r, ...patch } : r)) });

  return (
    <FormSection
      title={t('profile.skillsTeach.title')}
      description={t('profile.skillsTeach.description', { max: SKILLS_MAX })}
      error={errorFor('skills_teach')}
    >
      {rows.length === 0 && <p className="muted">{t('profile.skillsTeach.empty')}</p>}
      <ol className="row-list">
        {rows.map((row, i) => (
          <RowFieldset key={i} legend={t('profile.skillsTeach.row', { n: i + 1 })}>
            <TermComboBox
              className="row-list__grow"
              label={t('profile.skill')}
              value={row.skill}
              onChange={(skill) => setRow(i, { skill })}
              suggestions={suggestions}
              error={errorFor(`skills_teach.${i}.skill`)}
            />
            <SelectField
              label={t('profile.level')}
              value={String(row.level)}
              onChange={(v) => setRow(i, { level: Number(v) })}
              options={levelOptions(t)}
              error={errorFor(`skills_teach.${i}.level`)}
            />
            <RemoveRowButton
              label={t('profile.skillsTeach.remove', { skill: row.skill || i + 1 })}
              onPress={() => update({ skills_teach: rows.filter((_, j) => j !== i) })}
            />
          </RowFieldset>
        ))}
      </ol>
      <Button
        className="button button--secondary"
        isDisabled={rows.length >= SKILLS_MAX}
        onPress={() => update({ skills_teach: [...rows, { skill: '', level: 3 }] })}
      >
        {t('profile.skillsTeach.add')}
      </Button>
    </FormSection>
  );
}
