// Messaging (issue 10, point 5): a thread per relationship with cursor pagination (newest
// first), read markers that only move forward and unread counts; live delivery through
// /me/events (ids only, to those who may read); in youth programs the coordinators read the
// thread (the pair are told: `overseen`) and messages with contact details or watch-list words
// are flagged for them; reports and the mentee's "I feel unsafe" (pauses contact, alerts the
// coordinators in the app and by email, audited). In adult programs nobody but the pair reads
// a message through any endpoint: tested for every role.

import { Client, V1 } from './client';
import { expectFieldError, expectProblem, expectStatus, short } from './helpers';
import { staffOf, type Staff } from './fixtures/organisations';
import { createUser, outboxFor } from './fixtures/people';
import { meetingInput, meetingsPath } from './fixtures/meetings';
import {
  messagesOf,
  openEvents,
  send,
  threadOf,
  threadPath,
  unreadOf,
  type Message,
  type SafetyReport,
  type Thread,
} from './fixtures/messages';
import { notificationsOf } from './fixtures/notifications';
import { addMentee, addMentor, createProgram, programPath, type Participant } from './fixtures/programs';
import { relationshipsOf } from './fixtures/relationships';
import { request, requestPath } from './fixtures/requests';
import { DEMO, anonymous, signIn } from './fixtures/session';
import type { MentorRequest, Page, Program, Relationship, Schemas } from './schema';

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
  sameOrgMember = (await createUser({ orgSlug: DEMO.lincoln.slug, roles: ['mentee'], namePrefix: 'message-bystander' })).client;
  anon = await anonymous();
}, SETUP_TIMEOUT);

interface Pair {
  program: Program;
  mentee: Participant;
  mentor: Participant;
  rel: Relationship;
}

async function pairIn(audience: 'adult' | 'youth'): Promise<Pair> {
  const program = await createProgram(staff, { type: 'one_to_one', audience });
  const mentee = await addMentee(staff, program.id, { minor: audience === 'youth' });
  const mentor = await addMentor(staff, program.id, { capacity: 3 });
  const req = await request(mentee.client, staff.org.id, program.id, mentor.id, 'Could you mentor me?');
  expectStatus(await mentor.client.post<MentorRequest>(requestPath(staff.org.id, req.id, '/accept')), 200);
  const rel = (await relationshipsOf(mentee.client, program.id)).find((r) => r.mentor_id === mentor.id);
  if (!rel) throw new Error('no relationship after accepting the request');
  expect(rel.status).toBe('active');
  return { program, mentee, mentor, rel };
}

