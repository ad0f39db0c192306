import { useMemo, useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { Profile } from '../../api_types';
import { BACKGROUND_FIELDS } from '../../api_types';
import { isApiError, normaliseField, putMyProfile } from '../../api';
import { SESSION_KEY } from '../../auth/session';
import { CheckIcon } from '../../components/fields/CheckboxField';
import { FormErrorSummary } from '../../components/fields/FormErrorSummary';
import type { Suggestion } from '../../components/fields/TermComboBox';
import { useErrorMessage } from '../../components/use_error_message';
import { formatDateTime } from '../../lib/format';
import { BackgroundSection } from './BackgroundSection';
import { BasicsSection } from './BasicsSection';
import { fieldLabel } from './field_labels';
import { GoalsSection } from './GoalsSection';
import { InterestsSection } from './InterestsSection';
import { LanguagesSection } from './LanguagesSection';
import { MentoringSection } from './MentoringSection';
import { MinorSection } from './MinorSection';
import { askedBackground, asksMentorQuestions, EVERYONE, type ProfileAudience } from './profile_audience';
import { browserTimeZone, draftFromProfile, profileInputFromDraft, type ProfileDraft } from './profile_draft';
import { validateProfile } from './profile_validation';
import { PROFILE_KEY } from './profile_query';
import { SkillsLearnSection } from './SkillsLearnSection';
import { SkillsTeachSection } from './SkillsTeachSection';

export function ProfileForm({
  profile,
  skillSuggestions,
  interestSuggestions,
  audience = EVERYONE,
  timeZones,
}: {
  profile: Profile;
  skillSuggestions: readonly Suggestion[];
  interestSuggestions: readonly Suggestion[];
  /** Who this person is (mentor somewhere, marked a minor): the form asks only what applies. */
  audience?: ProfileAudience;
  /** The server's time zone names (GET /time-zones); the browser's list when not given. */
  timeZones?: readonly string[];
}) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const errorMessage = useErrorMessage();
  const [draft, setDraft] = useState<ProfileDraft>(() => draftFromProfile(profile, browserTimeZone(), timeZones));
  const [attempted, setAttempted] = useState(false);
  const [summary, setSummary] = useState<string[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [saved, setSaved] = useState(false);

  const mutation = useMutation({
    mutationFn: putMyProfile,
    onSuccess: (result) => {
      client.setQueryData(PROFILE_KEY, result);
      setDraft(draftFromProfile(result, browserTimeZone(), timeZones));
      setAttempted(false);
      setSaved(true);
      void client.invalidateQueries({ queryKey: SESSION_KEY });
    },
    onError: (error) => {
      if (isApiError(error) && error.fieldErrors.length > 0) {
        setSummary(error.fieldErrors.map((e) => `${fieldLabel(normaliseField(e.field), t)}: ${e.message}`));
      } else {
        setSummary([errorMessage(error)]);
      }
    },
  });

  // Once the user has tried to save, problems are re-checked on every edit.
  const clientErrors = useMemo(() => (attempted ? validateProfile(draft) : {}), [attempted, draft]);
  const serverError = mutation.error && isApiError(mutation.error) ? mutation.error : undefined;

  const errorFor = (path: string): string | undefined => {
    const own = clientErrors[path];
    if (own) return t(own.key, own.values);
    return serverError?.fieldError(path);
  };

  const update = (patch: Partial<ProfileDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setSaved(false);
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setAttempted(true);
    setAttempt((n) => n + 1);
    setSaved(false);
    const errors = validateProfile(draft);
    const entries = Object.entries(errors);
    if (entries.length > 0) {
      setSummary(entries.map(([path, m]) => `${fieldLabel(path, t)}: ${t(m.key, m.values)}`));
      return;
    }
    setSummary([]);
    mutation.mutate(profileInputFromDraft(draft));
  };

  const section = { draft, update, errorFor };
  const mentorQuestions = asksMentorQuestions(draft, audience);
  return (
    <form className="form profile-form" onSubmit={onSubmit} noValidate>
      <FormErrorSummary messages={summary} attempt={attempt} />
      <BasicsSection {...section} knownZones={timeZones} />
      {mentorQuestions && <SkillsTeachSection {...section} suggestions={skillSuggestions} />}
      <SkillsLearnSection {...section} suggestions={skillSuggestions} />
      <InterestsSection {...section} suggestions={interestSuggestions} />
      <GoalsSection {...section} />
      <LanguagesSection {...section} />
      <BackgroundSection {...section} fields={askedBackground(BACKGROUND_FIELDS, draft, audience)} />
      <MentoringSection {...section} mentorQuestions={mentorQuestions} />
      <MinorSection {...section} />
      <div className="form-actions form-actions--sticky">
        <div className="form-actions__status" role="status">
          {saved && !mutation.isPending && (
            <span className="form-actions__saved">
              <CheckIcon />
              {t('profile.saved')}
            </span>
          )}
          {!saved && profile.updated_at && (
            <span className="muted">
              {t('profile.lastSaved', { date: formatDateTime(profile.updated_at, i18n.language) })}
            </span>
          )}
        </div>
        <Button type="submit" className="button button--primary" isDisabled={mutation.isPending}>
          {mutation.isPending ? t('common.saving') : t('profile.save')}
        </Button>
      </div>
    </form>
  );
}
