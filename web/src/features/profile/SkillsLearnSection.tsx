import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { SkillLearn } from '../../api_types';
import { SelectField } from '../../components/fields/SelectField';
import { TermComboBox } from '../../components/fields/TermComboBox';
import { FormSection } from './FormSection';
import { levelOptions } from './level_options';
import { SKILLS_MAX } from '../../lib/limits';
import { RemoveRowButton } from './RemoveRowButton';
import { RowFieldset } from './RowFieldset';
import type { SuggestingSectionProps } from './section_props';

export function SkillsLearnSection({ draft, update, errorFor, suggestions }: SuggestingSectionProps) {
  const { t } = useTranslation();
  const rows = draft.skills_learn;
  const setRow = (index: number, patch: Partial<SkillLearn>) =>
    update({ skills_learn: rows.map((r, i) => (i === index ? { ...r, ...patch } : r)) });

  return (
    <FormSection
      title={t('profile.skillsLearn.title')}
      description={t('profile.skillsLearn.description', { max: SKILLS_MAX })}
      error={errorFor('skills_learn')}
    >
      {rows.length === 0 && <p className="muted">{t('profile.skillsLearn.empty')}</p>}
      <ol className="row-list">
        {rows.map((row, i) => (
          <RowFieldset key={i} legend={t('profile.skillsLearn.row', { n: i + 1 })}>
            <TermComboBox
              className="row-list__grow"
              label={t('profile.skill')}
              value={row.skill}
              onChange={(skill) => setRow(i, { skill })}
              suggestions={suggestions}
              error={errorFor(`skills_learn.${i}.skill`)}
            />
            <SelectField
              label={t('profile.currentLevel')}
              value={String(row.current_level)}
              onChange={(v) => setRow(i, { current_level: Number(v) })}
              options={levelOptions(t)}
              error={errorFor(`skills_learn.${i}.current_level`)}
            />
            <SelectField
              label={t('profile.targetLevel')}
              value={String(row.target_level)}
              onChange={(v) => setRow(i, { target_level: Number(v) })}
              options={levelOptions(t)}
              error={errorFor(`skills_learn.${i}.target_level`)}
            />
            <RemoveRowButton
              label={t('profile.skillsLearn.remove', { skill: row.skill || i + 1 })}
              onPress={() => update({ skills_learn: rows.filter((_, j) => j !== i) })}
            />
          </RowFieldset>
        ))}
      </ol>
      <Button
        className="button button--secondary"
        isDisabled={rows.length >= SKILLS_MAX}
        onPress={() => update({ skills_learn: [...rows, { skill: '', current_level: 1, target_level: 3 }] })}
      >
        {t('profile.skillsLearn.add')}
      </Button>
    </FormSection>
  );
}
