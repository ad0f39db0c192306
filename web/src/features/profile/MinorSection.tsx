import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../components/fields/CheckboxField';
import { TextInputField } from '../../components/fields/TextInputField';
import { FormSection } from './FormSection';
import type { SectionProps } from './section_props';

export function MinorSection({ draft, update, errorFor }: SectionProps) {
  const { t } = useTranslation();
  const minor = draft.minor;
  return (
    <FormSection title={t('profile.minor.title')} description={t('profile.minor.description')}>
      <CheckboxField
        label={t('profile.minor.isMinor')}
        isSelected={minor.is_minor}
        onChange={(is_minor) => update({ minor: { ...minor, is_minor } })}
      />
      {minor.is_minor && (
        <div className="form-grid">
          <TextInputField
            label={t('profile.minor.guardianName')}
            autoComplete="off"
            value={minor.guardian_name}
            onChange={(guardian_name) => update({ minor: { ...minor, guardian_name } })}
            error={errorFor('minor.guardian_name')}
          />
          <TextInputField
            label={t('profile.minor.guardianEmail')}
            type="email"
            autoComplete="off"
            value={minor.guardian_email}
            onChange={(guardian_email) => update({ minor: { ...minor, guardian_email } })}
            error={errorFor('minor.guardian_email')}
            isRequired
          />
        </div>
      )}
    </FormSection>
  );
}
