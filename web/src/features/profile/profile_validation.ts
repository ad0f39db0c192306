// Client-side checks mirroring api/CONTRACT.md's Profile validation, so most mistakes are caught
// before a round trip. Errors are keyed by field path ("skills_learn.0.target_level") and carry an
// i18n key, so the same result serves any language.
import { isEmail, parseIntInRange } from '../../lib/validation';
import { MENTOR_GENDER_MAX } from './mentor_gender';
import type { ProfileDraft } from './profile_draft';

export const LIMITS = {
  headline: 140,
  bio: 4000,
  skills: 30,
  availabilityMax: 200,
  capacityMax: 20,
  levelMin: 1,
  levelMax: 5,
} as const;

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
  return Number.isInteger(n) && n >= LIMITS.levelMin && n <= LIMITS.levelMax;
}

export function validateProfile(d: ProfileDraft): ValidationErrors {
  const e: ValidationErrors = {};
  const levelMsg = { key: 'validation.level', values: { min: LIMITS.levelMin, max: LIMITS.levelMax } };

  if (!d.name.trim()) e.name = { key: 'validation.required' };
  if (d.headline.trim().length > LIMITS.headline)
    e.headline = { key: 'validation.maxLength', values: { max: LIMITS.headline } };
  if (d.bio.trim().length > LIMITS.bio) e.bio = { key: 'validation.maxLength', values: { max: LIMITS.bio } };

  if (d.skills_teach.length > LIMITS.skills)
    e.skills_teach = { key: 'validation.tooManySkills', values: { max: LIMITS.skills } };
  d.skills_teach.forEach((s, i) => {
    if (!s.skill.trim()) e[`skills_teach.${i}.skill`] = { key: 'validation.skillRequired' };
    if (!isLevel(s.level)) e[`skills_teach.${i}.level`] = levelMsg;
  });

  if (d.skills_learn.length > LIMITS.skills)
    e.skills_learn = { key: 'validation.tooManySkills', values: { max: LIMITS.skills } };
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

  if (parseIntInRange(d.availability_hours_per_month, 0, LIMITS.availabilityMax) === null)
    e.availability_hours_per_month = { key: 'validation.intRange', values: { min: 0, max: LIMITS.availabilityMax } };

  if (parseIntInRange(d.mentor_capacity, 0, LIMITS.capacityMax) === null)
    e['mentor.capacity'] = { key: 'validation.intRange', values: { min: 0, max: LIMITS.capacityMax } };

  const gender = d.preferred_mentor_gender;
  if (gender.choice === 'other') {
    const other = gender.other.trim();
    if (!other) e['mentee.preferred_mentor_gender'] = { key: 'validation.preferredGenderRequired' };
    else if ([...other].length > MENTOR_GENDER_MAX) // code points, as the server counts
      e['mentee.preferred_mentor_gender'] = { key: 'validation.maxLength', values: { max: MENTOR_GENDER_MAX } };
  }

  if (d.minor.is_minor) {
    const email = d.minor.guardian_email.trim();
    if (!email) e['minor.guardian_email'] = { key: 'validation.guardianEmailRequired' };
    else if (!isEmail(email)) e['minor.guardian_email'] = { key: 'validation.email' };
  }
  return e;
}
