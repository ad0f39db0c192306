// Program norms and the mentoring agreement (issue 10, point 1): staff edit norms and publish
// versions; a relationship that would become active waits for the current version to be
// accepted by the mentee, the mentor and, for a protected mentee, the guardian through an
// emailed link without an account; a new version flags active pairs until they accept again.

import { Client, V1 } from './client';
import { expectFieldError, expectProblem, expectStatus, short } from './helpers';
import { anonymousFrom, randomLoopbackAddress } from './from_address';
import {
  acceptAgreement,
  agreementOf,
  agreementPath,
  guardianLinkPath,
  guardianTokens,
  publishAgreement,
  type GuardianAgreement,
  type ProgramAgreement,
} from './fixtures/agreements';
import { roundPath, runRound } from './fixtures/match_rounds';
import { notificationsOf } from './fixtures/notifications';
import { staffOf, type Staff } from './fixtures/organisations';
import { createUser } from './fixtures/people';
import { addMentee, addMentor, createProgram, programPath, type Participant } from './fixtures/programs';
import { relationshipPath, relationshipsOf } from './fixtures/relationships';
import { request, requestPath } from './fixtures/requests';
import { DEMO, anonymous, signIn } from './fixtures/session';
import type { MentorRequest, Program, Relationship, Schemas } from './schema';

const SETUP_TIMEOUT = 180_000;

let staff: Staff;
let otherCoordinator: Client; // a coordinator of another organisation
let otherMember: Client; // a member of another organisation
let anon: Client;

beforeAll(async () => {
  staff = await staffOf(DEMO.lincoln.slug, DEMO.lincoln.coordinator);
  otherCoordinator = await signIn(DEMO.northwind.coordinator);
  // A plain member of Northwind only (the demo mentor also mentors at Lincoln).
  otherMember = (await createUser({ orgSlug: DEMO.northwind.slug, roles: ['mentee'], namePrefix: 'northwind-only' })).client;
  anon = await anonymous();
}, SETUP_TIMEOUT);

const NORMS = {
  expectations: 'Come prepared; say what you want to work on.',
  meeting_frequency: 'Every two weeks, for about an hour.',
  confidentiality: 'What is said stays between you, unless someone may be harmed.',
  ending: 'Tell your coordinator; close with a last conversation.',
};

/** A mentee's request accepted by the mentor: the relationship it made, as the mentee sees it. */
async function requestAccepted(program: Program, mentee: Participant, mentor: Participant): Promise<Relationship> {
  const req = await request(mentee.client, staff.org.id, program.id, mentor.id, 'Could you mentor me?');
  expectStatus(await mentor.client.post<MentorRequest>(requestPath(staff.org.id, req.id, '/accept')), 200);
  const rel = (await relationshipsOf(mentee.client, program.id)).find((r) => r.mentor_id === mentor.id);
  if (!rel) throw new Error('no relationship after accepting the request');
  return rel;
}

