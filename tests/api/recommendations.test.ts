// Recommendations (issue 3, mentee self-match): the cleared mentors with room a mentee may ask,
// best first and explained; filters; a preferred mentor gender; the seeded program.

import { Client, V1 } from './client';
import { expectFieldError, expectProblem, expectStatus, listAll } from './helpers';
import { settingsInput, settingsOf } from './fixtures/matching_settings';
import { expectRoundView, pairsOf, runRound } from './fixtures/match_rounds';
import { staffOf, type Staff } from './fixtures/organisations';
import { putProfile } from './fixtures/profiles';
import { addMentee, addMentor, createProgram, programByName, programPath, type Participant } from './fixtures/programs';
import { expectSortedByScore, recommendations } from './fixtures/recommendations';
import { DEMO, signIn } from './fixtures/session';
import type { Enrollment, MatchingSettings, MentorRequest, Organisation, Page, Profile, Program, Recommendation, Schemas } from './schema';

const SETUP_TIMEOUT = 180_000;

let staff: Staff;
let coordinator: Client;
let lincoln: Organisation;
let northwindCoordinator: Client;

beforeAll(async () => {
  staff = await staffOf(DEMO.lincoln.slug, DEMO.lincoln.coordinator);
  ({ client: coordinator, org: lincoln } = staff);
  northwindCoordinator = await signIn(DEMO.northwind.coordinator);
});

// ---------------------------------------------------------------------------------------------

