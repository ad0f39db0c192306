import { describe, expect, it } from 'vitest';
import i18n from '../i18n';
import { INFEASIBILITY_IDS, NOT_CHOSEN_IDS, REASON_IDS, UNMATCHED_REASON_IDS, type Reason, type ReasonId } from '../api_types';
import { readerOf, reasonText, unmatchedText, type Reader, notChosenText } from './reasons';

/** One reason of every id, with the facts the server sends. */
const SAMPLES: Record<ReasonId, Reason> = {
  shared_language: { id: 'shared_language', points: 10, params: { languages: ['es', 'en'] } },
  skill_match: { id: 'skill_match', points: 25, params: { skill: 'SQL', mentor_level: 4, target_level: 3 } },
  goals_overlap: { id: 'goals_overlap', points: 12, params: { words: ['product', 'manag'] } },
  shared_interests: { id: 'shared_interests', points: 8, params: { interests: ['music', 'chess'] } },
  background_match: {
    id: 'background_match',
    points: 30,
    params: { field: 'first_generation', value: 'yes' },
  },
  preference_met: { id: 'preference_met', points: 30, params: { field: 'gender', value: 'woman' } },
  time_zone: { id: 'time_zone', points: 5, params: { min_minutes: 240, max_minutes: 300 } },
  availability: { id: 'availability', points: 6, params: { mentee_hours: 6, mentor_hours: 4 } },
  outside_organisation: { id: 'outside_organisation', points: 4, params: {} },
  experience_gap: { id: 'experience_gap', points: 12, params: {} },
};

const MENTEE: Reader = { side: 'mentee', mentorName: 'Rohan' };
const MENTOR: Reader = { side: 'mentor', menteeName: 'Aarav' };
const COORDINATOR: Reader = { side: 'coordinator', menteeName: 'Aarav', mentorName: 'Rohan' };

/**
 * Every reason id × reader (the mentee Aarav, the mentor Rohan, a coordinator), as each language
 * words it: each side reads "you" for themselves and the other by name.
 */
const EXPECTED: Record<'en' | 'es', Record<ReasonId, [string, string, string]>> = {
  en: {
    shared_language: [
      'you and Rohan both speak Spanish and English',
      'you and Aarav both speak Spanish and English',
      'Aarav and Rohan both speak Spanish and English',
    ],
    skill_match: [
      'you want SQL at level 3, Rohan teaches it at level 4',
      'Aarav wants SQL at level 3, you teach it at level 4',
      'Aarav wants SQL at level 3, Rohan teaches it at level 4',
    ],
    goals_overlap: [
      'you and Rohan have similar goals (product and manag)',
      'you and Aarav have similar goals (product and manag)',
      'Aarav and Rohan have similar goals (product and manag)',
    ],
    shared_interests: [
      'Rohan shares your interest in music and chess',
      'Aarav shares your interest in music and chess',
      'Aarav and Rohan share an interest in music and chess',
    ],
    background_match: [
      'Rohan shares your background (First-generation student: yes)',
      'you have the background Aarav asked for (First-generation student: yes)',
      'Rohan shares the background Aarav asked for (First-generation student: yes)',
    ],
    preference_met: [
      'Rohan matches your mentor preference (Gender: woman)',
      'you match the mentor preference of Aarav (Gender: woman)',
      'Rohan matches the mentor preference of Aarav (Gender: woman)',
    ],
    time_zone: ['4–5 h time difference', '4–5 h time difference', '4–5 h time difference'],
    availability: [
      'you ask for 6 h a month, Rohan offers 4',
      'Aarav asks for 6 h a month, you offer 4',
      'Aarav asks for 6 h a month, Rohan offers 4',
    ],
    outside_organisation: [
      'Rohan is from outside your organisation, as you asked',
      'you are from outside the organisation of Aarav, as they asked',
      'Rohan is from outside the organisation of Aarav, as asked',
    ],
    experience_gap: [
      'Rohan is a few steps ahead of you in experience',
      'you are a few steps ahead of Aarav in experience',
      'Rohan is a few steps ahead of Aarav in experience',
    ],
  },
  es: {
    shared_language: [
      'Rohan habla español e inglés, como tú',
      'Aarav habla español e inglés, como tú',
      'Aarav y Rohan hablan español e inglés',
    ],
    skill_match: [
      'quieres SQL a nivel 3, Rohan lo enseña a nivel 4',
      'Aarav quiere SQL a nivel 3, tú lo enseñas a nivel 4',
      'Aarav quiere SQL a nivel 3, Rohan lo enseña a nivel 4',
    ],
    goals_overlap: [
      'Rohan tiene objetivos parecidos a los tuyos (product y manag)',
      'Aarav tiene objetivos parecidos a los tuyos (product y manag)',
      'Aarav y Rohan tienen objetivos parecidos (product y manag)',
    ],
    shared_interests: [
      'Rohan comparte tu interés por music y chess',
      'Aarav comparte tu interés por music y chess',
      'Aarav y Rohan comparten interés por music y chess',
    ],
    background_match: [
      'Rohan comparte tu origen (Primera generación universitaria: yes)',
      'tienes el origen que pidió Aarav (Primera generación universitaria: yes)',
      'Rohan comparte el origen que pidió Aarav (Primera generación universitaria: yes)',
    ],
    preference_met: [
      'Rohan coincide con tu preferencia de mentor (Género: woman)',
      'coincides con la preferencia de mentor de Aarav (Género: woman)',
      'Rohan coincide con la preferencia de Aarav (Género: woman)',
    ],
    time_zone: ['4–5 h de diferencia horaria', '4–5 h de diferencia horaria', '4–5 h de diferencia horaria'],
    availability: [
      'pides 6 h al mes, Rohan ofrece 4',
      'Aarav pide 6 h al mes, tú ofreces 4',
      'Aarav pide 6 h al mes, Rohan ofrece 4',
    ],
    outside_organisation: [
      'Rohan es de fuera de tu organización, como pediste',
      'eres de fuera de la organización de Aarav, como pidió',
      'Rohan es de fuera de la organización de Aarav, como se pidió',
    ],
    experience_gap: [
      'Rohan va unos pasos por delante de ti en experiencia',
      'vas unos pasos por delante de Aarav en experiencia',
      'Rohan va unos pasos por delante de Aarav en experiencia',
    ],
  },
};

