// Relationships (issue 3): a published match is proposed to both sides; each side accepts (the
// relationship is active once both have) or declines (it can no longer be accepted). Requests
// that become relationships: mentor_requests.test.ts; pausing and resuming: safeguarding.test.ts.

import { expectProblem, expectStatus } from './helpers';
import { roundPath, runRound } from './fixtures/match_rounds';
import { notificationsOf } from './fixtures/notifications';
import { staffOf, type Staff } from './fixtures/organisations';
import { addMentee, addMentor, createProgram, type Participant } from './fixtures/programs';
import { expectRelationship, relationshipPath, relationshipsOf } from './fixtures/relationships';
import { DEMO } from './fixtures/session';
import type { Program, Relationship, RoundView, Schemas } from './schema';

const SETUP_TIMEOUT = 180_000;

let staff: Staff;

beforeAll(async () => {
  staff = await staffOf(DEMO.lincoln.slug, DEMO.lincoln.coordinator);
});

describe('a published match', () => {
  // Two minors who want SQL; two screened mentors with room for one each: a score round proposes
  // both pairs, and publishing it proposes two relationships (the program asks both sides).
  let program: Program;
  let mentees: Participant[];
  let A: Participant, B: Participant;
  let scoreRound: RoundView;

  beforeAll(async () => {
    program = await createProgram(staff, { type: 'one_to_one' });
    mentees = [await addMentee(staff, program.id), await addMentee(staff, program.id)];
    A = await addMentor(staff, program.id, { capacity: 1 });
    B = await addMentor(staff, program.id, { capacity: 1 });
    scoreRound = await runRound(staff, program.id, { objective: 'score' });
    expect(scoreRound.proposals).toHaveLength(2);
    expectStatus(await staff.client.post<Schemas['RoundView']>(roundPath(staff.org.id, scoreRound.id, '/publish')), 200);
  }, SETUP_TIMEOUT);

  const menteeOf = (id: string) => mentees.find((m) => m.id === id)!;
  const mentorOf = (id: string) => [A, B].find((m) => m.id === id)!;

  test('the mentee accepts, then the mentor: the relationship is active', async () => {
    const prop = scoreRound.proposals[0];
    const mentee = menteeOf(prop.mentee_id);
    const mentor = mentorOf(prop.mentor_id);
    const rel = (await relationshipsOf(mentee.client, program.id))[0];
    const path = (rest: string) => relationshipPath(staff.org.id, rel.id, rest);

    // Someone else's relationship is a 404.
    const stranger = mentees.find((m) => m.id !== mentee.id)!;
    expectProblem(await stranger.client.post(path('/accept')), 404);
    expectProblem(await staff.client.post(path('/accept')), 404);

    const first = await mentee.client.post<Relationship>(path('/accept'));
    expectStatus(first, 200);
    expectRelationship(first.json);
    expect(first.json).toMatchObject({ id: rel.id, status: 'proposed', mentee_accepted: true, mentor_accepted: false });
    const mentorNotes = await notificationsOf(mentor.client);
    const accepted = mentorNotes.find((n) => n.link === `/relationships/${rel.id}` && n.kind === 'match_accepted');
    expect(accepted?.params, JSON.stringify(mentorNotes)).toEqual({ relationship_id: rel.id, program_name: program.name, other_name: mentee.name });

    const second = await mentor.client.post<Relationship>(path('/accept'));
    expectStatus(second, 200);
    expect(second.json).toMatchObject({ id: rel.id, status: 'active', mentee_accepted: true, mentor_accepted: true });
    expect((await relationshipsOf(mentee.client, program.id))[0]).toMatchObject({ id: rel.id, status: 'active' });
    expect((await relationshipsOf(mentor.client, program.id)).find((r) => r.id === rel.id)?.status).toBe('active');
    // The mentee, who accepted first, is told the match is confirmed.
    const confirmed = (await notificationsOf(mentee.client)).find((n) => n.kind === 'match_confirmed');
    expect(confirmed, 'match_confirmed').toMatchObject({
      link: `/relationships/${rel.id}`,
      params: { relationship_id: rel.id, program_name: program.name, other_name: mentor.name },
    });

    expectProblem(await mentor.client.post(path('/accept')), 409);
    expectProblem(await mentee.client.post(path('/decline')), 409);
  });

  test('a side declines a proposed relationship; it cannot be accepted afterwards', async () => {
    const prop = scoreRound.proposals[1];
    const mentee = menteeOf(prop.mentee_id);
    const mentor = mentorOf(prop.mentor_id);
    const rel = (await relationshipsOf(mentor.client, program.id)).find((r) => r.mentee_id === mentee.id)!;
    const res = await mentor.client.post<Schemas['Relationship']>(relationshipPath(staff.org.id, rel.id, '/decline'));
    expectStatus(res, 200);
    expect(res.json).toMatchObject({ id: rel.id, status: 'declined' });
    expectProblem(await mentee.client.post<Schemas['Relationship']>(relationshipPath(staff.org.id, rel.id, '/accept')), 409);
    expect((await relationshipsOf(mentee.client, program.id))[0].status).toBe('declined');
  });
});