describe('mentee self-match', () => {
  // S is a minor who wants SQL and speaks English and Spanish. M1 (en, es; SQL), M2 (en; SQL),
  // M3 (en, es; Python) and M4 (en; Public speaking) are cleared; U is not screened; Z has no
  // room (capacity 0).
  let program: Program;
  let S: Participant;
  let M1: Participant, M2: Participant, M3: Participant, M4: Participant, U: Participant, Z: Participant;

  beforeAll(async () => {
    program = await createProgram(staff, { type: 'one_to_one' });
    S = await addMentee(staff, program.id, { languages: ['en', 'es'] });
    M1 = await addMentor(staff, program.id, { capacity: 2, languages: ['en', 'es'], teach: 'SQL' });
    M2 = await addMentor(staff, program.id, { capacity: 2, languages: ['en'], teach: 'SQL' });
    M3 = await addMentor(staff, program.id, { capacity: 2, languages: ['en', 'es'], teach: 'Python' });
    M4 = await addMentor(staff, program.id, { capacity: 2, languages: ['en'], teach: 'Public speaking' });
    U = await addMentor(staff, program.id, { capacity: 2, languages: ['en', 'es'], teach: 'SQL', cleared: false });
    Z = await addMentor(staff, program.id, { capacity: 0, languages: ['en', 'es'], teach: 'SQL' });
  }, SETUP_TIMEOUT);

  const ids = (list: Array<{ mentor_id: string }>) => list.map((r) => r.mentor_id).sort();

  test('recommendations: cleared mentors with room, best first, explained', async () => {
    const list = await recommendations(S.client, lincoln.id, program.id);
    expectSortedByScore(list);
    expect(ids(list)).toEqual([M1.id, M2.id, M3.id, M4.id].sort());
    // Not the unscreened mentor (S is a minor), nor the one without room.
    expect(ids(list)).not.toContain(U.id);
    expect(ids(list)).not.toContain(Z.id);
    for (const r of list) {
      expect(r.outside_organisation).toBe(false);
      expect(r.requested).toBe(false);
      expect(r.remaining_capacity).toBe(2);
      expect(r.score).toBeGreaterThan(0);
    }
    expect(list.find((r) => r.mentor_id === M1.id)?.name).toBe(M1.name);
    // M1 teaches the wanted skill and speaks both languages: ahead of M4.
    const rank = (m: Participant) => list.findIndex((r) => r.mentor_id === m.id);
    expect(rank(M1)).toBeLessThan(rank(M4));
  });

  test('each recommendation says its fit in plain words, never better for a lower score', async () => {
    const list = await recommendations(S.client, lincoln.id, program.id);
    const order = ['fair', 'good', 'strong', 'excellent'];
    for (let k = 1; k < list.length; k++)
      expect(order.indexOf(list[k].fit)).toBeLessThanOrEqual(order.indexOf(list[k - 1].fit));
    // The mentor who teaches the wanted skill in both languages fits at least as well as one
    // who teaches something else.
    const fitOf = (m: Participant) => order.indexOf(list.find((r) => r.mentor_id === m.id)!.fit);
    expect(fitOf(M1)).toBeGreaterThanOrEqual(fitOf(M4));
  });

  test('filters narrow the list', async () => {
    const all = await recommendations(S.client, lincoln.id, program.id, '?limit=200');
    const es = await recommendations(S.client, lincoln.id, program.id, '?language=es');
    expect(ids(es)).toEqual([M1.id, M3.id].sort());
    expect(ids(await recommendations(S.client, lincoln.id, program.id, '?language=ES'))).toEqual(ids(es));
    const sql = await recommendations(S.client, lincoln.id, program.id, '?skill=sql');
    expect(ids(sql)).toEqual([M1.id, M2.id].sort());
    expect(ids(await recommendations(S.client, lincoln.id, program.id, '?language=es&skill=SQL'))).toEqual([M1.id]);
    expect(await recommendations(S.client, lincoln.id, program.id, '?outside=true')).toEqual([]);
    expect(ids(await recommendations(S.client, lincoln.id, program.id, '?outside=false'))).toEqual(ids(all));
    const two = await recommendations(S.client, lincoln.id, program.id, '?limit=2');
    expect(two).toEqual(all.slice(0, 2));
    // Page by page with the cursor: the same ranking, no repeats, no gaps, null at the end.
    const walked: Recommendation[] = [];
    let cursor: string | null = null;
    do {
      const q: string = cursor ? `?limit=2&cursor=${encodeURIComponent(cursor)}` : '?limit=2';
      const res = await S.client.get<Page<Recommendation>>(programPath(lincoln.id, program.id, `/recommendations${q}`));
      expectStatus(res, 200);
      walked.push(...res.json.items);
      cursor = res.json.next_cursor;
    } while (cursor !== null && walked.length <= all.length);
    expect(walked).toEqual(all);
    for (const sub of [es, sql]) {
      for (const r of sub) expect(all).toContainEqual(r);
    }
  });

  test('invalid filters are a 400 naming the parameter', async () => {
    expectFieldError(await S.client.get<Page<Schemas['Recommendation']>>(programPath(lincoln.id, program.id, '/recommendations?outside=maybe')), 'outside');
    expectFieldError(await S.client.get<Page<Schemas['Recommendation']>>(programPath(lincoln.id, program.id, '/recommendations?limit=0')), 'limit');
    expectFieldError(await S.client.get<Page<Schemas['Recommendation']>>(programPath(lincoln.id, program.id, '/recommendations?limit=201')), 'limit');
    expectFieldError(await S.client.get<Page<Schemas['Recommendation']>>(programPath(lincoln.id, program.id, '/recommendations?cursor=forged')), 'cursor');
    expectFieldError(await S.client.get<Page<Schemas['Recommendation']>>(programPath(lincoln.id, program.id, '/recommendations?limit=ten')), 'limit');
  });

  test('only active mentees of the program get recommendations', async () => {
    // A mentor (no mentee role): 403. A Lincoln mentee outside the program: 409. Another
    // organisation: 404.
    expectProblem(await M1.client.get<Page<Schemas['Recommendation']>>(programPath(lincoln.id, program.id, '/recommendations')), 403);
    const student = await signIn(DEMO.lincoln.student);
    expectProblem(await student.get<Page<Schemas['Recommendation']>>(programPath(lincoln.id, program.id, '/recommendations')), 409);
    expectProblem(await student.post<MentorRequest>(programPath(lincoln.id, program.id, '/requests'), { mentor_id: M1.id }), 409);
    expectProblem(await northwindCoordinator.get<Page<Schemas['Recommendation']>>(programPath(lincoln.id, program.id, '/recommendations')), 404);
  });
});
// ---------------------------------------------------------------------------------------------

