import { describe, expect, it } from 'vitest';
import { mentorGenderDraft, mentorGenderValue } from './mentor_gender';

describe('preferred mentor gender draft', () => {
  it('shows no preference for an empty or missing value', () => {
    expect(mentorGenderDraft('')).toEqual({ choice: '', other: '' });
    expect(mentorGenderDraft(undefined)).toEqual({ choice: '', other: '' });
    expect(mentorGenderValue({ choice: '', other: 'left over' })).toBe('');
  });

  it('recognises the common answers whatever their case, and stores them in lower case', () => {
    expect(mentorGenderDraft('Woman')).toEqual({ choice: 'woman', other: '' });
    expect(mentorGenderDraft('NON-BINARY')).toEqual({ choice: 'non-binary', other: '' });
    expect(mentorGenderValue({ choice: 'man', other: '' })).toBe('man');
  });

  it('keeps any other answer as the person wrote it, trimmed', () => {
    expect(mentorGenderDraft('Two-spirit')).toEqual({ choice: 'other', other: 'Two-spirit' });
    expect(mentorGenderValue({ choice: 'other', other: '  Genderfluid ' })).toBe('Genderfluid');
    expect(mentorGenderValue(mentorGenderDraft('mujer'))).toBe('mujer');
  });
});
