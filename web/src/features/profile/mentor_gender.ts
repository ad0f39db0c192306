// The "preferred mentor gender" control: a select of common answers plus "another gender" with
// free text, over the API's single free-text field. Matching compares the text, ignoring case,
// with the words mentors use for their own gender, so the common answers are stored in the
// lower-case English words the rest of the app (and the demo data) uses.

/** Stored as-is; shown translated. */
export const COMMON_MENTOR_GENDERS = ['woman', 'man', 'non-binary'] as const;
export type CommonMentorGender = (typeof COMMON_MENTOR_GENDERS)[number];

/** '' = no preference, 'other' = the free text in `other`. */
export type MentorGenderChoice = '' | CommonMentorGender | 'other';

export interface MentorGenderDraft {
  choice: MentorGenderChoice;
  other: string;
}

export function mentorGenderDraft(value: string | undefined): MentorGenderDraft {
  const v = (value ?? '').trim();
  if (!v) return { choice: '', other: '' };
  const common = COMMON_MENTOR_GENDERS.find((g) => g === v.toLowerCase());
  return common ? { choice: common, other: '' } : { choice: 'other', other: v };
}

/** The API value: '' for no preference (and for "another gender" left empty, which validation reports). */
export function mentorGenderValue(d: MentorGenderDraft): string {
  return d.choice === 'other' ? d.other.trim() : d.choice;
}