describe('norms and versions', () => {
  let program: Program;
  let mentee: Participant;

  beforeAll(async () => {
    program = await createProgram(staff, { type: 'one_to_one' });
    mentee = await addMentee(staff, program.id);
  }, SETUP_TIMEOUT);

  const path = (rest: string) => programPath(staff.org.id, program.id, rest);

  test('staff save norms; members of the organisation read them; nobody else', async () => {
    const empty = await mentee.client.get<ProgramAgreement>(path('/agreement'));
    expectStatus(empty, 200);
    expect(empty.json).toEqual({
      program_id: program.id,
      norms: {
        expectations: '',
        meeting_frequency: '',
        meeting_cadence_days: 0,
        checkin_cadence_days: 0,
        pulse_first_days: 0,
        pulse_every_days: 0,
        confidentiality: '',
        ending: '',
        updated_at: null,
      },
      versions: [],
    });
    const saved = await staff.client.put<Schemas['ProgramNorms']>(path('/norms'), NORMS);
    expectStatus(saved, 200);
    expect(saved.json).toMatchObject(NORMS);
    const read = await mentee.client.get<ProgramAgreement>(path('/agreement'));
    expectStatus(read, 200);
    expect(read.json.norms).toMatchObject(NORMS);

    expectProblem(await mentee.client.put(path('/norms'), NORMS), 403);
    for (const outsider of [otherCoordinator, otherMember]) {
      expectProblem(await outsider.get(path('/agreement')), 404);
      expectProblem(await outsider.put(path('/norms'), NORMS), 404);
      expectProblem(await outsider.post(path('/agreement/versions'), { text: 'Mine now' }), 404);
    }
    expectProblem(await anon.get(path('/agreement')), 401);
    expectProblem(await anon.put(path('/norms'), NORMS), 401);
  });

  test('norms are bounded, structured fields', async () => {
    expectFieldError(await staff.client.put(path('/norms'), { ...NORMS, confidentiality: 'x'.repeat(2001) }), 'confidentiality');
    expectProblem(await staff.client.put(path('/norms'), { ...NORMS, confidentiality: 'x'.repeat(9000) }), 400);
    expectProblem(await staff.client.put(path('/norms'), { ...NORMS, blob: 'everything' }), 400);
    expectProblem(await staff.client.put(path('/norms'), { expectations: 'only this' }), 400);
    // The relationship manager's cadences (issue 10, point 7): 0..365 days each.
    for (const field of ['checkin_cadence_days', 'pulse_first_days', 'pulse_every_days'])
      expectFieldError(await staff.client.put(path('/norms'), { ...NORMS, [field]: 366 }), field);
    const cadences = { checkin_cadence_days: 20, pulse_first_days: 14, pulse_every_days: 30 };
    const saved = await staff.client.put<Schemas['ProgramNorms']>(path('/norms'), { ...NORMS, ...cadences });
    expectStatus(saved, 200);
    expect(saved.json).toMatchObject(cadences);
    expectProblem(await staff.client.put(path('/norms'), { ...NORMS, ending: 'bell\u0007' }), 400);
    // 2000 characters of two bytes each fit: the limit counts characters.
    expectStatus(await staff.client.put(path('/norms'), { ...NORMS, ending: 'ñ'.repeat(2000) }), 200);
    expectStatus(await staff.client.put(path('/norms'), NORMS), 200);
  });

  test('publishing makes version N+1; earlier versions stay readable', async () => {
    const v1 = await publishAgreement(staff, program.id, 'First text of the agreement.');
    expect(v1).toMatchObject({ program_id: program.id, version: 1, text: 'First text of the agreement.' });
    const v2 = await publishAgreement(staff, program.id, 'Second text of the agreement.');
    expect(v2.version).toBe(2);
    const list = await mentee.client.get<ProgramAgreement>(path('/agreement'));
    expectStatus(list, 200);
    expect(list.json.versions.map((v) => v.version)).toEqual([2, 1]);
    const old = await mentee.client.get<Schemas['AgreementVersion']>(path('/agreement/versions/1'));
    expectStatus(old, 200);
    expect(old.json.text).toBe('First text of the agreement.');
    expectProblem(await mentee.client.get(path('/agreement/versions/3')), 404);
    expectProblem(await mentee.client.get(path('/agreement/versions/abc')), 404);
    expectProblem(await mentee.client.get(path('/agreement/versions/0')), 404);
    expectProblem(await otherCoordinator.get(path('/agreement/versions/1')), 404);
    expectProblem(await otherCoordinator.get(path('/agreement/versions/abc')), 404);
    expectProblem(await anon.get(path('/agreement/versions/1')), 401);
    expectProblem(await mentee.client.post(path('/agreement/versions'), { text: 'A mentee text' }), 403);
  });

  test('hostile agreement texts are refused and nothing is published', async () => {
    expectFieldError(await staff.client.post(path('/agreement/versions'), { text: '   ' }), 'text');
    expectFieldError(await staff.client.post(path('/agreement/versions'), { text: 'a'.repeat(20001) }), 'text');
    expectProblem(await staff.client.post(path('/agreement/versions'), { text: 42 }), 400);
    expectProblem(await staff.client.post(path('/agreement/versions'), { text: 'ok', version: 9 }), 400);
    expectProblem(await staff.client.post(path('/agreement/versions'), { text: 'x'.repeat(900_000) }), 400);
    const list = await staff.client.get<ProgramAgreement>(path('/agreement'));
    expect(list.json.versions.map((v) => v.version)).toEqual([2, 1]);
  });
});

