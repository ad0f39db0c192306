import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../../components/fields/CheckboxField';
import { NativeInputField } from '../../components/fields/NativeInputField';
import { FormSection } from './FormSection';
import { PreferredMentorGenderField } from './PreferredMentorGenderField';
import { MENTOR_CAPACITY_MAX } from '../../lib/limits';
import type { SectionProps } from './section_props';

/** `mentorQuestions`: ask capacity and mentees from elsewhere (people who mentor somewhere). */
export function MentoringSection({
  draft,
  update,
  errorFor,
  mentorQuestions = true,
}: SectionProps & { mentorQuestions?: boolean }) {
  const { t } = useTranslation();
  return (
    <FormSection
      title={t('profile.mentoring.title')}
      description={mentorQuestions ? t('profile.mentoring.description') : t('profileAsks.menteeOnly')}
    >
      {mentorQuestions && (
        <>
          <div className="form-grid">
            <NativeInputField
              label={t('profile.mentoring.capacity')}
              type="number"
              min={0}
              max={MENTOR_CAPACITY_MAX}
              value={draft.mentor_capacity}
              onChange={(mentor_capacity) => update({ mentor_capacity })}
              error={errorFor('mentor.capacity')}
              description={t('profile.mentoring.capacityHelp', { max: MENTOR_CAPACITY_MAX })}
            />
          </div>
          <CheckboxField
            label={t('profile.mentoring.external')}
            description={t('profile.mentoring.externalHelp')}
            isSelected={draft.accepts_external_mentees}
            onChange={(accepts_external_mentees) => update({ accepts_external_mentees })}
          />
        </>
      )}
      <CheckboxField
        label={t('profile.mentoring.outside')}
        description={t('profile.mentoring.outsideHelp')}
        isSelected={draft.wants_outside_mentor}
        onChange={(wants_outside_mentor) => update({ wants_outside_mentor })}
      />
      <PreferredMentorGenderField draft={draft} update={update} errorFor={errorFor} />
    </FormSection>
  );
}
