import { useTranslation } from 'react-i18next';
import type { SuggestingSectionProps } from './section_props';
import { LevelField, SkillRowsSection } from './SkillRowsSection';

export function SkillsLearnSection(props: SuggestingSectionProps) {
  const { t } = useTranslation();
  return (
    <SkillRowsSection
      {...props}
      field="skills_learn"
      words="profile.skillsLearn"
      blank={{ skill: '', current_level: 1, target_level: 3 }}
      levels={(row, path, setRow) => (
        <>
          <LevelField
            label={t('profile.currentLevel')}
            value={row.current_level}
            onChange={(current_level) => setRow({ current_level })}
            error={props.errorFor(`${path}.current_level`)}
          />
          <LevelField
            label={t('profile.targetLevel')}
            value={row.target_level}
            onChange={(target_level) => setRow({ target_level })}
            error={props.errorFor(`${path}.target_level`)}
          />
        </>
      )}
    />
  );
}