describe('a youth relationship waits for the mentee, the mentor and the guardian', () => {
  let program: Program;
  let mentee: Participant, stranger: Participant, second: Participant;
  let mentor: Participant;
  let rel: Relationship;
  let relPath: (rest?: string) => string;

  beforeAll(async () => {
    program = await createProgram(staff, { type: 'one_to_one' });
    mentor = await addMentor(staff, program.id, { capacity: 3 });
    mentee = await addMentee(staff, program.id);
    second = await addMentee(staff, program.id);
    stranger = await addMentee(staff, program.id);
    await publishAgreement(staff, program.id, 'We meet in school hours and keep it kind.');
    rel = await requestAccepted(program, mentee, mentor);
    relPath = (rest = '') => agreementPath(staff.org.id, rel.id, rest);
  }, SETUP_TIMEOUT);

  test('accepting the request leaves it awaiting the agreement, holding the mentor place', async () => {
    expect(rel.status).toBe('awaiting_agreement');
    const a = await agreementOf(mentee.client, staff.org.id, rel.id);
    expect(a).toMatchObject({
      relationship_id: rel.id,
      relationship_status: 'awaiting_agreement',
      program_name: program.name,
      required_parties: ['mentee', 'mentor', 'guardian'],
      pending_parties: ['mentee', 'mentor', 'guardian'],
      needs_reacceptance: false,
      viewer_party: 'mentee',
      acceptances: [],
    });
    expect(a.current?.version).toBe(1);
    expect((await agreementOf(mentor.client, staff.org.id, rel.id)).viewer_party).toBe('mentor');
    const seenByStaff = await agreementOf(staff.client, staff.org.id, rel.id);
    expect(seenByStaff.viewer_party).toBeNull();
    const admin = await signIn(DEMO.lincoln.admin);
    expect((await agreementOf(admin, staff.org.id, rel.id)).relationship_id).toBe(rel.id);
  });

  test('outsiders get 404 (anonymous 401), staff cannot accept for a side', async () => {
    for (const outsider of [stranger.client, otherCoordinator, otherMember]) {
      expectProblem(await outsider.get(relPath()), 404);
      expectProblem(await outsider.post(relPath('/accept'), { version: 1 }), 404);
    }
    // Sending the guardian's link is a staff action: other organisations' people are told
    // nothing; a member without a staff role is refused whatever the id.
    expectProblem(await otherCoordinator.post(relPath('/guardian-link')), 404);
    expectProblem(await otherMember.post(relPath('/guardian-link')), 404);
    expectProblem(await stranger.client.post(relPath('/guardian-link')), 403);
    expectProblem(await anon.get(relPath()), 401);
    expectProblem(await anon.post(relPath('/accept'), { version: 1 }), 401);
    // Staff never accept for a side; the guardian's link is theirs to send, not the pair's.
    expectProblem(await staff.client.post(relPath('/accept'), { version: 1 }), 404);
    expectProblem(await mentee.client.post(relPath('/guardian-link')), 403);
    // Another organisation's id in the path: not found.
    const northwind = (await otherCoordinator.get<{ items: Schemas['Organisation'][] }>(`${V1}/organisations`)).json.items[0];
    expectProblem(await otherCoordinator.get(agreementPath(northwind.id, rel.id)), 404);
  });

  test('each side accepts for itself, idempotently; wrong versions are refused', async () => {
    expectProblem(await mentee.client.post(relPath('/accept'), { version: 2 }), 409, {
      detail: /Version 2 is not the current agreement; accept version 1/,
    });
    expectProblem(await mentee.client.post(relPath('/accept'), { version: 'one' }), 400);
    expectProblem(await mentee.client.post(relPath('/accept'), {}), 400);
    const first = await acceptAgreement(mentee.client, staff.org.id, rel.id, 1);
    expect(first.pending_parties).toEqual(['mentor', 'guardian']);
    expect(first.acceptances).toHaveLength(1);
    expect(first.acceptances[0]).toMatchObject({ party: 'mentee', person_id: mentee.id, version: 1 });
    const again = await acceptAgreement(mentee.client, staff.org.id, rel.id, 1);
    expect(again.acceptances).toEqual(first.acceptances);
    const both = await acceptAgreement(mentor.client, staff.org.id, rel.id, 1);
    expect(both).toMatchObject({ relationship_status: 'awaiting_agreement', pending_parties: ['guardian'] });
  });

  test("the guardian's link shows the agreement and little else, and accepting it makes the match active", async () => {
    const tokens = await guardianTokens(await guardianEmailOf(mentee));
    expect(tokens.length).toBeGreaterThan(0);
    const guardian = await anonymousFrom(randomLoopbackAddress());
    const seen = await guardian.get<GuardianAgreement>(guardianLinkPath(tokens[0]));
    expectStatus(seen, 200);
    expect(Object.keys(seen.json).sort()).toEqual(
      ['accepted', 'expires_at', 'mentee_first_name', 'mentor_name', 'program_name', 'text', 'version'],
    );
    expect(seen.json).toMatchObject({
      program_name: program.name,
      mentee_first_name: mentee.name.split(' ')[0],
      mentor_name: mentor.name,
      version: 1,
      text: 'We meet in school hours and keep it kind.',
      accepted: false,
    });
    expect(seen.text).not.toContain(mentee.email);
    expect(seen.text).not.toContain(mentee.id);

    const accepted = await guardian.post<GuardianAgreement>(guardianLinkPath(tokens[0], '/accept'));
    expectStatus(accepted, 200);
    expect(accepted.json.accepted).toBe(true);
    expectStatus(await guardian.post<GuardianAgreement>(guardianLinkPath(tokens[0], '/accept')), 200);

    const now = await agreementOf(mentee.client, staff.org.id, rel.id);
    expect(now).toMatchObject({ relationship_status: 'active', pending_parties: [], needs_reacceptance: false });
    expect(now.acceptances.find((x) => x.party === 'guardian')).toMatchObject({ person_id: null, version: 1 });
    expect((await relationshipsOf(mentor.client, program.id)).find((r) => r.id === rel.id)?.status).toBe('active');
    const told = (await notificationsOf(mentor.client)).find((n) => n.kind === 'match_confirmed' && n.params.relationship_id === rel.id);
    expect(told?.params).toMatchObject({ program_name: program.name, other_name: mentee.name });
    // Nothing left to send.
    expectProblem(await staff.client.post(relPath('/guardian-link')), 409);
  });

  test("a link works for its own relationship only; staff can send it again", async () => {
    const other = await requestAccepted(program, second, mentor);
    expect(other.status).toBe('awaiting_agreement');
    const email = await guardianEmailOf(second);
    const [token] = await guardianTokens(email);
    const guardian = await anonymousFrom(randomLoopbackAddress());
    expectStatus(await guardian.post(guardianLinkPath(token, '/accept')), 200);
    // Only `other` has the guardian's acceptance; the first relationship's list is unchanged.
    const mine = await agreementOf(mentee.client, staff.org.id, rel.id);
    expect(mine.acceptances.filter((a) => a.party === 'guardian')).toHaveLength(1);
    const theirs = await agreementOf(second.client, staff.org.id, other.id);
    expect(theirs.pending_parties).toEqual(['mentee', 'mentor']);

    const before = (await guardianTokens(email)).length;
    // The guardian has accepted: no resend; the other side's pending acceptance is theirs.
    expectProblem(await staff.client.post(agreementPath(staff.org.id, other.id, '/guardian-link')), 409);
    expect((await guardianTokens(email)).length).toBe(before);
  });

  test('wrong tokens are 404, and too many from one network are 429', async () => {
    const address = randomLoopbackAddress();
    const guesser = await anonymousFrom(address);
    expectProblem(await guesser.get(guardianLinkPath('not-a-real-token')), 404);
    expectProblem(await guesser.post(guardianLinkPath('x'.repeat(500), '/accept')), 404);
    let last = 0;
    // Well-formed guesses (43 URL-safe characters) are counted; 30 are allowed per 15 minutes.
    const guess = (i: number) => `${`g${i}-${short()}`.padEnd(43, 'x')}`.slice(0, 43);
    for (let i = 0; i < 40 && last !== 429; i++) last = (await guesser.get(guardianLinkPath(guess(i)))).status;
    expect(last).toBe(429);
    // Another network is not affected.
    expectProblem(await (await anonymousFrom(randomLoopbackAddress())).get(guardianLinkPath('still-wrong')), 404);
  });
});

