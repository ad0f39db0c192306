// Mentor requests (issue 3, mentee self-match): a mentee asks up to three mentors; a mentor
// accepts (the other open requests are withdrawn and a relationship starts) or declines with a
// reason; each side reads the request explained in their own words.

import { V1 } from './client';
import { expectFieldError, expectProblem, expectStatus, isUtcTimestamp } from './helpers';
import { notificationsOf } from './fixtures/notifications';
import { staffOf, type Staff } from './fixtures/organisations';
import { addMentee, addMentor, createProgram, programPath, type Participant } from './fixtures/programs';
import { recommendations } from './fixtures/recommendations';
import { relationshipsOf } from './fixtures/relationships';
import { expectMentorRequest, expectReasons, reasonOf, requestPath, requestsOf } from './fixtures/requests';
import { DEMO } from './fixtures/session';
import type { MentorRequest, Organisation, Page, Program } from './schema';

const SETUP_TIMEOUT = 180_000;

let staff: Staff;
let lincoln: Organisation;

beforeAll(async () => {
  staff = await staffOf(DEMO.lincoln.slug, DEMO.lincoln.coordinator);
  lincoln = staff.org;
});

// ---------------------------------------------------------------------------------------------

describe('mentee self-match', () => {
  // S is a minor who wants SQL and speaks English and Spanish. M1 (en, es; SQL), M2 (en; SQL),
  // M3 (en, es; Python) and M4 (en; Public speaking) are cleared; U is not screened; Z has no
  // room (capacity 0).
  let program: Program;
  let S: Participant;
  let M1: Participant, M2: Participant, M3: Participant, M4: Participant, U: Participant;
  const req: Record<string, MentorRequest> = {};

  beforeAll(async () => {
    program = await createProgram(staff, { type: 'one_to_one' });
    S = await addMentee(staff, program.id, { languages: ['en', 'es'] });
    M1 = await addMentor(staff, program.id, { capacity: 2, languages: ['en', 'es'], teach: 'SQL' });
    M2 = await addMentor(staff, program.id, { capacity: 2, languages: ['en'], teach: 'SQL' });
    M3 = await addMentor(staff, program.id, { capacity: 2, languages: ['en', 'es'], teach: 'Python' });
    M4 = await addMentor(staff, program.id, { capacity: 2, languages: ['en'], teach: 'Public speaking' });
    U = await addMentor(staff, program.id, { capacity: 2, languages: ['en', 'es'], teach: 'SQL', cleared: false });
    await addMentor(staff, program.id, { capacity: 0, languages: ['en', 'es'], teach: 'SQL' });
  }, SETUP_TIMEOUT);

  test('request three mentors: 201 each; a fourth, a duplicate or an unscreened mentor is a 409', async () => {
    const recs = await recommendations(S.client, lincoln.id, program.id);
    for (const [key, m] of [['m1', M1], ['m2', M2], ['m3', M3]] as const) {
      const res = await S.client.post<MentorRequest>(programPath(lincoln.id, program.id, '/requests'), {
        mentor_id: m.id,
        message: `  Hello ${key}!  `,
      });
      expectStatus(res, 201);
      expectMentorRequest(res.json);
      expect(res.json).toMatchObject({
        organisation_id: lincoln.id,
        program_id: program.id,
        program_name: program.name,
        mentee_id: S.id,
        mentee_name: S.name,
        mentor_id: m.id,
        mentor_name: m.name,
        message: `Hello ${key}!`,
        status: 'pending',
        decline_reason: '',
        decided_at: null,
        score: recs.find((r) => r.mentor_id === m.id)?.score,
      });
      expect(res.json.reasons.length).toBeGreaterThan(0);
      // Expires after the program's request_expiry_days (7 by default).
      const days = (Date.parse(res.json.expires_at) - Date.parse(res.json.created_at)) / 86_400_000;
      expect(Math.abs(days - 7)).toBeLessThan(0.001);
      req[key] = res.json;
    }
    const path = programPath(lincoln.id, program.id, '/requests');
    expectProblem(await S.client.post<MentorRequest>(path, { mentor_id: M1.id }), 409); // duplicate
    expectProblem(await S.client.post<MentorRequest>(path, { mentor_id: M4.id }), 409); // a fourth
    expect((await requestsOf(S.client, lincoln.id, program.id)).map((r) => r.id).sort()).toEqual([req.m1.id, req.m2.id, req.m3.id].sort());

    const recsAfter = await recommendations(S.client, lincoln.id, program.id);
    for (const r of recsAfter) expect(r.requested).toBe([M1.id, M2.id, M3.id].includes(r.mentor_id));
  });

  test('request validation: 400 naming the field; an unscreened mentor is a 409', async () => {
    const path = programPath(lincoln.id, program.id, '/requests');
    // Withdraw one so that the 3-request limit does not hide the other answers.
    const w = await S.client.post<MentorRequest>(requestPath(lincoln.id, req.m3.id, '/withdraw'));
    expectStatus(w, 200);
    expect(w.json).toMatchObject({ id: req.m3.id, status: 'withdrawn' });
    expect(isUtcTimestamp(w.json.decided_at)).toBe(true);
    expectProblem(await S.client.post<MentorRequest>(requestPath(lincoln.id, req.m3.id, '/withdraw')), 409);
    expectProblem(await M3.client.post<MentorRequest>(requestPath(lincoln.id, req.m3.id, '/accept')), 409);

    expectFieldError(await S.client.post(path, {}), 'mentor_id');
    expectFieldError(await S.client.post<MentorRequest>(path, { mentor_id: S.id }), 'mentor_id');
    expectFieldError(await S.client.post<MentorRequest>(path, { mentor_id: M4.id, message: 'x'.repeat(2001) }), 'message');
    expectFieldError(await S.client.post<MentorRequest>(path, { mentor_id: M4.id, colour: 'teal' }), 'colour');
    expectProblem(await S.client.post<MentorRequest>(path, { mentor_id: U.id }), 409); // hard constraint: screening
    const open = (await requestsOf(S.client, lincoln.id, program.id)).filter((r) => r.status === 'pending');
    expect(open.map((r) => r.mentor_id).sort()).toEqual([M1.id, M2.id].sort());
  });

  test('the mentor sees the request and a notification', async () => {
    const res = await M1.client.get<Page<MentorRequest>>(`${V1}/me/requests`);
    expectStatus(res, 200);
    for (const r of res.json.items) expectMentorRequest(r);
    expect(res.json.items.find((r) => r.id === req.m1.id)).toMatchObject({ status: 'pending', mentee_id: S.id });
    const notes = await notificationsOf(M1.client);
    const received = notes.find((n) => n.kind === 'request_received' && n.params.request_id === req.m1.id);
    expect(received, JSON.stringify(notes)).toMatchObject({
      organisation_id: lincoln.id,
      params: { request_id: req.m1.id, program_name: program.name, mentee_name: S.name },
      link: '/requests',
    });
    // Not someone else's.
    const other = await M4.client.get<Page<MentorRequest>>(`${V1}/me/requests`);
    expect(other.json.items.find((r) => r.id === req.m1.id)).toBeUndefined();
  });

  test('declining needs a reason (400 naming reason); only the requested mentor may answer', async () => {
    // M4 is requested now (there is room again after the withdrawal).
    const res = await S.client.post<MentorRequest>(programPath(lincoln.id, program.id, '/requests'), { mentor_id: M4.id });
    expectStatus(res, 201);
    req.m4 = res.json;
    expectFieldError(await M4.client.post<MentorRequest>(requestPath(lincoln.id, req.m4.id, '/decline'), {}), 'reason');
    expectFieldError(await M4.client.post<MentorRequest>(requestPath(lincoln.id, req.m4.id, '/decline'), { reason: '   ' }), 'reason');
    expectFieldError(await M4.client.post<MentorRequest>(requestPath(lincoln.id, req.m4.id, '/decline'), { reason: 'x'.repeat(1001) }), 'reason');
    expectProblem(await M2.client.post<MentorRequest>(requestPath(lincoln.id, req.m4.id, '/decline'), { reason: 'Not mine' }), 404);
    expectProblem(await M2.client.post<MentorRequest>(requestPath(lincoln.id, req.m4.id, '/accept')), 404);
    expectProblem(await S.client.post<MentorRequest>(requestPath(lincoln.id, req.m4.id, '/accept')), 404);
    expectProblem(await M4.client.post<MentorRequest>(requestPath(lincoln.id, req.m4.id, '/withdraw')), 404);
    expect((await requestsOf(S.client, lincoln.id, program.id)).find((r) => r.id === req.m4.id)?.status).toBe('pending');

    const decline = await M4.client.post<MentorRequest>(requestPath(lincoln.id, req.m4.id, '/decline'), { reason: 'My calendar is full this term.' });
    expectStatus(decline, 200);
    expectMentorRequest(decline.json);
    expect(decline.json).toMatchObject({ id: req.m4.id, status: 'declined', decline_reason: 'My calendar is full this term.' });
    expectProblem(await M4.client.post<MentorRequest>(requestPath(lincoln.id, req.m4.id, '/accept')), 409);
    const notes = await notificationsOf(S.client);
    const declined = notes.find((n) => n.kind === 'request_declined' && n.params.request_id === req.m4.id);
    expect(declined?.params, JSON.stringify(notes)).toEqual({
      request_id: req.m4.id,
      program_name: program.name,
      mentor_name: M4.name,
      reason: 'My calendar is full this term.',
    });
  });

  test('a mentor accepts: the other open requests are withdrawn and the mentee has an active relationship', async () => {
    const res = await M1.client.post<MentorRequest>(requestPath(lincoln.id, req.m1.id, '/accept'));
    expectStatus(res, 200);
    expectMentorRequest(res.json);
    expect(res.json).toMatchObject({ id: req.m1.id, status: 'accepted' });

    const mine = await requestsOf(S.client, lincoln.id, program.id);
    const status = Object.fromEntries(mine.map((r) => [r.mentor_id, r.status]));
    expect(status).toEqual({ [M1.id]: 'accepted', [M2.id]: 'withdrawn', [M3.id]: 'withdrawn', [M4.id]: 'declined' });
    expectProblem(await M2.client.post<MentorRequest>(requestPath(lincoln.id, req.m2.id, '/accept')), 409);

    const rels = await relationshipsOf(S.client, program.id);
    expect(rels).toHaveLength(1);
    expect(rels[0]).toMatchObject({
      mentee_id: S.id,
      mentor_id: M1.id,
      status: 'active',
      source: 'request',
      mentee_accepted: true,
      mentor_accepted: true,
      score: req.m1.score,
    });
    expect((await relationshipsOf(M1.client, program.id)).map((r) => r.id)).toEqual([rels[0].id]);
    const notes = await notificationsOf(S.client);
    const accepted = notes.find((n) => n.kind === 'request_accepted' && n.link === `/relationships/${rels[0].id}`);
    expect(accepted?.params, JSON.stringify(notes)).toEqual({
      request_id: req.m1.id,
      relationship_id: rels[0].id,
      program_name: program.name,
      mentor_name: M1.name,
    });

    // One mentor per mentee here: no further requests.
    expectProblem(await S.client.post<MentorRequest>(programPath(lincoln.id, program.id, '/requests'), { mentor_id: M3.id }), 409);
    // M1 has one place left.
    const recs = await recommendations(S.client, lincoln.id, program.id, '?limit=100');
    expect(recs.find((r) => r.mentor_id === M1.id)).toBeUndefined(); // already S's mentor
  });

  test('a mentor without room cannot accept (409); the first acceptance takes the last place', async () => {
    const f = await addMentor(staff, program.id, { capacity: 1, teach: 'SQL' });
    const s2 = await addMentee(staff, program.id);
    const s3 = await addMentee(staff, program.id);
    const r2 = await s2.client.post<MentorRequest>(programPath(lincoln.id, program.id, '/requests'), { mentor_id: f.id });
    expectStatus(r2, 201);
    const r3 = await s3.client.post<MentorRequest>(programPath(lincoln.id, program.id, '/requests'), { mentor_id: f.id });
    expectStatus(r3, 201);
    expectStatus(await f.client.post<MentorRequest>(requestPath(lincoln.id, r2.json.id, '/accept')), 200);
    expectProblem(await f.client.post<MentorRequest>(requestPath(lincoln.id, r3.json.id, '/accept')), 409);
    expect((await requestsOf(s3.client, lincoln.id, program.id))[0].status).toBe('pending');
    expect(await relationshipsOf(s3.client, program.id)).toEqual([]);
    // A full mentor is no longer recommended.
    const recs = await recommendations(s3.client, lincoln.id, program.id, '?limit=100');
    expect(recs.find((r) => r.mentor_id === f.id)).toBeUndefined();
    expect(recs.find((r) => r.mentor_id === M1.id)?.remaining_capacity).toBe(1);
  });
});
// ---------------------------------------------------------------------------------------------

