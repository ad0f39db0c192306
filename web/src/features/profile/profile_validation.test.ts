import { describe, expect, it } from 'vitest';
import type { Profile } from '../../api_types';
import { draftFromProfile, profileInputFromDraft, type ProfileDraft } from './profile_draft';
import { isValidTimeZone, validateProfile } from './profile_validation';
import { testProfile } from './test_profile';

const EMPTY_PROFILE = testProfile();

function valid(patch: Partial<ProfileDraft> = {}): ProfileDraft {
  return { ...draftFromProfile(EMPTY_PROFILE, 'America/Chicago'), ...patch };
}

describe('validateProfile', () => {
  it('accepts a complete, valid profile', () => {
    const d = valid({
      headline: 'Aspiring data analyst',
      skills_teach: [{ skill: 'Spanish', level: 5 }],
      skills_learn: [{ skill: 'SQL', current_level: 1, target_level: 3 }],
      languages: ['en', 'es'],
      availability_hours_per_month: '6',
      mentor_capacity: '2',
    });
    expect(validateProfile(d)).toEqual({});
  });

  it('limits the headline to 140 and the bio to 4000 characters', () => {
    expect(validateProfile(valid({ headline: 'x'.repeat(140) })).headline).toBeUndefined();
    expect(validateProfile(valid({ headline: 'x'.repeat(141) })).headline?.key).toBe('validation.maxLength');
    expect(validateProfile(valid({ bio: 'x'.repeat(4001) })).bio?.values).toEqual({ max: 4000 });
  });

  it('allows at most 30 skills in each list', () => {
    const many = Array.from({ length: 31 }, (_, i) => ({ skill: `s${i}`, level: 3 }));
    expect(validateProfile(valid({ skills_teach: many })).skills_teach?.key).toBe('validation.tooManySkills');
    const learn = Array.from({ length: 31 }, (_, i) => ({ skill: `s${i}`, current_level: 1, target_level: 2 }));
    expect(validateProfile(valid({ skills_learn: learn })).skills_learn?.key).toBe('validation.tooManySkills');
  });

  it('requires a skill name and levels from 1 to 5', () => {
    const e = validateProfile(valid({ skills_teach: [{ skill: ' ', level: 6 }] }));
    expect(e['skills_teach.0.skill']?.key).toBe('validation.skillRequired');
    expect(e['skills_teach.0.level']?.key).toBe('validation.level');
  });

  it('requires target_level >= current_level', () => {
    const e = validateProfile(valid({ skills_learn: [{ skill: 'SQL', current_level: 4, target_level: 2 }] }));
    expect(e['skills_learn.0.target_level']?.key).toBe('validation.targetBelowCurrent');
    const same = validateProfile(valid({ skills_learn: [{ skill: 'SQL', current_level: 3, target_level: 3 }] }));
    expect(same['skills_learn.0.target_level']).toBeUndefined();
  });

  it('requires two-letter lowercase language codes', () => {
    expect(validateProfile(valid({ languages: ['en'] })).languages).toBeUndefined();
    expect(validateProfile(valid({ languages: ['EN'] })).languages?.key).toBe('validation.languageCode');
    expect(validateProfile(valid({ languages: ['eng'] })).languages?.values).toEqual({ code: 'eng' });
  });

  it('requires a time zone of the form Area/City or UTC', () => {
    expect(validateProfile(valid({ time_zone: '' })).time_zone?.key).toBe('validation.required');
    expect(validateProfile(valid({ time_zone: 'Chicago' })).time_zone?.key).toBe('validation.timeZone');
    expect(isValidTimeZone('UTC')).toBe(true);
    expect(isValidTimeZone('America/Argentina/Buenos_Aires')).toBe(true);
    expect(isValidTimeZone('Etc/GMT+5')).toBe(true);
    expect(isValidTimeZone('America/')).toBe(false);
  });

  it('bounds availability (0..200) and mentor capacity (0..20) as whole numbers', () => {
    expect(validateProfile(valid({ availability_hours_per_month: '200' })).availability_hours_per_month).toBeUndefined();
    expect(validateProfile(valid({ availability_hours_per_month: '201' })).availability_hours_per_month?.key).toBe(
      'validation.intRange',
    );
    expect(validateProfile(valid({ availability_hours_per_month: '2.5' })).availability_hours_per_month).toBeDefined();
    expect(validateProfile(valid({ availability_hours_per_month: '' })).availability_hours_per_month).toBeDefined();
    expect(validateProfile(valid({ mentor_capacity: '21' }))['mentor.capacity']?.values).toEqual({ min: 0, max: 20 });
    expect(validateProfile(valid({ mentor_capacity: '-1' }))['mentor.capacity']).toBeDefined();
  });

  it('requires a valid guardian email only for minors', () => {
    const adult = valid({ minor: { is_minor: false, guardian_name: '', guardian_email: '' } });
    expect(validateProfile(adult)['minor.guardian_email']).toBeUndefined();
    const minor = valid({ minor: { is_minor: true, guardian_name: 'Rosa', guardian_email: '' } });
    expect(validateProfile(minor)['minor.guardian_email']?.key).toBe('validation.guardianEmailRequired');
    const bad = valid({ minor: { is_minor: true, guardian_name: 'Rosa', guardian_email: 'rosa@' } });
    expect(validateProfile(bad)['minor.guardian_email']?.key).toBe('validation.email');
    const good = valid({ minor: { is_minor: true, guardian_name: 'Rosa', guardian_email: 'rosa@example.org' } });
    expect(validateProfile(good)).toEqual({});
  });

  it('asks for the words when "another gender" is chosen, at most 80 characters', () => {
    const other = (text: string) => valid({ preferred_mentor_gender: { choice: 'other', other: text } });
    expect(validateProfile(other(' '))['mentee.preferred_mentor_gender']?.key).toBe('validation.preferredGenderRequired');
    expect(validateProfile(other('x'.repeat(81)))['mentee.preferred_mentor_gender']?.values).toEqual({ max: 80 });
    expect(validateProfile(other(` ${'é'.repeat(80)} `))).toEqual({});
    // Characters, as the server counts them: 80 emoji are 160 UTF-16 units but still fit.
    expect(validateProfile(other('🌈'.repeat(80)))).toEqual({});
    // Leftover words are ignored once a common answer or no preference is chosen again.
    expect(validateProfile(valid({ preferred_mentor_gender: { choice: '', other: 'x'.repeat(99) } }))).toEqual({});
  });

  it('requires goal text and a display name', () => {
    const e = validateProfile(valid({ name: ' ', goals: [{ text: '', tags: 'x' }] }));
    expect(e.name?.key).toBe('validation.required');
    expect(e['goals.0.text']?.key).toBe('validation.goalRequired');
  });
});

