// Relationship managers and check-ins (issue 10, point 7): every new relationship gets a manager
// (a coordinator of its organisation); a coordinator reassigns it (audited, the new manager is
// told); a coordinator logs check-ins with notes and follow-ups, and each one restarts the
// check-in clock of the caseload's health. The notes are the coordinators' alone: the pair, a
// same-organisation member, an administrator who does not coordinate, another organisation's
// coordinator and anonymous callers get nothing.

import { Client } from './client';
import { expectFieldError, expectProblem, expectStatus } from './helpers';
import { carePath, dateFromToday, entryOf, logCheckin, myId } from './fixtures/care';
import { staffOf, type Staff } from './fixtures/organisations';
import { createUser } from './fixtures/people';
import { notificationsOf } from './fixtures/notifications';
import { addMentee, addMentor, createProgram, type Participant } from './fixtures/programs';
import { relationshipsOf } from './fixtures/relationships';
import { request, requestPath } from './fixtures/requests';
import { DEMO, anonymous, signIn } from './fixtures/session';
import type { Checkin, MentorRequest, Program, Relationship, RelationshipManager } from './schema';

const SETUP_TIMEOUT = 180_000;

let staff: Staff;
let staffId: string;
let admin: Staff;
let otherCoordinator: Client;
let bystander: Client;
let anon: Client;
let colleague: { client: Client; id: string };
let program: Program;
let mentee: Participant;
let mentor: Participant;
let rel: Relationship;

beforeAll(async () => {
  staff = await staffOf(DEMO.lincoln.slug, DEMO.lincoln.coordinator);
  staffId = await myId(staff.client);
  admin = await staffOf(DEMO.lincoln.slug, DEMO.lincoln.admin);
  otherCoordinator = await signIn(DEMO.northwind.coordinator);
  bystander = (await createUser({ orgSlug: DEMO.lincoln.slug, roles: ['mentee'], namePrefix: 'care-bystander' })).client;
  const c = await createUser({ orgSlug: DEMO.lincoln.slug, roles: ['coordinator'], namePrefix: 'care-colleague' });
  colleague = { client: c.client, id: c.id };
  anon = await anonymous();
  program = await createProgram(staff, { type: 'one_to_one', audience: 'adult' });
  mentee = await addMentee(staff, program.id, { minor: false });
  mentor = await addMentor(staff, program.id, { capacity: 3 });
  const req = await request(mentee.client, staff.org.id, program.id, mentor.id, 'Could you mentor me?');
  expectStatus(await mentor.client.post<MentorRequest>(requestPath(staff.org.id, req.id, '/accept')), 200);
  const found = (await relationshipsOf(mentee.client, program.id)).find((r) => r.mentor_id === mentor.id);
  if (!found) throw new Error('no relationship after accepting the request');
  rel = found;
}, SETUP_TIMEOUT);

const path = (rest: string) => carePath(staff.org.id, rel.id, rest);

describe('the relationship manager', () => {
  test('a new relationship has a manager, and a coordinator reassigns it (the new manager is told)', async () => {
    const first = await staff.client.get<RelationshipManager>(path('/manager'));
    expectStatus(first, 200);
    // The least-loaded coordinator (the brand-new colleague, unless another test made one too).
    expect(first.json.manager_id).not.toBeNull();
    const mine = await staff.client.put<RelationshipManager>(path('/manager'), { manager_id: staffId });
    expect(mine.json).toMatchObject({ manager_id: staffId });

    const toColleague = await staff.client.put<RelationshipManager>(path('/manager'), { manager_id: colleague.id });
    expectStatus(toColleague, 200);
    expect(toColleague.json).toMatchObject({ manager_id: colleague.id });
    const told = (await notificationsOf(colleague.client)).find(
      (n) => n.kind === 'caseload_assigned' && n.params.relationship_id === rel.id,
    );
    expect(told?.params).toMatchObject({ program_name: program.name, mentee_name: mentee.name, mentor_name: mentor.name });
    expect(await entryOf(colleague.client, staff.org.id, rel.id)).toBeDefined();
    expect(await entryOf(staff.client, staff.org.id, rel.id)).toBeUndefined();
    // Another coordinator's caseload is readable in the same organisation.
    expect(await entryOf(staff.client, staff.org.id, rel.id, colleague.id)).toBeDefined();

    const back = await staff.client.put<RelationshipManager>(path('/manager'), { manager_id: staffId });
    expect(back.json).toMatchObject({ manager_id: staffId });
    expect(await entryOf(staff.client, staff.org.id, rel.id)).toBeDefined();
  });

  test('only a coordinator of the organisation can manage', async () => {
    expectFieldError(await staff.client.put(path('/manager'), { manager_id: mentee.id }), 'manager_id');
    expectFieldError(await staff.client.put(path('/manager'), { manager_id: 'no-such-person' }), 'manager_id');
    expectFieldError(await staff.client.put(path('/manager'), {}), 'manager_id');
    expectFieldError(await staff.client.put(path('/manager'), { manager_id: staffId, extra: 1 }), 'extra');
  });
});