describe('a request explained to each side', () => {
  // K wants SQL from level 1 to 3; T teaches SQL at level 5. Their own program, so nothing else
  // is requested or matched there.
  let program: Program;
  let K: Participant, T: Participant;

  beforeAll(async () => {
    program = await createProgram(staff, { type: 'one_to_one' });
    K = await addMentee(staff, program.id);
    T = await addMentor(staff, program.id, { capacity: 1 });
  }, SETUP_TIMEOUT);

  test('the mentor and the mentee read the same reasons, as data: same request, same score', async () => {
    const created = await K.client.post<MentorRequest>(programPath(lincoln.id, program.id, '/requests'), { mentor_id: T.id });
    expectStatus(created, 201);
    expectMentorRequest(created.json);
    expectReasons(created.json);

    const asMentee = (await requestsOf(K.client, lincoln.id, program.id)).find((r) => r.id === created.json.id)!;
    const incoming = await T.client.get<Page<MentorRequest>>(`${V1}/me/requests`);
    expectStatus(incoming, 200);
    for (const r of incoming.json.items) expectMentorRequest(r);
    const asMentor = incoming.json.items.find((r) => r.id === created.json.id)!;
    expect(asMentee, JSON.stringify(asMentee)).toBeDefined();
    expect(asMentor, JSON.stringify(incoming.json)).toBeDefined();
    expect(asMentor).toEqual(asMentee);
    expect(asMentor.score).toBe(created.json.score);
    expect(reasonOf(asMentee.reasons, 'skill_match')?.params).toEqual({ skill: 'SQL', mentor_level: 5, target_level: 3 });
    const interests = reasonOf(asMentor.reasons, 'shared_interests')?.params.interests;
    expect(Array.isArray(interests) && interests.some((i) => /chess/i.test(i)), JSON.stringify(asMentor.reasons)).toBe(true);
    expectReasons(asMentor);

    // Accepting keeps the reasons on the relationship, which each side reads.
    const accepted = await T.client.post<MentorRequest>(requestPath(lincoln.id, created.json.id, '/accept'));
    expectStatus(accepted, 200);
    const [menteeRel] = await relationshipsOf(K.client, program.id);
    const [mentorRel] = await relationshipsOf(T.client, program.id);
    expect(mentorRel).toEqual(menteeRel);
    expect(mentorRel).toMatchObject({
      source: 'request',
      score: asMentor.score,
      reasons: asMentor.reasons,
    });
  });
});
