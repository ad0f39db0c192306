import { useTranslation } from 'react-i18next';
import type { SuggestingSectionProps } from './section_props';
import { LevelField, SkillRowsSection } from './SkillRowsSection';

export function SkillsTeachSection(props: SuggestingSectionProps) {
  const { t } = useTranslation();
  return (
    <SkillRowsSection
      {...props}
      field="skills_teach"
      words="profile.skillsTeach"
      blank={{ skill: '', level: 3 }}
      levels={(row, path, setRow) => (
        <LevelField
          label={t('profile.level')}
          value={row.level}
          onChange={(level) => setRow({ level })}
          error={props.errorFor(`${path}.level`)}
        />
      )}
    />
  );
}