describe('a new version', () => {
  let program: Program;
  let mentee: Participant, mentor: Participant;
  let rel: Relationship;
  let guardianEmail: string;

  beforeAll(async () => {
    program = await createProgram(staff, { type: 'one_to_one' });
    mentor = await addMentor(staff, program.id, { capacity: 2 });
    mentee = await addMentee(staff, program.id);
    guardianEmail = await guardianEmailOf(mentee);
    await publishAgreement(staff, program.id, 'Version one.');
    rel = await requestAccepted(program, mentee, mentor);
    await acceptAgreement(mentee.client, staff.org.id, rel.id, 1);
    await acceptAgreement(mentor.client, staff.org.id, rel.id, 1);
    const [token] = await guardianTokens(guardianEmail);
    expectStatus(await (await anonymousFrom(randomLoopbackAddress())).post(guardianLinkPath(token, '/accept')), 200);
  }, SETUP_TIMEOUT);

  test('keeps active pairs active, flags them and asks everyone again; the old version is refused', async () => {
    const [oldToken] = await guardianTokens(guardianEmail);
    expect((await agreementOf(mentee.client, staff.org.id, rel.id)).relationship_status).toBe('active');
    await publishAgreement(staff, program.id, 'Version two.');
    const flagged = await agreementOf(mentee.client, staff.org.id, rel.id);
    expect(flagged).toMatchObject({
      relationship_status: 'active',
      needs_reacceptance: true,
      pending_parties: ['mentee', 'mentor', 'guardian'],
    });
    expect(flagged.current?.version).toBe(2);
    for (const who of [mentee, mentor]) {
      const note = (await notificationsOf(who.client)).find((n) => n.kind === 'agreement_updated' && n.params.relationship_id === rel.id);
      expect(note, who.name).toMatchObject({
        link: `/relationships/${rel.id}`,
        params: { relationship_id: rel.id, program_name: program.name, version: '2' },
      });
    }
    expectProblem(await mentee.client.post(agreementPath(staff.org.id, rel.id, '/accept'), { version: 1 }), 409, {
      detail: /accept version 2/,
    });
    // The guardian's old link was for version 1: it no longer works; a new one was sent.
    const guardian = await anonymousFrom(randomLoopbackAddress());
    expectProblem(await guardian.get(guardianLinkPath(oldToken)), 404);
    const tokens = await guardianTokens(guardianEmail);
    expect(tokens.length).toBe(2);
    const fresh = await guardian.get<GuardianAgreement>(guardianLinkPath(tokens[0]));
    expectStatus(fresh, 200);
    expect(fresh.json).toMatchObject({ version: 2, text: 'Version two.', accepted: false });

    await acceptAgreement(mentee.client, staff.org.id, rel.id, 2);
    await acceptAgreement(mentor.client, staff.org.id, rel.id, 2);
    expect((await agreementOf(mentee.client, staff.org.id, rel.id)).needs_reacceptance).toBe(true);
    // Staff resend the link: a third mail, which works, and the second stops working (only the
    // newest link in the guardian's inbox opens the agreement).
    expectStatus(await staff.client.post(agreementPath(staff.org.id, rel.id, '/guardian-link')), 200);
    const resent = await guardianTokens(guardianEmail);
    expect(resent.length).toBe(3);
    expect(resent[1]).toBe(tokens[0]);
    expectProblem(await guardian.get(guardianLinkPath(tokens[0]!)), 404);
    expectStatus(await guardian.post(guardianLinkPath(resent[0], '/accept')), 200);
    const done = await agreementOf(mentor.client, staff.org.id, rel.id);
    expect(done).toMatchObject({ relationship_status: 'active', needs_reacceptance: false, pending_parties: [] });
    expect(done.acceptances).toHaveLength(6);
  });
});