describe('an adult pair\'s thread', () => {
  let p: Pair;
  const path = (rest = '') => threadPath(staff.org.id, p.rel.id, rest);

  beforeAll(async () => {
    p = await pairIn('adult');
  }, SETUP_TIMEOUT);

  test('a message reaches the other side unread; marking it read clears the count', async () => {
    const before = await unreadOf(p.mentee.client);
    const m = await send(p.mentor.client, staff.org.id, p.rel.id, 'Hello! <b>not bold</b> & welcome');
    expect(m.author_side).toBe('mentor');
    expect(m.flag).toBeNull();
    const seen = await messagesOf(p.mentee.client, staff.org.id, p.rel.id);
    expect(seen[0]).toMatchObject({ id: m.id, body: 'Hello! <b>not bold</b> & welcome', mine: false, author_side: 'mentor' });
    const t = await threadOf(p.mentee.client, staff.org.id, p.rel.id);
    expect(t).toMatchObject({ viewer_side: 'mentee', overseen: false, can_write: true, can_report: true, can_feel_unsafe: true, can_review: false, unread: 1 });
    const after = await unreadOf(p.mentee.client);
    expect(after.total).toBe(before.total + 1);
    expect(after.threads.find((x) => x.relationship_id === p.rel.id)?.unread).toBe(1);
    // The author has read their own message.
    expect((await threadOf(p.mentor.client, staff.org.id, p.rel.id)).unread).toBe(0);
    const read = await p.mentee.client.post<Thread>(path('/thread/read'), { message_id: m.id });
    expectStatus(read, 200);
    expect(read.json).toMatchObject({ unread: 0, read_message_id: m.id });
    expect((await unreadOf(p.mentee.client)).threads.find((x) => x.relationship_id === p.rel.id)).toBeUndefined();
  });

  test('newest first, paged by a stable cursor', async () => {
    const sent: Message[] = [];
    for (let i = 0; i < 5; i++) sent.push(await send(i % 2 ? p.mentor.client : p.mentee.client, staff.org.id, p.rel.id, `page ${i}`));
    const all = await messagesOf(p.mentee.client, staff.org.id, p.rel.id);
    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const res: Awaited<ReturnType<typeof p.mentee.client.get<Page<Message>>>> = await p.mentee.client.get<Page<Message>>(
        `${path('/messages')}?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
      );
      expectStatus(res, 200);
      expect(res.json.items.length).toBeLessThanOrEqual(2);
      ids.push(...res.json.items.map((m) => m.id));
      cursor = res.json.next_cursor;
    } while (cursor);
    expect(ids).toEqual(all.map((m) => m.id));
    expect(all.slice(0, 5).map((m) => m.id)).toEqual(sent.map((m) => m.id).reverse());
    const times = all.map((m) => Date.parse(m.created_at));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  test('read markers only move forward, also when two tabs race', async () => {
    const older = await send(p.mentor.client, staff.org.id, p.rel.id, 'older');
    const newer = await send(p.mentor.client, staff.org.id, p.rel.id, 'newer');
    const results = await Promise.all([
      p.mentee.client.post<Thread>(path('/thread/read'), { message_id: newer.id }),
      p.mentee.client.post<Thread>(path('/thread/read'), { message_id: older.id }),
      p.mentee.client.post<Thread>(path('/thread/read'), { message_id: older.id }),
    ]);
    for (const r of results) expectStatus(r, 200);
    const t = await threadOf(p.mentee.client, staff.org.id, p.rel.id);
    expect(t).toMatchObject({ unread: 0, read_message_id: newer.id });
    expectStatus(await p.mentee.client.post<Thread>(path('/thread/read'), { message_id: older.id }), 200);
    expect((await threadOf(p.mentee.client, staff.org.id, p.rel.id)).read_message_id).toBe(newer.id);
  });

  test('nobody but the pair reads or writes it: coordinator, org admin, platform admin, others', async () => {
    const secret = `private-${short()}`;
    const m = await send(p.mentee.client, staff.org.id, p.rel.id, secret);
    const outsiders: Array<[string, Client]> = [
      ['coordinator', staff.client],
      ['org admin', admin.client],
      ['platform admin', platformAdmin],
      ['another organisation\'s coordinator', otherCoordinator],
      ['a member of the organisation', sameOrgMember],
    ];
    for (const [who, c] of outsiders) {
      for (const url of [path('/thread'), path('/messages'), path(`/messages/${m.id}`)])
        expectProblem(await c.get(url), 404, { detail: /No such relationship/ });
      expectProblem(await c.post(path('/messages'), { body: 'hi' }), 404);
      expectProblem(await c.post(path('/thread/read'), { message_id: m.id }), 404);
      expectProblem(await c.post(path('/reports'), { kind: 'concern', reason: 'other' }), 404);
      const u = await c.get<Schemas['UnreadSummary']>(`${V1}/me/unread`);
      expectStatus(u, 200);
      expect(u.json.threads.some((x) => x.relationship_id === p.rel.id), who).toBe(false);
      // Not through notifications either.
      const notes = await c.get<Page<Schemas['Notification']>>(`${V1}/me/notifications?limit=200`);
      expectStatus(notes, 200);
      expect(JSON.stringify(notes.json), who).not.toContain(secret);
    }
    expectProblem(await anon.get(path('/messages')), 401);
    expectProblem(await anon.get(`${V1}/me/unread`), 401);
    // The coordinators' queues do not carry adult messages; the admin cannot open them at all.
    const flagged = await staff.client.get<Page<Schemas['FlaggedMessage']>>(`${V1}/organisations/${staff.org.id}/flagged-messages?limit=200`);
    expectStatus(flagged, 200);
    expect(JSON.stringify(flagged.json)).not.toContain(secret);
    expectProblem(await admin.client.get(`${V1}/organisations/${staff.org.id}/flagged-messages`), 403);
    expectProblem(await otherCoordinator.get(`${V1}/organisations/${staff.org.id}/flagged-messages`), 404);
    const audit = await admin.client.get<Page<Schemas['AuditEntry']>>(`${V1}/organisations/${staff.org.id}/audit?limit=200`);
    expectStatus(audit, 200);
    expect(JSON.stringify(audit.json)).not.toContain(secret);
  });

  test('hostile input: too long, not text, wrong shapes, another thread\'s ids', async () => {
    expectFieldError(await p.mentee.client.post(path('/messages'), { body: 'x'.repeat(4001) }), 'body');
    expectFieldError(await p.mentee.client.post(path('/messages'), { body: 'é'.repeat(4001) }), 'body');
    expectFieldError(await p.mentee.client.post(path('/messages'), { body: '   ' }), 'body');
    expectFieldError(await p.mentee.client.post(path('/messages'), { body: 'bell \u0007' }), 'body');
    expectFieldError(await p.mentee.client.post(path('/messages'), { body: 42 }), 'body');
    expectFieldError(await p.mentee.client.post(path('/messages'), { body: 'hi', html: true }), 'html');
    expectProblem(await p.mentee.client.post(path('/messages'), { body: 'y'.repeat(2_000_000) }), 413);
    const deep = '{"body":' + '['.repeat(50000) + ']'.repeat(50000) + '}';
    expectProblem(await p.mentee.client.raw('POST', path('/messages'), { body: deep, headers: { 'Content-Type': 'application/json' } }), 400);
    // A message of another thread, a thread of another organisation.
    const other = await pairIn('adult');
    const theirs = await send(other.mentee.client, staff.org.id, other.rel.id, 'theirs');
    expectProblem(await p.mentee.client.post(path('/thread/read'), { message_id: theirs.id }), 404);
    expectProblem(await p.mentee.client.get(path(`/messages/${theirs.id}`)), 404);
    const northwind = await staffOf(DEMO.northwind.slug, DEMO.northwind.coordinator);
    expectProblem(await p.mentee.client.get(threadPath(northwind.org.id, p.rel.id, '/messages')), 404);
  }, SETUP_TIMEOUT);
});

describe('live delivery', () => {
  let p: Pair;

  beforeAll(async () => {
    p = await pairIn('adult');
  }, SETUP_TIMEOUT);

  test('a message reaches the other side\'s open stream at once, and nobody else\'s', async () => {
    const mentee = await openEvents(p.mentee.client);
    const coordinator = await openEvents(staff.client);
    expect(mentee.status).toBe(200);
    expect(await mentee.waitFor(/event: ready/)).toBe(true);
    expect(await coordinator.waitFor(/event: ready/)).toBe(true);
    const started = Date.now();
    const m = await send(p.mentor.client, staff.org.id, p.rel.id, 'live hello');
    expect(await mentee.waitFor(new RegExp(`event: message\\nid: ${m.id}\\ndata: \\{[^\\n]*"${m.id}"`))).toBe(true);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(mentee.text()).not.toContain('live hello');  // ids only
    // The adult program's coordinator may not read it, so their stream never hears of it.
    await new Promise((r) => setTimeout(r, 1000));
    expect(coordinator.text()).not.toContain(m.id);
    mentee.close();
    coordinator.close();
  });

  test('anonymous callers get 401; a sixth stream closes the oldest; sign-out closes them all', async () => {
    const res = await anon.get(`${V1}/me/events`);
    expectProblem(res, 401);
    const user = await createUser({ orgSlug: DEMO.lincoln.slug, roles: ['mentee'], namePrefix: 'streamer' });
    const streams = [];
    for (let i = 0; i < 5; i++) {
      const s = await openEvents(user.client);
      expect(s.status).toBe(200);
      expect(await s.waitFor(/event: ready/)).toBe(true);
      streams.push(s);
    }
    const sixth = await openEvents(user.client);
    expect(sixth.status).toBe(200);
    expect(await sixth.waitFor(/event: ready/)).toBe(true);
    await streams[0].closed();
    streams.splice(0, 1, sixth);
    expectStatus(await user.client.post(`${V1}/auth/logout`), 204);
    for (const s of streams) {
      await Promise.race([s.closed(), new Promise((r) => setTimeout(r, 5000))]);
      expect(await s.waitFor(/never/, 10)).toBe(false);
    }
    await Promise.all(streams.map((s) => s.closed()));
  });
});

describe('a youth pair\'s thread', () => {
  let p: Pair;
  const path = (rest = '') => threadPath(staff.org.id, p.rel.id, rest);
  const flaggedPath = () => `${V1}/organisations/${staff.org.id}/flagged-messages?limit=200`;

  beforeAll(async () => {
    p = await pairIn('youth');
  }, SETUP_TIMEOUT);

  test('the pair are told coordinators read it; coordinators read but never write', async () => {
    expect(await threadOf(p.mentee.client, staff.org.id, p.rel.id)).toMatchObject({ overseen: true, can_write: true });
    const m = await send(p.mentee.client, staff.org.id, p.rel.id, 'Hi, see you at the library at 4:15');
    const coord = await threadOf(staff.client, staff.org.id, p.rel.id);
    expect(coord).toMatchObject({ viewer_side: null, overseen: true, can_write: false, can_report: false, can_review: true, unread: 0 });
    expect((await messagesOf(staff.client, staff.org.id, p.rel.id))[0]).toMatchObject({ id: m.id, flag: null });
    expectProblem(await staff.client.post(path('/messages'), { body: 'as the coordinator' }), 403);
    expectProblem(await staff.client.post(path('/thread/read'), { message_id: m.id }), 403);
    // Other staff and outsiders still get nothing.
    for (const c of [admin.client, platformAdmin, otherCoordinator, sameOrgMember])
      expectProblem(await c.get(path('/messages')), 404);
  });

  test('contact details are delivered and flagged for the coordinator, never shown to the pair', async () => {
    const m = await send(p.mentee.client, staff.org.id, p.rel.id, 'text me on 555-123-4567 or ana@example.org');
    expect(m.flag).toBeNull();
    const mentorView = (await messagesOf(p.mentor.client, staff.org.id, p.rel.id)).find((x) => x.id === m.id);
    expect(mentorView).toMatchObject({ body: m.body, flag: null });
    const coordView = (await messagesOf(staff.client, staff.org.id, p.rel.id)).find((x) => x.id === m.id);
    expect(coordView?.flag).toMatchObject({ status: 'open', reasons: ['contact_email', 'contact_phone'] });
    const queue = await staff.client.get<Page<Schemas['FlaggedMessage']>>(flaggedPath());
    expectStatus(queue, 200);
    const item = queue.json.items.find((x) => x.id === m.id);
    expect(item?.thread).toMatchObject({ program_id: p.program.id, mentee_id: p.mentee.id, mentor_id: p.mentor.id });
    expect((await notificationsOf(staff.client)).some((n) => n.kind === 'message_flagged' && n.params.message_id === m.id)).toBe(true);
    // Resolved with a note, it leaves the queue.
    expectProblem(await p.mentor.client.post(path(`/messages/${m.id}/resolve-flag`), { note: 'x' }), 404);
    const resolved = await staff.client.post<Message>(path(`/messages/${m.id}/resolve-flag`), { note: 'Talked to both.' });
    expectStatus(resolved, 200);
    expect(resolved.json.flag).toMatchObject({ status: 'resolved', note: 'Talked to both.' });
    expectProblem(await staff.client.post(path(`/messages/${m.id}/resolve-flag`), { note: '' }), 409);
    const again = await staff.client.get<Page<Schemas['FlaggedMessage']>>(flaggedPath());
    expect(again.json.items.some((x) => x.id === m.id)).toBe(false);
  });

  test('a watch-list word flags a message, ignoring case and accents; dates and times do not', async () => {
    const words = programPath(staff.org.id, p.program.id, '/watch-words');
    const saved = await staff.client.put<Schemas['WatchWords']>(words, { words: [' Secreto ', 'secreto', 'quedar solos'] });
    expectStatus(saved, 200);
    expect(saved.json.words).toEqual(['Secreto', 'quedar solos']);
    expectProblem(await p.mentee.client.get(words), 403);
    expectFieldError(await staff.client.put(words, { words: ['x'.repeat(61)] }), 'words');
    const flagged = await send(p.mentor.client, staff.org.id, p.rel.id, 'Es nuestro SECRÉTO, ¿vale?');
    const plain = await send(p.mentor.client, staff.org.id, p.rel.id, 'Exam on 2026-03-01 at 10:30, room 204; the secretary knows');
    const coord = await messagesOf(staff.client, staff.org.id, p.rel.id);
    expect(coord.find((x) => x.id === flagged.id)?.flag?.reasons).toEqual(['watch_word']);
    expect(coord.find((x) => x.id === plain.id)?.flag).toBeNull();
  });

  test('saves of one watch list at the same moment all succeed; one of them is the list', async () => {
    const words = programPath(staff.org.id, p.program.id, '/watch-words');
    const lists = Array.from({ length: 8 }, (_, i) => [`palabra${i}`, `otra${i}`, `tercera${i}`]);
    const results = await Promise.all(lists.map((w) => staff.client.put<Schemas['WatchWords']>(words, { words: w })));
    for (const r of results) expectStatus(r, 200);
    const now = await staff.client.get<Schemas['WatchWords']>(words);
    expect(lists).toContainEqual(now.json.words);
  });
});

describe('reports and "I feel unsafe"', () => {
  let p: Pair;
  const path = (rest = '') => threadPath(staff.org.id, p.rel.id, rest);
  const reportsPath = (rest = '') => `${V1}/organisations/${staff.org.id}/safety-reports${rest}`;

  beforeAll(async () => {
    p = await pairIn('adult');
  }, SETUP_TIMEOUT);

  test('either side reports a message or a concern; the coordinator sees the report, not the thread', async () => {
    const m = await send(p.mentee.client, staff.org.id, p.rel.id, 'something rude');
    const res = await p.mentor.client.post<SafetyReport>(path('/reports'), { kind: 'message', message_id: m.id, reason: 'harassment', text: 'Please look.' });
    expectStatus(res, 201);
    expect(res.json).toMatchObject({ kind: 'message', message_id: m.id, reason: 'harassment', status: 'open', reporter_id: p.mentor.id });
    expect(JSON.stringify(res.json)).not.toContain('something rude');
    expectFieldError(await p.mentor.client.post(path('/reports'), { kind: 'concern', reason: 'because' }), 'reason');
    expectFieldError(await p.mentor.client.post(path('/reports'), { kind: 'unsafe', reason: 'unsafe' }), 'kind');
    const list = await staff.client.get<Page<SafetyReport>>(reportsPath('?limit=200'));
    expectStatus(list, 200);
    expect(list.json.items.some((r) => r.id === res.json.id)).toBe(true);
    expect(JSON.stringify(list.json)).not.toContain('something rude');
    expectProblem(await admin.client.get(reportsPath()), 403);
    expectProblem(await p.mentee.client.get(reportsPath()), 403);
    expect((await notificationsOf(staff.client)).some((n) => n.kind === 'safety_report' && n.params.report_id === res.json.id)).toBe(true);
    const done = await staff.client.post<SafetyReport>(reportsPath(`/${res.json.id}/resolve`), { note: 'Spoke to them.' });
    expectStatus(done, 200);
    expect(done.json.status).toBe('resolved');
    expectProblem(await staff.client.post(reportsPath(`/${res.json.id}/resolve`), { note: '' }), 409);
  });

  test('the mentee\'s button pauses contact at once, alerts the coordinators and is audited', async () => {
    expectProblem(await p.mentor.client.post(path('/unsafe'), {}), 403);
    const res = await p.mentee.client.post<SafetyReport>(path('/unsafe'), { text: 'I am scared.' });
    expectStatus(res, 201);
    expect(res.json).toMatchObject({ kind: 'unsafe', reason: 'unsafe', status: 'open' });
    const t = await threadOf(p.mentee.client, staff.org.id, p.rel.id);
    expect(t).toMatchObject({ relationship_status: 'paused', can_write: false, can_feel_unsafe: false });
    expectProblem(await p.mentor.client.post(path('/messages'), { body: 'hello?' }), 409, { detail: /paused/ });
    expectProblem(await p.mentee.client.post(path('/messages'), { body: 'hello?' }), 409);
    expectProblem(await p.mentor.client.post(meetingsPath(staff.org.id, p.rel.id), meetingInput(3 * 86_400_000)), 409);
    // Still readable by the pair.
    expect((await messagesOf(p.mentor.client, staff.org.id, p.rel.id)).length).toBeGreaterThan(0);
    expect((await notificationsOf(staff.client)).some((n) => n.kind === 'safety_report' && n.params.report_id === res.json.id && n.params.report_kind === 'unsafe')).toBe(true);
    expect((await notificationsOf(p.mentor.client)).some((n) => n.kind === 'match_paused' && n.params.relationship_id === p.rel.id)).toBe(true);
    const mail = await outboxFor(DEMO.lincoln.coordinator);
    expect(mail.some((m) => m.subject.includes('feel unsafe') && !m.body.includes('I am scared.'))).toBe(true);
    const audit = await admin.client.get<Page<Schemas['AuditEntry']>>(`${V1}/organisations/${staff.org.id}/audit?limit=200`);
    const entry = audit.json.items.find((e) => e.action === 'relationship.unsafe_reported' && e.params.report_id === res.json.id);
    expect(entry).toBeDefined();
    expect(JSON.stringify(audit.json)).not.toContain('I am scared.');
    // Only a coordinator resumes; then the pair write again.
    expectProblem(await p.mentee.client.post(threadPath(staff.org.id, p.rel.id, '/resume')), 403);
    expectStatus(await staff.client.post(threadPath(staff.org.id, p.rel.id, '/resume')), 200);
    await send(p.mentor.client, staff.org.id, p.rel.id, 'Back again.');
  });
});
