// Meetings (issue 10, point 4): either side proposes; the other accepts or declines; either
// reschedules (back to the other side) or cancels; after its start either logs it as held with
// shared notes, and Tandem proposes the next one at the program's cadence, once. Private notes
// are their author's alone, whoever else asks (the other side, the coordinator, the org admin,
// the platform admin). The coordinator reads the schedule, not the notes. Each meeting is an
// .ics file (libical: stable UID, SEQUENCE up on every change, DTSTART in UTC), and a person's
// private feed URL serves all their meetings without a session until it is rotated or revoked.

import { Client, V1 } from './client';
import { expectFieldError, expectProblem, expectStatus } from './helpers';
import { staffOf, type Staff } from './fixtures/organisations';
import { createUser } from './fixtures/people';
import {
  DAY,
  MINUTE,
  createFeed,
  icsInstant,
  icsProperty,
  meetingInput,
  meetingsOf,
  meetingsPath,
  propose,
  type Meeting,
} from './fixtures/meetings';
import { notificationsOf } from './fixtures/notifications';
import { addMentee, addMentor, createProgram, programPath, type Participant } from './fixtures/programs';
import { relationshipsOf } from './fixtures/relationships';
import { request, requestPath } from './fixtures/requests';
import { DEMO, anonymous, signIn } from './fixtures/session';
import type { MentorRequest, Program, Relationship } from './schema';

const SETUP_TIMEOUT = 180_000;

let staff: Staff;
let admin: Staff;
let platformAdmin: Client;
let otherCoordinator: Client;
let sameOrgMember: Client;
let anon: Client;

beforeAll(async () => {
  staff = await staffOf(DEMO.lincoln.slug, DEMO.lincoln.coordinator);
  admin = await staffOf(DEMO.lincoln.slug, DEMO.lincoln.admin);
  platformAdmin = await signIn(DEMO.platformAdmin);
  otherCoordinator = await signIn(DEMO.northwind.coordinator);
  sameOrgMember = (await createUser({ orgSlug: DEMO.lincoln.slug, roles: ['mentee'], namePrefix: 'meeting-bystander' })).client;
  anon = await anonymous();
}, SETUP_TIMEOUT);

async function requestAccepted(program: Program, mentee: Participant, mentor: Participant): Promise<Relationship> {
  const req = await request(mentee.client, staff.org.id, program.id, mentor.id, 'Could you mentor me?');
  expectStatus(await mentor.client.post<MentorRequest>(requestPath(staff.org.id, req.id, '/accept')), 200);
  const rel = (await relationshipsOf(mentee.client, program.id)).find((r) => r.mentor_id === mentor.id);
  if (!rel) throw new Error('no relationship after accepting the request');
  expect(rel.status).toBe('active');
  return rel;
}

