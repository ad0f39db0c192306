import { describe, expect, it } from 'vitest';
import type { Enrollment, Me } from '../../api_types';
import { BACKGROUND_FIELDS } from '../../api_types';
import { draftFromProfile } from './profile_draft';
import { askedBackground, asksMentorQuestions, profileAudience } from './profile_audience';
import { testProfile } from './test_profile';
import { initialTimeZone } from './time_zones';

function me(roles: Me['memberships'][number]['roles']): Me {
  return {
    id: 'p1',
    email: 'ana@example.org',
    name: 'Ana',
    locale: 'en',
    is_platform_admin: false,
    memberships: [{ organisation_id: 'o1', organisation_name: 'Lincoln', organisation_kind: 'school', roles }],
  };
}

function enrollment(patch: Partial<Enrollment>): Enrollment {
  return {
    id: 'e1',
    program_id: 'g1',
    program_name: 'Pathways',
    person_id: 'p1',
    person_name: 'Ana',
    person_email: 'ana@example.org',
    organisation_id: 'o1',
    home_organisation_name: [],
    role: 'mentee',
    status: 'active',
    source: 'invitation',
    message: '',
    screening_cleared: false,
    training_complete: false,
    minor_marked: false,
    grade: '',
    group: '',
    self_declared_minor: false,
    protected: false,
    created_at: '2026-11-01T00:00:00Z',
    ...patch,
  } as Enrollment;
}

describe('profileAudience', () => {
  it('a mentee with no mentor role or place does not mentor', () => {
    expect(profileAudience(me(['mentee']), [enrollment({})])).toEqual({ mentors: false, markedMinor: false });
  });

  it('the mentor role, or a pending or active mentor place, makes a mentor', () => {
    expect(profileAudience(me(['mentor']), []).mentors).toBe(true);
    expect(profileAudience(me(['mentee']), [enrollment({ role: 'mentor', status: 'pending' })]).mentors).toBe(true);
    expect(profileAudience(me(['mentee']), [enrollment({ role: 'mentor', status: 'ended' })]).mentors).toBe(false);
  });

  it("a coordinator's minor mark counts", () => {
    expect(profileAudience(me(['mentee']), [enrollment({ minor_marked: true })]).markedMinor).toBe(true);
  });
});

describe('what the profile asks', () => {
  const draft = draftFromProfile(testProfile(), 'UTC');
  const mentee = { mentors: false, markedMinor: false };

  it('asks mentor questions of mentors, and of anyone who answered them already', () => {
    expect(asksMentorQuestions(draft, mentee)).toBe(false);
    expect(asksMentorQuestions(draft, { mentors: true, markedMinor: false })).toBe(true);
    expect(asksMentorQuestions({ ...draft, skills_teach: [{ skill: 'SQL', level: 3 }] }, mentee)).toBe(true);
    expect(asksMentorQuestions({ ...draft, accepts_external_mentees: true }, mentee)).toBe(true);
    // Every profile starts with a capacity of 1: that alone is not an answer.
    expect(asksMentorQuestions({ ...draft, mentor_capacity: '1' }, mentee)).toBe(false);
  });

  it('does not ask a minor about military service unless it was answered', () => {
    expect(askedBackground(BACKGROUND_FIELDS, draft, mentee)).toContain('veteran');
    const minor = { ...draft, minor: { ...draft.minor, is_minor: true } };
    expect(askedBackground(BACKGROUND_FIELDS, minor, mentee)).not.toContain('veteran');
    expect(askedBackground(BACKGROUND_FIELDS, draft, { mentors: false, markedMinor: true })).not.toContain('veteran');
    const answered = { ...minor, background: { ...minor.background, veteran: { value: 'yes', visibility: 'private' as const } } };
    expect(askedBackground(BACKGROUND_FIELDS, answered, mentee)).toContain('veteran');
  });
});

describe('initialTimeZone', () => {
  it("starts a profile never saved with the browser's zone", () => {
    expect(initialTimeZone(false, 'UTC', 'America/Bogota')).toBe('America/Bogota');
  });
  it('keeps a saved zone', () => {
    expect(initialTimeZone(true, 'Europe/Madrid', 'America/Bogota')).toBe('Europe/Madrid');
  });
  it("keeps the server's default when the browser's zone is not one the form offers", () => {
    expect(initialTimeZone(false, 'UTC', 'Mars/Olympus_Mons')).toBe('UTC');
  });
  it("checks the browser's zone against the server's list once it is loaded", () => {
    expect(initialTimeZone(false, 'UTC', 'America/Bogota', ['UTC', 'America/Bogota'])).toBe('America/Bogota');
    // A name a newer browser knows and the server's tz database does not: not offered as the default.
    expect(initialTimeZone(false, 'UTC', 'America/Bogota', ['UTC', 'Europe/Madrid'])).toBe('UTC');
  });
});