describe('profileInputFromDraft', () => {
  it('builds the PUT body: numbers, split tags, background only when answered, minor cleared', () => {
    const d = valid({
      headline: '  Hi  ',
      goals: [{ text: 'Get an internship', tags: 'career, data ,,' }],
      availability_hours_per_month: '8',
      mentor_capacity: '1',
      minor: { is_minor: false, guardian_name: 'x', guardian_email: 'y' },
    });
    d.background = { ...d.background, gender: { value: ' woman ', visibility: 'coordinators' } };
    const input = profileInputFromDraft(d);
    expect(input.headline).toBe('Hi');
    expect(input.goals).toEqual([{ text: 'Get an internship', tags: ['career', 'data'] }]);
    expect(input.availability_hours_per_month).toBe(8);
    expect(input.mentor).toEqual({ capacity: 1, accepts_external_mentees: false });
    expect(input.background).toEqual([{ field: 'gender', value: 'woman', visibility: 'coordinators' }]);
    expect(input.minor).toEqual({ is_minor: false, guardian_name: '', guardian_email: '' });
    expect(input.time_zone).toBe('America/Chicago');
    expect(Object.keys(input)).not.toContain('person_id');
    expect(Object.keys(input)).not.toContain('updated_at');
  });

  it('round-trips a saved profile', () => {
    const saved: Profile = {
      ...EMPTY_PROFILE,
      headline: 'Mentor',
      skills_learn: [{ skill: 'SQL', current_level: 2, target_level: 4 }],
      goals: [{ text: 'Lead a team', tags: ['leadership'] }],
      languages: ['es'],
      time_zone: 'Europe/Madrid',
      background: [{ field: 'veteran', value: 'yes', visibility: 'matching' }],
      mentee: { wants_outside_mentor: true, preferred_mentor_gender: 'Two-spirit' },
      updated_at: '2026-11-25T18:30:00Z',
    };
    const { person_id: _p, updated_at: _u, ...expected } = saved;
    void _p;
    void _u;
    expect(profileInputFromDraft(draftFromProfile(saved))).toEqual(expected);
  });
});
