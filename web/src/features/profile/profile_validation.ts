// Client-side checks mirroring api/openapi.yaml's ProfileInput validation, so most mistakes are caught
// before a round trip. Errors are keyed by field path ("skills_learn.0.target_level") and carry an
// i18n key, so the same result serves any language.
import {
  AVAILABILITY_HOURS_MAX,
  BIO_MAX,
  HEADLINE_MAX,
  LEVEL_MAX,
  LEVEL_MIN,
  MENTOR_CAPACITY_MAX,
  PREFERRED_MENTOR_GENDER_MAX,
  SKILLS_MAX,
} from '../../lib/limits';
import { isEmail, parseIntInRange } from '../../lib/validation';
import type { ProfileDraft } from './profile_draft';

export interface ValidationMessage {
  key: string;
  values?: Record<string, string | number>;
}

export type ValidationErrors = Record<string, ValidationMessage>;

const LANGUAGE_CODE = /^[a-z]{2}$/;
const TIME_ZONE = /^(UTC|[A-Za-z]+(?:_[A-Za-z]+)*(?:\/[A-Za-z0-9_+-]+)+)$/;

export function isValidTimeZone(value: string): boolean {
  return TIME_ZONE.test(value);
}

function isLevel(n: number): boolean {
  return Number.isInteger(n) && n >= LEVEL_MIN && n <= LEVEL_MAX;
}

export function validateProfile(d: ProfileDraft): ValidationErrors {
  const e: ValidationErrors = {};
  const levelMsg = { key: 'validation.level', values: { min: LEVEL_MIN, max: LEVEL_MAX } };

  if (!d.name.trim()) e.name = { key: 'validation.required' };
  if (d.headline.trim().length > HEADLINE_MAX)
    e.headline = { key: 'validation.maxLength', values: { max: HEADLINE_MAX } };
  if (d.bio.trim().length > BIO_MAX) e.bio = { key: 'validation.maxLength', values: { max: BIO_MAX } };

  if (d.skills_teach.length > SKILLS_MAX)
    e.skills_teach = { key: 'validation.tooManySkills', values: { max: SKILLS_MAX } };
  d.skills_teach.forEach((s, i) => {
    if (!s.skill.trim()) e[`skills_teach.${i}.skill`] = { key: 'validation.skillRequired' };
    if (!isLevel(s.level)) e[`skills_teach.${i}.level`] = levelMsg;
  });

  if (d.skills_learn.length > SKILLS_MAX)
    e.skills_learn = { key: 'validation.tooManySkills', values: { max: SKILLS_MAX } };
  d.skills_learn.forEach((s, i) => {
    if (!s.skill.trim()) e[`skills_learn.${i}.skill`] = { key: 'validation.skillRequired' };
    if (!isLevel(s.current_level)) e[`skills_learn.${i}.current_level`] = levelMsg;
    if (!isLevel(s.target_level)) e[`skills_learn.${i}.target_level`] = levelMsg;
    else if (isLevel(s.current_level) && s.target_level < s.current_level)
      e[`skills_learn.${i}.target_level`] = { key: 'validation.targetBelowCurrent' };
  });

  d.goals.forEach((g, i) => {
    if (!g.text.trim()) e[`goals.${i}.text`] = { key: 'validation.goalRequired' };
  });

  const badLanguage = d.languages.find((l) => !LANGUAGE_CODE.test(l));
  if (badLanguage !== undefined) e.languages = { key: 'validation.languageCode', values: { code: badLanguage } };

  if (!d.time_zone.trim()) e.time_zone = { key: 'validation.required' };
  else if (!isValidTimeZone(d.time_zone.trim())) e.time_zone = { key: 'validation.timeZone' };

  if (parseIntInRange(d.availability_hours_per_month, 0, AVAILABILITY_HOURS_MAX) === null)
    e.availability_hours_per_month = { key: 'validation.intRange', values: { min: 0, max: AVAILABILITY_HOURS_MAX } };

  if (parseIntInRange(d.mentor_capacity, 0, MENTOR_CAPACITY_MAX) === null)
    e['mentor.capacity'] = { key: 'validation.intRange', values: { min: 0, max: MENTOR_CAPACITY_MAX } };

  const gender = d.preferred_mentor_gender;
  if (gender.choice === 'other') {
    const other = gender.other.trim();
    if (!other) e['mentee.preferred_mentor_gender'] = { key: 'validation.preferredGenderRequired' };
    else if ([...other].length > PREFERRED_MENTOR_GENDER_MAX) // code points, as the server counts
      e['mentee.preferred_mentor_gender'] = { key: 'validation.maxLength', values: { max: PREFERRED_MENTOR_GENDER_MAX } };
  }

  if (d.minor.is_minor) {
    const email = d.minor.guardian_email.trim();
    if (!email) e['minor.guardian_email'] = { key: 'validation.guardianEmailRequired' };
    else if (!isEmail(email)) e['minor.guardian_email'] = { key: 'validation.email' };
  }
  return e;
}