describe('adult programs and programs without an agreement', () => {
  let program: Program;
  let mentor: Participant;

  beforeAll(async () => {
    program = await createProgram(staff, { type: 'one_to_one', audience: 'adult' });
    mentor = await addMentor(staff, program.id, { capacity: 5 });
  }, SETUP_TIMEOUT);

  test('without an agreement a request makes the relationship active, as before', async () => {
    const mentee = await addMentee(staff, program.id, { minor: false });
    const rel = await requestAccepted(program, mentee, mentor);
    expect(rel.status).toBe('active');
    const a = await agreementOf(mentee.client, staff.org.id, rel.id);
    expect(a).toMatchObject({ current: null, pending_parties: [], needs_reacceptance: false });
    expectProblem(await mentee.client.post(agreementPath(staff.org.id, rel.id, '/accept'), { version: 1 }), 409);
  });

  test('an adult mentee needs no guardian: both sides make it active', async () => {
    await publishAgreement(staff, program.id, 'Adults agree to this.');
    const mentee = await addMentee(staff, program.id, { minor: false });
    const rel = await requestAccepted(program, mentee, mentor);
    expect(rel.status).toBe('awaiting_agreement');
    const a = await acceptAgreement(mentee.client, staff.org.id, rel.id, 1);
    expect(a.required_parties).toEqual(['mentee', 'mentor']);
    expectProblem(await staff.client.post(agreementPath(staff.org.id, rel.id, '/guardian-link')), 409);
    const b = await acceptAgreement(mentor.client, staff.org.id, rel.id, 1);
    expect(b).toMatchObject({ relationship_status: 'active', pending_parties: [] });
  });

  test('a published round waits for both answers, then for the agreement; a declined match cannot accept it', async () => {
    const rounds = await createProgram(staff, { type: 'one_to_one', audience: 'adult' });
    const m1 = await addMentee(staff, rounds.id, { minor: false });
    const m2 = await addMentee(staff, rounds.id, { minor: false });
    const t1 = await addMentor(staff, rounds.id, { capacity: 1 });
    const t2 = await addMentor(staff, rounds.id, { capacity: 1 });
    await publishAgreement(staff, rounds.id, 'Round agreement.');
    const round = await runRound(staff, rounds.id, { objective: 'score' });
    expect(round.proposals).toHaveLength(2);
    expectStatus(await staff.client.post(roundPath(staff.org.id, round.id, '/publish')), 200);
    const people = new Map([...[m1, m2, t1, t2].map((p) => [p.id, p] as const)]);
    const [p1, p2] = round.proposals;
    const r1 = (await relationshipsOf(people.get(p1.mentee_id)!.client, rounds.id))[0];
    const r2 = (await relationshipsOf(people.get(p2.mentee_id)!.client, rounds.id))[0];
    expect(r1.status).toBe('proposed');
    // Proposed: not yet the agreement's turn.
    expectProblem(await people.get(p1.mentee_id)!.client.post(agreementPath(staff.org.id, r1.id, '/accept'), { version: 1 }), 409);
    for (const id of [p1.mentee_id, p1.mentor_id])
      expectStatus(await people.get(id)!.client.post<Relationship>(relationshipPath(staff.org.id, r1.id, '/accept')), 200);
    expect((await agreementOf(people.get(p1.mentee_id)!.client, staff.org.id, r1.id)).relationship_status).toBe('awaiting_agreement');
    // Declined: never.
    expectStatus(await people.get(p2.mentee_id)!.client.post<Relationship>(relationshipPath(staff.org.id, r2.id, '/decline')), 200);
    expectProblem(await people.get(p2.mentor_id)!.client.post(agreementPath(staff.org.id, r2.id, '/accept'), { version: 1 }), 409, {
      detail: /declined/,
    });
  });
});

/** The guardian email on the mentee's own profile. */
async function guardianEmailOf(mentee: Participant): Promise<string> {
  const res = await mentee.client.get<Schemas['Profile']>(`${V1}/me/profile`);
  expectStatus(res, 200);
  return res.json.minor.guardian_email;
}