describe('meetings of a relationship', () => {
  let program: Program;
  let mentee: Participant;
  let mentor: Participant;
  let rel: Relationship;
  const path = (rest = '') => meetingsPath(staff.org.id, rel.id, rest);

  beforeAll(async () => {
    program = await createProgram(staff, { type: 'one_to_one', audience: 'adult' });
    mentee = await addMentee(staff, program.id, { minor: false });
    mentor = await addMentor(staff, program.id, { capacity: 3 });
    rel = await requestAccepted(program, mentee, mentor);
  }, SETUP_TIMEOUT);

  test('the mentor proposes, the mentee is told and accepts, the mentor is told', async () => {
    const input = meetingInput(3 * DAY, { time_zone: 'America/Bogota' });
    const m = await propose(mentor.client, staff.org.id, rel.id, input);
    expect(m).toMatchObject({
      status: 'proposed',
      proposer: 'mentor',
      viewer_side: 'mentor',
      can_answer: false,
      can_change: true,
      can_log: false,
      sequence: 0,
      shared_notes: '',
      follows_meeting_id: null,
      duration_minutes: 45,
      mode: 'online',
      time_zone: 'America/Bogota',
    });
    expect(m.start_at).toBe(input.start_at.replace('.000Z', 'Z'));
    const told = (await notificationsOf(mentee.client)).find((n) => n.kind === 'meeting_proposed' && n.params.meeting_id === m.id);
    expect(told?.params).toMatchObject({ relationship_id: rel.id, other_name: mentor.name, start_at: m.start_at });
    expect(told?.link).toBe(`/relationships/${rel.id}`);

    // The proposer does not answer their own time.
    expectProblem(await mentor.client.post(path(`/${m.id}/accept`)), 409);
    const seen = await mentee.client.get<Meeting>(path(`/${m.id}`));
    expectStatus(seen, 200);
    expect(seen.json).toMatchObject({ viewer_side: 'mentee', can_answer: true });
    const accepted = await mentee.client.post<Meeting>(path(`/${m.id}/accept`));
    expectStatus(accepted, 200);
    expect(accepted.json.status).toBe('accepted');
    expectProblem(await mentee.client.post(path(`/${m.id}/decline`)), 409);
    expect((await notificationsOf(mentor.client)).some((n) => n.kind === 'meeting_accepted' && n.params.meeting_id === m.id)).toBe(true);
  });

  test('the .ics has a stable UID, DTSTART in UTC and a SEQUENCE that rises with every change', async () => {
    const m = await propose(mentee.client, staff.org.id, rel.id, meetingInput(5 * DAY));
    expectStatus(await mentor.client.post(path(`/${m.id}/accept`)), 200);
    const first = await mentee.client.get(path(`/${m.id}/ics`));
    expectStatus(first, 200);
    expect(first.headers.get('content-type')).toMatch(/^text\/calendar/);
    expect(first.headers.get('content-disposition')).toMatch(/attachment; filename="meeting\.ics"/);
    expect(first.text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    const uid = icsProperty(first.text, 'UID');
    expect(uid).toMatch(new RegExp(`^${m.id}@`));
    expect(icsProperty(first.text, 'DTSTART')).toBe(icsInstant(m.start_at));
    expect(icsProperty(first.text, 'SEQUENCE')).toBe('0');
    expect(icsProperty(first.text, 'STATUS')).toBe('CONFIRMED');
    expect(icsProperty(first.text, 'DESCRIPTION')).toBe('Essay outline\\; questions\\, and next steps');

    // The mentor moves it: back to proposed, for the mentee to answer.
    const moved = await mentor.client.post<Meeting>(path(`/${m.id}/reschedule`), meetingInput(6 * DAY, { mode: 'in_person', location: 'Library, room 2' }));
    expectStatus(moved, 200);
    expect(moved.json).toMatchObject({ status: 'proposed', proposer: 'mentor', sequence: 1, mode: 'in_person', location: 'Library, room 2' });
    expect((await notificationsOf(mentee.client)).some((n) => n.kind === 'meeting_rescheduled' && n.params.meeting_id === m.id)).toBe(true);
    const second = await mentor.client.get(path(`/${m.id}/ics`));
    expect(icsProperty(second.text, 'UID')).toBe(uid);
    expect(icsProperty(second.text, 'SEQUENCE')).toBe('1');
    expect(icsProperty(second.text, 'DTSTART')).toBe(icsInstant(moved.json.start_at));
    expect(icsProperty(second.text, 'STATUS')).toBe('TENTATIVE');
    expect(icsProperty(second.text, 'LOCATION')).toBe('Library\\, room 2');

    const cancelled = await mentee.client.post<Meeting>(path(`/${m.id}/cancel`));
    expectStatus(cancelled, 200);
    expect(cancelled.json).toMatchObject({ status: 'cancelled', sequence: 2 });
    expect((await notificationsOf(mentor.client)).some((n) => n.kind === 'meeting_cancelled' && n.params.meeting_id === m.id)).toBe(true);
    const third = await staff.client.get(path(`/${m.id}/ics`));  // the coordinator may add it too
    expectStatus(third, 200);
    expect(icsProperty(third.text, 'STATUS')).toBe('CANCELLED');
    expect(icsProperty(third.text, 'SEQUENCE')).toBe('2');
    expectProblem(await mentor.client.post(path(`/${m.id}/reschedule`), meetingInput(DAY)), 409);
    expectProblem(await mentor.client.post(path(`/${m.id}/cancel`)), 409);
  });

  test('logging a meeting as held proposes the next one at the cadence, once', async () => {
    // Started a minute ago (the start may lie up to five minutes back).
    const m = await propose(mentor.client, staff.org.id, rel.id, meetingInput(-MINUTE));
    expectStatus(await mentee.client.post(path(`/${m.id}/accept`)), 200);
    const held = await mentee.client.post<Meeting>(path(`/${m.id}/held`), { shared_notes: 'We planned the essay.\nNext: a draft.' });
    expectStatus(held, 200);
    expect(held.json).toMatchObject({ status: 'held', shared_notes: 'We planned the essay.\nNext: a draft.', can_log: true });
    const again = await mentor.client.post<Meeting>(path(`/${m.id}/held`), { shared_notes: 'We planned the essay. Draft by Friday.' });
    expectStatus(again, 200);

    const all = await meetingsOf(mentee.client, staff.org.id, rel.id);
    const next = all.filter((x) => x.follows_meeting_id === m.id);
    expect(next).toHaveLength(1);
    // An adult program without a cadence: 30 days later, same time of day, same mode.
    expect(Date.parse(next[0].start_at) - Date.parse(m.start_at)).toBe(30 * DAY);
    expect(next[0]).toMatchObject({ status: 'proposed', proposer: 'system', can_answer: true, duration_minutes: 45, mode: 'online' });
    for (const side of [mentee, mentor]) {
      const n = (await notificationsOf(side.client)).find((x) => x.kind === 'meeting_suggested' && x.params.meeting_id === next[0].id);
      expect(n?.params.other_name).toBe(side === mentee ? mentor.name : mentee.name);
    }
    // Either side answers Tandem's proposal.
    expectStatus(await mentor.client.post(path(`/${next[0].id}/accept`)), 200);
    expect((await mentee.client.get<Meeting>(path(`/${m.id}`))).json.shared_notes).toBe('We planned the essay. Draft by Friday.');
  });

  test('a program cadence sets the next date', async () => {
    const saved = await staff.client.put(programPath(staff.org.id, program.id, '/norms'), {
      expectations: 'Meet often',
      meeting_frequency: 'Weekly',
      meeting_cadence_days: 7,
      confidentiality: 'Kept',
      ending: 'Talk first',
    });
    expectStatus(saved, 200);
    const m = await propose(mentee.client, staff.org.id, rel.id, meetingInput(-MINUTE));
    expectStatus(await mentor.client.post(path(`/${m.id}/held`), { shared_notes: '' }), 200);
    const next = (await meetingsOf(mentor.client, staff.org.id, rel.id)).find((x) => x.follows_meeting_id === m.id);
    expect(Date.parse(next!.start_at) - Date.parse(m.start_at)).toBe(7 * DAY);
    expectFieldError(
      await staff.client.put(programPath(staff.org.id, program.id, '/norms'), {
        expectations: '', meeting_frequency: '', meeting_cadence_days: 400, confidentiality: '', ending: '',
      }),
      'meeting_cadence_days',
    );
  });

  test('a meeting cannot be logged before it starts', async () => {
    const m = await propose(mentor.client, staff.org.id, rel.id, meetingInput(DAY));
    expectProblem(await mentee.client.post(path(`/${m.id}/held`), { shared_notes: 'too early' }), 409);
  });

  test('private notes are their author\'s alone, whoever asks', async () => {
    const m = await propose(mentor.client, staff.org.id, rel.id, meetingInput(2 * DAY));
    const saved = await mentor.client.put(path(`/${m.id}/private-note`), { text: 'Ask about the exam. Seems stressed.' });
    expectStatus(saved, 200);
    const mine = await mentor.client.get<{ text: string }>(path(`/${m.id}/private-note`));
    expect(mine.json.text).toBe('Ask about the exam. Seems stressed.');
    // The other side reads only their own (none).
    expect((await mentee.client.get<{ text: string }>(path(`/${m.id}/private-note`))).json.text).toBe('');
    expectStatus(await mentee.client.put(path(`/${m.id}/private-note`), { text: 'Mine' }), 200);
    expect((await mentor.client.get<{ text: string }>(path(`/${m.id}/private-note`))).json.text).toBe('Ask about the exam. Seems stressed.');
    // Nobody else reads or writes any: 404 for the coordinator and everyone else, anonymous 401.
    for (const c of [staff.client, admin.client, platformAdmin, otherCoordinator, sameOrgMember]) {
      expectProblem(await c.get(path(`/${m.id}/private-note`)), 404);
      expectProblem(await c.put(path(`/${m.id}/private-note`), { text: 'x' }), 404);
    }
    expectProblem(await anon.get(path(`/${m.id}/private-note`)), 401);
    // And no list or meeting carries them.
    for (const c of [mentee.client, staff.client]) {
      const listed = await c.get(path());
      expect(listed.text).not.toContain('Seems stressed');
    }
    expect((await mentor.client.put(path(`/${m.id}/private-note`), { text: '' })).json).toEqual({ text: '' });
  });

  test('the coordinator reads the schedule, not the notes, and arranges nothing; others get 404', async () => {
    const m = await propose(mentee.client, staff.org.id, rel.id, meetingInput(-MINUTE));
    expectStatus(await mentor.client.post(path(`/${m.id}/held`), { shared_notes: 'Talked about home.' }), 200);
    const seen = await meetingsOf(staff.client, staff.org.id, rel.id);
    const row = seen.find((x) => x.id === m.id);
    expect(row).toMatchObject({ status: 'held', shared_notes: null, viewer_side: null, can_answer: false, can_change: false, can_log: false });
    expect(JSON.stringify(seen)).not.toContain('Talked about home');
    // Arranging is the pair's: the path hides the match from the coordinator (404).
    expectProblem(await staff.client.post(path(), meetingInput(DAY)), 404);
    expectProblem(await staff.client.post(path(`/${m.id}/cancel`)), 404);
    for (const c of [admin.client, platformAdmin, otherCoordinator, sameOrgMember]) {
      expectProblem(await c.get(path()), 404);
      expectProblem(await c.get(path(`/${m.id}`)), 404);
      expectProblem(await c.get(path(`/${m.id}/ics`)), 404);
      expectProblem(await c.post(path(), meetingInput(DAY)), 404);
      expectProblem(await c.post(path(`/${m.id}/cancel`)), 404);
    }
    expectProblem(await anon.get(path()), 401);
    // Another relationship's id, or another organisation's, hides the meeting too.
    expectProblem(await mentee.client.get(meetingsPath(staff.org.id, 'no-such-relationship', `/${m.id}`)), 404);
  });

  test('bad input is a 400 naming the field, and nothing is written', async () => {
    const before = (await meetingsOf(mentee.client, staff.org.id, rel.id)).length;
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ ...meetingInput(DAY), duration_minutes: 1 }, 'duration_minutes'],
      [{ ...meetingInput(DAY), duration_minutes: 481 }, 'duration_minutes'],
      [meetingInput(-DAY), 'start_at'],
      [meetingInput(800 * DAY), 'start_at'],
      [{ ...meetingInput(DAY), start_at: 'tomorrow at noon' }, 'start_at'],
      [{ ...meetingInput(DAY), start_at: '2027-01-01T10:00:00' }, 'start_at'],
      [{ ...meetingInput(DAY), location: 'javascript:alert(1)' }, 'location'],
      [{ ...meetingInput(DAY), mode: 'in_person', location: '  ' }, 'location'],
      [{ ...meetingInput(DAY), mode: 'phone' }, 'mode'],
      [{ ...meetingInput(DAY), agenda: 'a'.repeat(4001) }, 'agenda'],
      [{ ...meetingInput(DAY), time_zone: 'Mars/Olympus' }, 'time_zone'],
      [{ ...meetingInput(DAY), extra: true }, 'extra'],
    ];
    for (const [body, field] of cases) expectFieldError(await mentee.client.post(path(), body), field);
    const m = await propose(mentee.client, staff.org.id, rel.id, meetingInput(DAY));
    expectFieldError(await mentee.client.post(path(`/${m.id}/reschedule`), { ...meetingInput(DAY), duration_minutes: 0 }), 'duration_minutes');
    expectFieldError(await mentee.client.put(path(`/${m.id}/private-note`), { text: 'n'.repeat(20001) }), 'text');
    expectFieldError(await mentee.client.post(path(`/${m.id}/held`), { notes: 'wrong field' }), 'shared_notes');
    expect((await meetingsOf(mentee.client, staff.org.id, rel.id)).length).toBe(before + 1);
    expect((await mentee.client.get<Meeting>(path(`/${m.id}`))).json.sequence).toBe(0);
  });

  test('lists page latest start first', async () => {
    const all = await meetingsOf(mentor.client, staff.org.id, rel.id);
    expect(all.length).toBeGreaterThan(3);
    const starts = all.map((m) => Date.parse(m.start_at));
    expect([...starts].sort((a, b) => b - a)).toEqual(starts);
    const first = await mentor.client.get<{ items: Meeting[]; next_cursor: string | null }>(`${path()}?limit=2`);
    expect(first.json.items.map((m) => m.id)).toEqual(all.slice(0, 2).map((m) => m.id));
    const second = await mentor.client.get<{ items: Meeting[] }>(`${path()}?limit=2&cursor=${encodeURIComponent(first.json.next_cursor!)}`);
    expect(second.json.items.map((m) => m.id)).toEqual(all.slice(2, 4).map((m) => m.id));
    expectFieldError(await mentor.client.get(`${path()}?limit=0`), 'limit');
  });

  test('the calendar feed serves a person\'s meetings without a session until it is rotated or revoked', async () => {
    const m = await propose(mentee.client, staff.org.id, rel.id, meetingInput(4 * DAY, { agenda: 'Feed check' }));
    expect((await mentor.client.get<{ active: boolean }>(`${V1}/me/calendar-feed`)).json.active).toBe(false);
    const feed = await createFeed(mentor.client);
    expect((await mentor.client.get<{ active: boolean }>(`${V1}/me/calendar-feed`)).json.active).toBe(true);
    const res = await anon.get(feed);  // no cookie: a calendar application
    expectStatus(res, 200);
    expect(res.headers.get('content-type')).toMatch(/^text\/calendar/);
    expect(res.text).toContain(`UID:${m.id}@`);
    expect(res.text).toContain('X-WR-CALNAME:Tandem');
    expect(res.text).toContain(`DTSTART:${icsInstant(m.start_at)}`);
    // The mentee's feed is their own; the mentor's does not open it.
    const menteeFeed = await createFeed(mentee.client);
    expect((await anon.get(menteeFeed)).text).toContain(`UID:${m.id}@`);

    const rotated = await createFeed(mentor.client);
    expect(rotated).not.toBe(feed);
    expectProblem(await anon.get(feed), 404);
    expectStatus(await anon.get(rotated), 200);
    expectStatus(await mentor.client.del(`${V1}/me/calendar-feed`), 204);
    const gone = await anon.get(rotated);
    expectProblem(gone, 404);
    expect(gone.text).not.toMatch(/revoked|person|feed/i);
    expectProblem(await anon.get('/calendar/not-a-secret.ics'), 404);
    expectProblem(await anon.get(`/calendar/${'A'.repeat(43)}`), 404);
    expectProblem(await anon.get(`${V1}/me/calendar-feed`), 401);
  });
});
