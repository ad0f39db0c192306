// The profile form's editable state and its conversion to and from the API's Profile.
// Numbers typed by hand stay strings until validation, so a half-typed value can be reported.
import type {
  BackgroundField,
  MinorInfo,
  Profile,
  ProfileInput,
  SkillLearn,
  SkillTeach,
  Visibility,
} from '../../api_types';
import { BACKGROUND_FIELDS } from '../../api_types';
import { initialTimeZone } from './time_zones';
import { mentorGenderDraft, mentorGenderValue, type MentorGenderDraft } from './mentor_gender';

export interface GoalDraft {
  text: string;
  /** Comma-separated while editing. */
  tags: string;
}

export interface BackgroundDraft {
  value: string;
  visibility: Visibility;
}

export interface ProfileDraft {
  name: string;
  headline: string;
  bio: string;
  skills_teach: SkillTeach[];
  skills_learn: SkillLearn[];
  interests: string[];
  goals: GoalDraft[];
  languages: string[];
  time_zone: string;
  availability_hours_per_month: string;
  background: Record<BackgroundField, BackgroundDraft>;
  mentor_capacity: string;
  accepts_external_mentees: boolean;
  wants_outside_mentor: boolean;
  preferred_mentor_gender: MentorGenderDraft;
  minor: MinorInfo;
}

export const DEFAULT_VISIBILITY: Visibility = 'private';

export function browserTimeZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone ?? '';
  } catch {
    return '';
  }
}

/** `knownZones`: the server's time zone names, when loaded (a new profile starts in the browser's). */
export function draftFromProfile(
  profile: Profile,
  fallbackTimeZone = '',
  knownZones?: readonly string[],
): ProfileDraft {
  const background = Object.fromEntries(
    BACKGROUND_FIELDS.map((field) => {
      const entry = profile.background?.find((b) => b.field === field);
      return [field, { value: entry?.value ?? '', visibility: entry?.visibility ?? DEFAULT_VISIBILITY }];
    }),
  ) as Record<BackgroundField, BackgroundDraft>;
  return {
    name: profile.name ?? '',
    headline: profile.headline ?? '',
    bio: profile.bio ?? '',
    skills_teach: (profile.skills_teach ?? []).map((s) => ({ ...s })),
    skills_learn: (profile.skills_learn ?? []).map((s) => ({ ...s })),
    interests: [...(profile.interests ?? [])],
    goals: (profile.goals ?? []).map((g) => ({ text: g.text, tags: g.tags.join(', ') })),
    languages: [...(profile.languages ?? [])],
    // A profile never saved holds the server's default (UTC): start from the browser's zone.
    time_zone: initialTimeZone(profile.updated_at !== null, profile.time_zone ?? '', fallbackTimeZone, knownZones),
    availability_hours_per_month: String(profile.availability_hours_per_month ?? 0),
    background,
    mentor_capacity: String(profile.mentor?.capacity ?? 0),
    accepts_external_mentees: profile.mentor?.accepts_external_mentees ?? false,
    wants_outside_mentor: profile.mentee?.wants_outside_mentor ?? false,
    preferred_mentor_gender: mentorGenderDraft(profile.mentee?.preferred_mentor_gender),
    minor: {
      is_minor: profile.minor?.is_minor ?? false,
      guardian_name: profile.minor?.guardian_name ?? '',
      guardian_email: profile.minor?.guardian_email ?? '',
    },
  };
}

export function splitTags(tags: string): string[] {
  return tags
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t.length > 0);
}

/** The PUT body. Call only on a draft that passed validateProfile. */
export function profileInputFromDraft(draft: ProfileDraft): ProfileInput {
  return {
    name: draft.name.trim(),
    headline: draft.headline.trim(),
    bio: draft.bio.trim(),
    skills_teach: draft.skills_teach.map((s) => ({ skill: s.skill.trim(), level: s.level })),
    skills_learn: draft.skills_learn.map((s) => ({
      skill: s.skill.trim(),
      current_level: s.current_level,
      target_level: s.target_level,
    })),
    interests: draft.interests.map((i) => i.trim()).filter(Boolean),
    goals: draft.goals.map((g) => ({ text: g.text.trim(), tags: splitTags(g.tags) })),
    languages: [...draft.languages],
    time_zone: draft.time_zone.trim(),
    availability_hours_per_month: Number(draft.availability_hours_per_month),
    background: BACKGROUND_FIELDS.filter((f) => draft.background[f].value.trim() !== '').map((field) => ({
      field,
      value: draft.background[field].value.trim(),
      visibility: draft.background[field].visibility,
    })),
    mentor: {
      capacity: Number(draft.mentor_capacity),
      accepts_external_mentees: draft.accepts_external_mentees,
    },
    mentee: {
      wants_outside_mentor: draft.wants_outside_mentor,
      preferred_mentor_gender: mentorGenderValue(draft.preferred_mentor_gender),
    },
    minor: draft.minor.is_minor
      ? {
          is_minor: true,
          guardian_name: draft.minor.guardian_name.trim(),
          guardian_email: draft.minor.guardian_email.trim(),
        }
      : { is_minor: false, guardian_name: '', guardian_email: '' },
  };
}
