import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { TextInputField } from '../../components/fields/TextInputField';
import { FormSection } from './FormSection';
import type { GoalDraft } from './profile_draft';
import { RemoveRowButton } from './RemoveRowButton';
import { RowFieldset } from './RowFieldset';
import type { SectionProps } from './section_props';

export function GoalsSection({ draft, update, errorFor }: SectionProps) {
  const { t } = useTranslation();
  const rows = draft.goals;
  const setRow = (index: number, patch: Partial<GoalDraft>) =>
    update({ goals: rows.map((r, i) => (i === index ? { ...r, ...patch } : r)) });

  return (
    <FormSection title={t('profile.goals.title')} description={t('profile.goals.description')}>
      {rows.length === 0 && <p className="muted">{t('profile.goals.empty')}</p>}
      <ol className="row-list">
        {rows.map((row, i) => (
          <RowFieldset key={i} legend={t('profile.goals.row', { n: i + 1 })}>
            <TextInputField
              className="row-list__grow"
              label={t('profile.goals.text')}
              value={row.text}
              onChange={(text) => setRow(i, { text })}
              error={errorFor(`goals.${i}.text`)}
            />
            <TextInputField
              className="row-list__grow"
              label={t('profile.goals.tags')}
              value={row.tags}
              onChange={(tags) => setRow(i, { tags })}
              description={t('profile.goals.tagsHelp')}
              error={errorFor(`goals.${i}.tags`)}
            />
            <RemoveRowButton
              label={t('profile.goals.remove', { n: i + 1 })}
              onPress={() => update({ goals: rows.filter((_, j) => j !== i) })}
            />
          </RowFieldset>
        ))}
      </ol>
      <Button className="button button--secondary" onPress={() => update({ goals: [...rows, { text: '', tags: '' }] })}>
        {t('profile.goals.add')}
      </Button>
    </FormSection>
  );
}
