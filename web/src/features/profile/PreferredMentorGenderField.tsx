import { useTranslation } from 'react-i18next';
import { SelectField } from '../../components/fields/SelectField';
import { TextInputField } from '../../components/fields/TextInputField';
import type { MentorGenderChoice } from './mentor_gender';
import type { SectionProps } from './section_props';

const PATH = 'mentee.preferred_mentor_gender';

/** A mentee's optional preferred mentor gender: common answers, or their own words. */
export function PreferredMentorGenderField({ draft, update, errorFor }: SectionProps) {
  const { t } = useTranslation();
  const value = draft.preferred_mentor_gender;
  const set = (patch: Partial<typeof value>) => update({ preferred_mentor_gender: { ...value, ...patch } });
  const options: { value: MentorGenderChoice; label: string }[] = [
    { value: '', label: t('profile.mentoring.genderNoPreference') },
    { value: 'woman', label: t('profile.mentoring.genderWoman') },
    { value: 'man', label: t('profile.mentoring.genderMan') },
    { value: 'non-binary', label: t('profile.mentoring.genderNonBinary') },
    { value: 'other', label: t('profile.mentoring.genderOther') },
  ];
  const other = value.choice === 'other';
  // The error belongs to the text box when there is one, else to the select (server errors).
  const error = errorFor(PATH);

  return (
    <div className="form-grid">
      <SelectField
        label={t('profile.mentoring.preferredGender')}
        value={value.choice}
        onChange={(choice) => set({ choice: choice as MentorGenderChoice })}
        options={options}
        error={other ? undefined : error}
        description={t('profile.mentoring.preferredGenderHelp')}
      />
      {other && (
        <TextInputField
          label={t('profile.mentoring.genderOtherText')}
          value={value.other}
          onChange={(text) => set({ other: text })}
          error={error}
          description={t('profile.mentoring.genderOtherHelp')}
        />
      )}
    </div>
  );
}