describe('preferred mentor gender', () => {
  // P is a woman who would prefer a man as her mentor. MAN shows his gender to participants
  // (spelt "Man"), HIDDEN is a man who keeps his gender private, WOMAN shows hers. Nobody else
  // shares a background answer, so background points can only come from P's preference.
  // (Answers kept from participants never show in recommendations: tests/api/visibility.test.ts.)
  let program: Program;
  let P: Participant, MAN: Participant, HIDDEN: Participant, WOMAN: Participant;
  const gender = (value: string, visibility = 'participants') => [{ field: 'gender', value, visibility }];

  beforeAll(async () => {
    program = await createProgram(staff, { type: 'one_to_one' });
    P = await addMentee(staff, program.id, {
      background: gender('woman'),
      mentee: { wants_outside_mentor: false, preferred_mentor_gender: 'man' },
    });
    MAN = await addMentor(staff, program.id, { capacity: 1, background: gender('Man') });
    HIDDEN = await addMentor(staff, program.id, { capacity: 1, background: gender('man', 'private') });
    WOMAN = await addMentor(staff, program.id, { capacity: 1, background: gender('woman') });
  }, SETUP_TIMEOUT);

  const backgroundReasons = (r: Recommendation) =>
    r.reasons.filter((c) => c.id === 'background_match' || c.id === 'preference_met').map((c) => ({ id: c.id, ...c.params }));
  const PREFERS_MAN = { id: 'preference_met', field: 'gender', value: 'man' };

  test('only a mentor who shares the preferred gender earns background points, explained as the preference', async () => {
    const list = await recommendations(P.client, lincoln.id, program.id);
    const of = (m: Participant) => list.find((r) => r.mentor_id === m.id)!;
    expect(list.map((r) => r.mentor_id).sort()).toEqual([MAN.id, HIDDEN.id, WOMAN.id].sort());
    expect(backgroundReasons(of(MAN))).toEqual([PREFERS_MAN]);
    // Her own gender is not a wish once she states a preference; a private gender never counts.
    expect(backgroundReasons(of(WOMAN))).toEqual([]);
    expect(backgroundReasons(of(HIDDEN))).toEqual([]);
    expect(list[0].mentor_id).toBe(MAN.id);
  });

  test('with background set to must, only mentors who meet the preference are recommended or proposed', async () => {
    const input = settingsInput(await settingsOf(staff, program.id));
    input.priorities.background = 'must';
    expectStatus(await coordinator.put<MatchingSettings>(programPath(lincoln.id, program.id, '/matching/settings'), input), 200);

    const list = await recommendations(P.client, lincoln.id, program.id);
    expect(list.map((r) => r.mentor_id)).toEqual([MAN.id]);
    const round = await runRound(staff, program.id);
    expectRoundView(round, program.id);
    expect(pairsOf(round)).toEqual([`${P.id}/${MAN.id}`]);
    expect(round.proposals[0].reasons.filter((c) => c.id === 'preference_met').map((c) => ({ id: c.id, ...c.params }))).toEqual([
      PREFERS_MAN,
    ]);

    // Without the preference her own gender is an ordinary "shares your background" wish again.
    await putProfile(P, {
      ...(await P.client.get<Profile>(`${V1}/me/profile`)).json,
      person_id: undefined,
      updated_at: undefined,
      mentee: { wants_outside_mentor: false, preferred_mentor_gender: '' },
    });
    const after = await recommendations(P.client, lincoln.id, program.id);
    expect(after.map((r) => r.mentor_id)).toEqual([WOMAN.id]);
    expect(backgroundReasons(after[0])).toEqual([{ id: 'background_match', field: 'gender', value: 'woman' }]);
  });
});
// ---------------------------------------------------------------------------------------------

describe('the seeded program (read-only checks and draft rounds)', () => {
  let career: Program;
  let student: Client;
  let jordanId: string;
  let mentorEnrollments: Enrollment[];

  beforeAll(async () => {
    career = await programByName(coordinator, lincoln.id, DEMO.programs.careerPathways);
    student = await signIn(DEMO.lincoln.student);
    const jordan = await signIn(DEMO.northwind.mentor);
    jordanId = (await jordan.get<Schemas['Me']>(`${V1}/me`)).json.id;
    mentorEnrollments = await listAll<Enrollment>(coordinator, programPath(lincoln.id, career.id, '/enrollments?role=mentor&status=active'));
  });

  const cleared = (mentorId: string) =>
    mentorEnrollments.some((e) => e.person_id === mentorId && e.screening_cleared && e.training_complete);

  test('the student (a minor) gets explained recommendations of screened and trained mentors only', async () => {
    const all = await recommendations(student, lincoln.id, career.id, '?limit=200');
    expect(all.length).toBeGreaterThan(0);
    expectSortedByScore(all);
    for (const r of all) expect(cleared(r.mentor_id), `${r.name} is not cleared for youth`).toBe(true);
    expect(new Set(all.map((r) => r.mentor_id)).size).toBe(all.length);

    const top = await recommendations(student, lincoln.id, career.id);
    expect(top.length).toBeLessThanOrEqual(50);
    expect(top.map((r) => r.score)).toEqual(all.slice(0, top.length).map((r) => r.score));

    const es = await recommendations(student, lincoln.id, career.id, '?language=es&limit=200');
    expect(es.length).toBeLessThanOrEqual(all.length);
    for (const r of es) expect(all.map((x) => x.mentor_id)).toContain(r.mentor_id);
    expectSortedByScore(es);

    const outside = await recommendations(student, lincoln.id, career.id, '?outside=true&limit=200');
    expect(outside.every((r) => r.outside_organisation)).toBe(true);
    expect(outside.length).toBe(all.filter((r) => r.outside_organisation).length);
    // Jordan Patel (Northwind) mentors here, is cleared and takes external mentees.
    const jordan = all.find((r) => r.mentor_id === jordanId);
    expect(jordan, `Jordan Patel is not recommended: ${all.map((r) => r.name).join(', ')}`).toBeDefined();
    expect(jordan?.outside_organisation).toBe(true);
    expect(outside.map((r) => r.mentor_id)).toContain(jordanId);
  });
});