function words(lng: 'en' | 'es', reason: Reason, reader: Reader): string {
  return reasonText(i18n.getFixedT(lng), lng, reason, reader);
}

describe('reasonText', () => {
  it('never leaves a placeholder or an empty name, for any reason, reader and language', () => {
    for (const lng of ['en', 'es'] as const)
      for (const id of REASON_IDS)
        for (const reader of [MENTEE, MENTOR, COORDINATOR]) {
          const text = words(lng, SAMPLES[id], reader);
          expect(text).not.toContain('{{');
          expect(text).not.toMatch(/^ |  | ,/);
        }
  });

  for (const lng of ['en', 'es'] as const) {
    for (const id of REASON_IDS) {
      it(`words ${id} for each reader in ${lng}`, () => {
        const got = [MENTEE, MENTOR, COORDINATOR].map((reader) => words(lng, SAMPLES[id], reader));
        expect(got).toEqual(EXPECTED[lng][id]);
      });
    }
  }

  it('covers every reason id the API lists', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual([...REASON_IDS].sort());
  });

  it('words the time difference as one number when the seasons agree, and the same zone apart', () => {
    const tz = (min: number, max: number): Reason => ({
      id: 'time_zone',
      points: 5,
      params: { min_minutes: min, max_minutes: max },
    });
    expect(words('en', tz(0, 0), MENTEE)).toBe('same time zone');
    expect(words('es', tz(0, 0), MENTOR)).toBe('misma zona horaria');
    expect(words('en', tz(345, 345), MENTEE)).toBe('5.75 h time difference');
    expect(words('es', tz(345, 345), MENTEE)).toBe('5,75 h de diferencia horaria');
  });

  it('names only the offer when the mentee gave no hours', () => {
    const reason: Reason = { id: 'availability', points: 3, params: { mentee_hours: 0, mentor_hours: 4 } };
    expect(words('en', reason, MENTOR)).toBe('you offer 4 h a month');
    expect(words('es', reason, COORDINATOR)).toBe('Rohan ofrece 4 h al mes');
    expect(words('en', reason, MENTEE)).toBe('Rohan offers 4 h a month');
    expect(words('es', reason, MENTEE)).toBe('Rohan ofrece 4 h al mes');
  });

  it('says "similar goals" without a list when no shared word is worth naming', () => {
    const goals: Reason = { id: 'goals_overlap', points: 6, params: { words: [] } };
    expect(words('en', goals, MENTEE)).toBe('you and Rohan have similar goals');
    expect(words('en', goals, COORDINATOR)).toBe('Aarav and Rohan have similar goals');
    expect(words('es', goals, MENTOR)).toBe('Aarav tiene objetivos parecidos a los tuyos');
    expect(words('es', goals, COORDINATOR)).toBe('Aarav y Rohan tienen objetivos parecidos');
  });

  it('keeps an unknown language code or field as given', () => {
    const lang: Reason = { id: 'shared_language', points: 1, params: { languages: ['Klingon!'] } };
    expect(words('en', lang, MENTEE)).toBe('you and Rohan both speak Klingon!');
    const field: Reason = { id: 'background_match', points: 1, params: { field: 'home_town', value: 'Oslo' } };
    expect(words('en', field, MENTEE)).toBe('Rohan shares your background (home town: Oslo)');
  });
});

