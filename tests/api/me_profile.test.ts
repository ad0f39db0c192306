// The signed-in person: /me, PATCH /me, the profile and its validation, /me/enrollments.

import { Client, V1 } from './client';
import type { Page, Schemas } from './schema';
import { expectFieldError, expectProblem, expectStatus, isUtcTimestamp, problemOf } from './helpers';
import { createUser, type NewUser } from './fixtures/people';
import { profileInput } from './fixtures/profiles';
import { DEMO } from './fixtures/session';

const PROFILE = `${V1}/me/profile`;

/** Creates a fresh mentee and saves the default full profile for them. */
async function userWithProfile(): Promise<{ user: NewUser; saved: Schemas['Profile']; input: Record<string, unknown> }> {
  const user = await createUser({ orgSlug: DEMO.lincoln.slug, roles: ['mentor'], namePrefix: 'profile' });
  const input = profileInput();
  const res = await user.client.put<Schemas['Profile']>(PROFILE, input);
  expectStatus(res, 200);
  return { user, saved: res.json, input };
}

describe('/me', () => {
  test('GET /me describes the signed-in person and their memberships', async () => {
    const user = await createUser({ orgSlug: DEMO.lincoln.slug, roles: ['mentee'] });
    const res = await user.client.get<Schemas['Me']>(`${V1}/me`);
    expectStatus(res, 200);
    expect(res.json.id).toBe(user.id);
    expect(res.json.email).toBe(user.email);
    expect(res.json.name).toBe(user.name);
    expect(res.json.is_platform_admin).toBe(false);
    expect(['en', 'es']).toContain(res.json.locale);
    expect(res.json.memberships).toHaveLength(1);
    expect(res.json.memberships[0]).toMatchObject({
      organisation_name: DEMO.lincoln.name,
      organisation_kind: 'school',
      roles: ['mentee'],
    });
  });

  test('PATCH /me changes the locale and the name', async () => {
    const user = await createUser({ orgSlug: DEMO.lincoln.slug, roles: ['mentee'] });
    const res = await user.client.patch<Schemas['Me']>(`${V1}/me`, { locale: 'es' });
    expectStatus(res, 200);
    expect(res.json.locale).toBe('es');
    expect(res.json.name).toBe(user.name); // untouched
    expect((await user.client.get<Schemas['Me']>(`${V1}/me`)).json.locale).toBe('es');

    const renamed = await user.client.patch<Schemas['Me']>(`${V1}/me`, { name: 'Renamed Person' });
    expectStatus(renamed, 200);
    expect(renamed.json.name).toBe('Renamed Person');
    expect(renamed.json.locale).toBe('es'); // untouched
    const me = await user.client.get<Schemas['Me']>(`${V1}/me`);
    expect(me.json).toMatchObject({ name: 'Renamed Person', locale: 'es' });
    // The profile shows the same display name.
    expect((await user.client.get<Schemas['Profile']>(PROFILE)).json.name).toBe('Renamed Person');
  });

  test('PATCH /me rejects an unsupported locale, an empty name, unknown fields and wrong types', async () => {
    const user = await createUser({ orgSlug: DEMO.lincoln.slug, roles: ['mentee'] });
    const before = (await user.client.get<Schemas['Me']>(`${V1}/me`)).json;
    expectFieldError(await user.client.patch<Schemas['Me']>(`${V1}/me`, { locale: 'fr' }), 'locale');
    expectFieldError(await user.client.patch<Schemas['Me']>(`${V1}/me`, { name: '' }), 'name');
    expectFieldError(await user.client.patch<Schemas['Me']>(`${V1}/me`, { email: 'new@apitest.example' }), 'email');
    expectFieldError(await user.client.patch<Schemas['Me']>(`${V1}/me`, { is_platform_admin: true }), 'is_platform_admin');
    expectFieldError(await user.client.patch<Schemas['Me']>(`${V1}/me`, { name: 42 }), 'name');
    expect((await user.client.get<Schemas['Me']>(`${V1}/me`)).json).toEqual(before);
  });

  test('a new account has no enrollments', async () => {
    const user = await createUser({ orgSlug: DEMO.lincoln.slug, roles: ['mentee'] });
    const res = await user.client.get<Page<Schemas['Enrollment']>>(`${V1}/me/enrollments`);
    expectStatus(res, 200);
    expect(res.json).toEqual({ items: [], next_cursor: null });
  });
});