describe('check-ins', () => {
  test('logging a check-in restarts the clock; a follow-up past due needs a check-in until done', async () => {
    // An old check-in: the clock has run past the adult cadence (45 days).
    await logCheckin(staff.client, staff.org.id, rel.id, { with: 'mentee', held_on: dateFromToday(-50), notes: 'First call.' });
    let entry = await entryOf(staff.client, staff.org.id, rel.id);
    expect(entry?.health).toBe('needs_checkin');
    expect(entry?.reasons[0]).toMatchObject({ id: 'checkin_due', level: 'needs_checkin', params: { days: 50, cadence: 45 } });

    const c = await logCheckin(staff.client, staff.org.id, rel.id, {
      with: 'both',
      notes: 'They meet every two weeks.\nMentee worried about exams.',
      follow_ups: [{ text: 'Send the exam-stress guide', due_date: dateFromToday(-1) }],
    });
    expect(c).toMatchObject({ with: 'both', held_on: dateFromToday(0), author_id: staffId });
    expect(c.follow_ups).toHaveLength(1);
    entry = await entryOf(staff.client, staff.org.id, rel.id);
    expect(entry?.last_checkin_on).toBe(dateFromToday(0));
    expect(entry?.next_checkin_due).toBe(dateFromToday(45));
    expect(entry?.health).toBe('needs_checkin');
    expect(entry?.reasons.map((r) => r.id)).toEqual(['follow_ups_overdue']);

    expectStatus(await staff.client.post(path(`/follow-ups/${c.follow_ups[0].id}/done`)), 204);
    expectStatus(await staff.client.post(path(`/follow-ups/${c.follow_ups[0].id}/done`)), 204);
    entry = await entryOf(staff.client, staff.org.id, rel.id);
    expect(entry?.health).toBe('on_track');
    expect(entry?.reasons.map((r) => r.id)).toEqual(['just_started']);

    const list = await colleague.client.get<{ items: Checkin[]; next_cursor: string | null }>(path('/checkins?limit=1'));
    expectStatus(list, 200);
    expect(list.json.items[0].id).toBe(c.id);
    expect(list.json.items[0].follow_ups[0].done_at).not.toBeNull();
    expect(list.json.next_cursor).not.toBeNull();
    const rest = await staff.client.get<{ items: Checkin[] }>(path(`/checkins?limit=1&cursor=${encodeURIComponent(list.json.next_cursor!)}`));
    expect(rest.json.items[0].notes).toBe('First call.');
  });

  test('bad check-ins are refused whole', async () => {
    const before = (await staff.client.get<{ items: Checkin[] }>(path('/checkins'))).json.items.length;
    expectFieldError(await staff.client.post(path('/checkins'), { with: 'aunt' }), 'with');
    expectFieldError(await staff.client.post(path('/checkins'), { with: 'both', held_on: dateFromToday(2) }), 'held_on');
    expectFieldError(await staff.client.post(path('/checkins'), { with: 'both', held_on: '2026-02-30' }), 'held_on');
    expectFieldError(await staff.client.post(path('/checkins'), { with: 'both', notes: 'x'.repeat(5001) }), 'notes');
    expectFieldError(
      await staff.client.post(path('/checkins'), { with: 'both', follow_ups: [{ text: 'ok', due_date: 'tomorrow' }] }),
      'follow_ups[0].due_date',
    );
    expectFieldError(await staff.client.post(path('/checkins'), { with: 'both', follow_ups: [{ text: ' ', due_date: dateFromToday(3) }] }), 'follow_ups[0].text');
    expectFieldError(await staff.client.post(path('/checkins'), { with: 'both', notes: 'bell\u0007' }), 'notes');
    expectProblem(await staff.client.post(path('/follow-ups/no-such/done')), 404);
    expect((await staff.client.get<{ items: Checkin[] }>(path('/checkins'))).json.items.length).toBe(before);
  });

  test('nobody but the coordinators reads or writes the care record', async () => {
    const outsiders: Array<[string, Client]> = [
      ['mentee', mentee.client],
      ['mentor', mentor.client],
      ['org admin who does not coordinate', admin.client],
      ['member of the organisation', bystander],
      ['coordinator of another organisation', otherCoordinator],
    ];
    for (const [who, client] of outsiders) {
      for (const res of [
        await client.get(path('/checkins')),
        await client.get(path('/manager')),
        await client.post(path('/checkins'), { with: 'both', notes: 'sneaky' }),
        await client.put(path('/manager'), { manager_id: staffId }),
      ])
        expect(res.status, `${who}: ${res.text.slice(0, 200)}`).toBe(404);
    }
    for (const res of [await anon.get(path('/checkins')), await anon.get(path('/manager'))]) expect(res.status).toBe(401);
    // Caseloads: staff only; the pair and the administrator are refused, outsiders do not see the organisation.
    expectProblem(await mentee.client.get(`/api/v1/organisations/${staff.org.id}/caseload`), 403);
    expectProblem(await admin.client.get(`/api/v1/organisations/${staff.org.id}/caseload`), 403);
    expectProblem(await otherCoordinator.get(`/api/v1/organisations/${staff.org.id}/caseload`), 404);
    expectProblem(await anon.get(`/api/v1/organisations/${staff.org.id}/caseload`), 401);
    // The notes never reach the pair through their own views.
    for (const side of [mentee.client, mentor.client]) {
      const rels = await relationshipsOf(side, program.id);
      expect(JSON.stringify(rels)).not.toContain('exam-stress');
      expect(JSON.stringify(await notificationsOf(side))).not.toContain('exam-stress');
    }
  });
});