describe('readerOf', () => {
  const record = { mentee_id: 'a', mentor_id: 'b', mentee_name: 'Aarav', mentor_name: 'Rohan' };
  it('is the mentee naming the mentor, the mentor naming the mentee, or a coordinator naming both', () => {
    expect(readerOf(record, 'a')).toEqual({ side: 'mentee', mentorName: 'Rohan' });
    expect(readerOf(record, 'b')).toEqual({ side: 'mentor', menteeName: 'Aarav' });
    expect(readerOf(record, 'c')).toEqual({ side: 'coordinator', menteeName: 'Aarav', mentorName: 'Rohan' });
  });
});

describe('unmatchedText', () => {
  it('words every unmatched reason in both languages, never as the key', () => {
    for (const lng of ['en', 'es'] as const) {
      const t = i18n.getFixedT(lng);
      for (const id of UNMATCHED_REASON_IDS) {
        const text = unmatchedText(t, { reason_id: id, params: { candidates: 3, cause: 'no_time', count: 2, mentors: 5 } });
        expect(text).not.toContain('unmatched.');
        expect(text).not.toContain('{{');
      }
    }
  });

  it('names the most common cause and how many mentors it rules out', () => {
    const u = { reason_id: 'no_suitable_mentor' as const, params: { cause: 'no_shared_language', count: 2, mentors: 5 } };
    expect(unmatchedText(i18n.getFixedT('en'), u)).toBe('no suitable mentor: no shared language (2 of 5 mentors)');
    expect(unmatchedText(i18n.getFixedT('es'), u)).toBe('ningún mentor adecuado: ningún idioma en común (2 de 5 mentores)');
    expect(unmatchedText(i18n.getFixedT('en'), { reason_id: 'suitable_mentors_taken', params: { candidates: 1 } })).toBe(
      'every suitable mentor (1) is at capacity or better matched with another mentee',
    );
  });

  it('has words for every cause', () => {
    for (const lng of ['en', 'es'] as const) {
      const t = i18n.getFixedT(lng);
      for (const cause of INFEASIBILITY_IDS) expect(t(`infeasible.${cause}`)).not.toContain('infeasible.');
    }
  });
});

describe('notChosenText', () => {
  it('words every reason in both languages, never as the key', () => {
    for (const lng of ['en', 'es'] as const) {
      const t = i18n.getFixedT(lng);
      for (const id of NOT_CHOSEN_IDS)
        for (const n of [1, 3]) {
          const params = { cause: 'no_time', capacity: n, mentees: n, lowest_score: 20, rank: 12, candidates: 10, room: n };
          const text = notChosenText(t, { id, params }, 'Aarav');
          expect(text).not.toContain('notChosen.');
          expect(text).not.toContain('{{');
        }
    }
  });

  it('says who took the places and how well they fit', () => {
    const t = i18n.getFixedT('en');
    expect(notChosenText(t, { id: 'taken_by_better_fits', params: { mentees: 2, lowest_score: 41 } }, 'Aarav')).toBe(
      'Full: this round gave their places to 2 mentees who each fit them at least as well (lowest score 41)',
    );
    expect(notChosenText(t, { id: 'beyond_candidates', params: { rank: 12, candidates: 10 } }, 'Aarav')).toBe(
      'Ranked 12 for Aarav; the round considered only the best 10',
    );
    expect(notChosenText(t, { id: 'hard_constraint', params: { cause: 'minor_mentor' } }, 'Aarav')).toBe(
      'Not possible: a minor cannot mentor an adult',
    );
  });
});