describe('/me/profile', () => {
  test('a never-saved profile has empty defaults', async () => {
    const user = await createUser({ orgSlug: DEMO.lincoln.slug, roles: ['mentee'] });
    const res = await user.client.get<Schemas['Profile']>(PROFILE);
    expectStatus(res, 200);
    const p = res.json;
    expect(p.person_id).toBe(user.id);
    expect(p.name).toBe(user.name);
    expect(p.headline).toBe('');
    expect(p.bio).toBe('');
    expect(p.skills_teach).toEqual([]);
    expect(p.skills_learn).toEqual([]);
    expect(p.interests).toEqual([]);
    expect(p.goals).toEqual([]);
    expect(p.languages).toEqual([]);
    expect(p.background).toEqual([]);
    expect(p.time_zone).toBeTypeOf('string');
    expect(p.availability_hours_per_month).toBe(0);
    expect(p.mentor.accepts_external_mentees).toBe(false);
    expect(Number.isInteger(p.mentor.capacity)).toBe(true);
    expect(p.mentee).toEqual({ wants_outside_mentor: false, preferred_mentor_gender: '' });
    expect(p.minor).toEqual({ is_minor: false, guardian_name: '', guardian_email: '' });
  });

  test('PUT a full profile, then GET returns exactly what was saved', async () => {
    const { user, saved, input } = await userWithProfile();
    expect(saved).toMatchObject(input);
    expect(saved.person_id).toBe(user.id);
    expect(isUtcTimestamp(saved.updated_at)).toBe(true);

    const res = await user.client.get<Schemas['Profile']>(PROFILE);
    expectStatus(res, 200);
    expect(res.json).toEqual(saved);
    // name is the person's display name.
    expect((await user.client.get<Schemas['Me']>(`${V1}/me`)).json.name).toBe(input.name);
  });

  test('PUT replaces the whole profile (lists can be emptied)', async () => {
    const { user } = await userWithProfile();
    const input = profileInput({
      skills_teach: [],
      interests: [],
      goals: [],
      background: [],
      languages: ['es'],
      time_zone: 'UTC',
      availability_hours_per_month: 200,
    });
    const res = await user.client.put<Schemas['Profile']>(PROFILE, input);
    expectStatus(res, 200);
    expect((await user.client.get<Schemas['Profile']>(PROFILE)).json).toMatchObject(input);
  });

  test('a preferred mentor gender is trimmed, read back, optional, and cleared by a PUT without it', async () => {
    const user = await createUser({ orgSlug: DEMO.lincoln.slug, roles: ['mentee'] });
    const name = user.name;
    const prefers = profileInput({ name, mentee: { wants_outside_mentor: true, preferred_mentor_gender: '  Woman ' } });
    const res = await user.client.put<Schemas['Profile']>(PROFILE, prefers);
    expectStatus(res, 200);
    expect(res.json.mentee).toEqual({ wants_outside_mentor: true, preferred_mentor_gender: 'Woman' });
    expect((await user.client.get<Schemas['Profile']>(PROFILE)).json.mentee).toEqual(res.json.mentee);

    // 80 characters after trimming is the limit; any wording is fine.
    const long = `Two-spirit ${'x'.repeat(69)}`;
    const atLimit = profileInput({ name, mentee: { wants_outside_mentor: false, preferred_mentor_gender: ` ${long} ` } });
    expectStatus(await user.client.put<Schemas['Profile']>(PROFILE, atLimit), 200);
    expect((await user.client.get<Schemas['Profile']>(PROFILE)).json.mentee?.preferred_mentor_gender).toBe(long);

    // PUT replaces the whole profile: leaving the field (or the whole mentee object) out means
    // no preference.
    const without = profileInput({ name, mentee: { wants_outside_mentor: true } });
    expectStatus(await user.client.put<Schemas['Profile']>(PROFILE, without), 200);
    expect((await user.client.get<Schemas['Profile']>(PROFILE)).json.mentee).toEqual({ wants_outside_mentor: true, preferred_mentor_gender: '' });
    expectStatus(await user.client.put<Schemas['Profile']>(PROFILE, profileInput({ name, mentee: { wants_outside_mentor: false, preferred_mentor_gender: 'man' } })), 200);
    expectStatus(await user.client.put<Schemas['Profile']>(PROFILE, profileInput({ name })), 200);
    expect((await user.client.get<Schemas['Profile']>(PROFILE)).json.mentee).toEqual({ wants_outside_mentor: false, preferred_mentor_gender: '' });
  });

  test('a minor with a guardian is accepted', async () => {
    const user = await createUser({ orgSlug: DEMO.lincoln.slug, roles: ['mentee'] });
    const minor = { is_minor: true, guardian_name: 'Grace Guardian', guardian_email: 'grace@apitest.example' };
    const res = await user.client.put<Schemas['Profile']>(PROFILE, profileInput({ minor }));
    expectStatus(res, 200);
    expect((await user.client.get<Schemas['Profile']>(PROFILE)).json.minor).toEqual(minor);
  });

  test('the profile is private to its owner: another person cannot see or change it via /me', async () => {
    const { user, saved } = await userWithProfile();
    const other = await createUser({ orgSlug: DEMO.lincoln.slug, roles: ['mentee'] });
    const res = await other.client.get<Schemas['Profile']>(PROFILE);
    expect(res.json.person_id).toBe(other.id);
    expect(res.json.headline).toBe('');
    expectStatus(await other.client.put<Schemas['Profile']>(PROFILE, profileInput()), 200);
    expect((await user.client.get<Schemas['Profile']>(PROFILE)).json).toEqual(saved);
  });

  test('signed out, the profile is a 401', async () => {
    expectProblem(await new Client().get<Schemas['Profile']>(PROFILE), 401);
  });

  describe('validation (400 naming the field; nothing saved)', () => {
    let user: NewUser;
    let saved: Schemas['Profile'];
    beforeAll(async () => {
      ({ user, saved } = await userWithProfile());
    });

    const cases: Array<[string, string, Record<string, unknown>]> = [
      ['a skill level of 6', 'level', { skills_teach: [{ skill: 'SQL', level: 6 }] }],
      ['a skill level of 0', 'level', { skills_teach: [{ skill: 'SQL', level: 0 }] }],
      ['a target level below the current level', 'target_level', {
        skills_learn: [{ skill: 'Go', current_level: 4, target_level: 2 }],
      }],
      ['a current level of 6', 'current_level', { skills_learn: [{ skill: 'Go', current_level: 6, target_level: 6 }] }],
      ['a three-letter language code', 'languages', { languages: ['eng'] }],
      ['a minor without a guardian email', 'guardian_email', {
        minor: { is_minor: true, guardian_name: 'Grace Guardian', guardian_email: '' },
      }],
      ['a minor with an invalid guardian email', 'guardian_email', {
        minor: { is_minor: true, guardian_name: 'Grace Guardian', guardian_email: 'not-an-email' },
      }],
      ['an unknown top-level field', 'favourite_colour', { favourite_colour: 'teal' }],
      ['an unknown nested field', 'years', { skills_teach: [{ skill: 'SQL', level: 3, years: 4 }] }],
      ['a string where a number belongs', 'availability_hours_per_month', { availability_hours_per_month: 'ten' }],
      ['a string where a list belongs', 'interests', { interests: 'chess' }],
      ['a number where a boolean belongs', 'accepts_external_mentees', {
        mentor: { capacity: 2, accepts_external_mentees: 1 },
      }],
      ['a fractional level', 'level', { skills_teach: [{ skill: 'SQL', level: 2.5 }] }],
      ['a headline of 141 characters', 'headline', { headline: 'h'.repeat(141) }],
      ['a bio of 4001 characters', 'bio', { bio: 'b'.repeat(4001) }],
      ['31 skills to teach', 'skills_teach', {
        skills_teach: Array.from({ length: 31 }, (_, i) => ({ skill: `Skill ${i}`, level: 3 })),
      }],
      ['31 skills to learn', 'skills_learn', {
        skills_learn: Array.from({ length: 31 }, (_, i) => ({ skill: `Skill ${i}`, current_level: 1, target_level: 2 })),
      }],
      ['a time zone that is not Area/City', 'time_zone', { time_zone: 'Chicago' }],
      ['an empty time zone', 'time_zone', { time_zone: '' }],
      ['201 hours a month', 'availability_hours_per_month', { availability_hours_per_month: 201 }],
      ['negative hours a month', 'availability_hours_per_month', { availability_hours_per_month: -1 }],
      ['a mentor capacity of 21', 'capacity', { mentor: { capacity: 21, accepts_external_mentees: false } }],
      ['an unknown background field', 'background', {
        background: [{ field: 'star_sign', value: 'leo', visibility: 'private' }],
      }],
      ['an unknown background visibility', 'visibility', {
        background: [{ field: 'veteran', value: 'yes', visibility: 'everyone' }],
      }],
      ['a preferred mentor gender that is a number', 'mentee.preferred_mentor_gender', {
        mentee: { wants_outside_mentor: false, preferred_mentor_gender: 1 },
      }],
      ['a preferred mentor gender that is null', 'mentee.preferred_mentor_gender', {
        mentee: { wants_outside_mentor: false, preferred_mentor_gender: null },
      }],
      ['a preferred mentor gender that is a list', 'mentee.preferred_mentor_gender', {
        mentee: { wants_outside_mentor: false, preferred_mentor_gender: ['woman', 'man'] },
      }],
      // With other changes in the same PUT, none of which may be saved.
      ['a preferred mentor gender of 81 characters', 'mentee.preferred_mentor_gender', {
        headline: 'Changed by a refused PUT',
        mentee: { wants_outside_mentor: true, preferred_mentor_gender: 'g'.repeat(81) },
      }],
      ['a preferred mentor gender of 5000 characters', 'mentee.preferred_mentor_gender', {
        mentee: { wants_outside_mentor: false, preferred_mentor_gender: 'g'.repeat(5000) },
      }],
      ['an unknown field among the mentee preferences', 'mentee.preferred_mentor_age', {
        mentee: { wants_outside_mentor: false, preferred_mentor_age: '40s' },
      }],
    ];

    // Each case compares with the state just before it, so one wrongly accepted input does not
    // make the following cases fail too.
    async function expectRefused(input: Record<string, unknown>, field: string): Promise<void> {
      const before = (await user.client.get<Schemas['Profile']>(PROFILE)).json;
      expectFieldError(await user.client.put<Schemas['Profile']>(PROFILE, input), field);
      expect((await user.client.get<Schemas['Profile']>(PROFILE)).json).toEqual(before);
    }

    test('the saved profile is the baseline', async () => {
      expect((await user.client.get<Schemas['Profile']>(PROFILE)).json).toEqual(saved);
    });

    for (const [what, field, override] of cases) {
      test(`${what} → 400 naming ${field}`, async () => {
        await expectRefused(profileInput({ name: saved.name, ...override }), field);
      });
    }

    test('a missing required field is a 400 naming it', async () => {
      const input = profileInput({ name: saved.name });
      delete input.languages;
      await expectRefused(input, 'languages');
    });

    test('language codes are trimmed, lower-cased and de-duplicated', async () => {
      const res = await user.client.put<Schemas['Profile']>(PROFILE, profileInput({ name: saved.name, languages: [' EN', 'en', 'es'] }));
      expectStatus(res, 200);
      expect(res.json.languages).toEqual(['en', 'es']);
      expect((await user.client.get<Schemas['Profile']>(PROFILE)).json.languages).toEqual(['en', 'es']);
    });

    test('echoed read-only fields are refused with a 400 naming them, and nothing is applied', async () => {
      const other = await createUser({ orgSlug: DEMO.lincoln.slug, roles: ['mentee'] });
      const res = await user.client.put<Schemas['Profile']>(
        PROFILE,
        profileInput({ name: saved.name, person_id: other.id, updated_at: '2000-01-01T00:00:00Z' }),
      );
      // The profile body is a closed object (http/json/profile_codec.cc): unknown fields, read-only
      // ones included, are each named.
      expectFieldError(res, 'person_id');
      expect((problemOf(res).errors ?? []).map((e) => e.field).sort()).toEqual(['person_id', 'updated_at']);
      expect((await user.client.get<Schemas['Profile']>(PROFILE)).json.person_id).toBe(user.id);
      // The other person's profile was not touched.
      const theirs = (await other.client.get<Schemas['Profile']>(PROFILE)).json;
      expect(theirs.headline).toBe('');
      expect(theirs.name).toBe(other.name);
    });
  });
});
