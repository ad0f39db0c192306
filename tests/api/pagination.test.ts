// Every list endpoint pages the same way (issue 7, point 9): `?limit=` (1..200, default 50) and
// `?cursor=` (the previous page's `next_cursor`) answer `{items, next_cursor}`, null on the last
// page. For each list: walking it a few items at a time gives exactly the items of reading it
// whole, in the same order, without duplicates; bad limits, forged cursors and cursors of
// another list are a 400 naming the parameter; outsiders get what they got before (401, 403,
// 404), whatever page they ask for.
//
// The world is a fresh organisation F (its first admin is a new account, `owner`) with a
// coordinator, three mentees and two mentors, and five programs: P (youth, matched by rounds,
// then paused by revoking the mentors' screening), R (requests), Q (exclusions), Z, and a draft.

import { ApiResponse, Client, V1 } from './client';
import { expectFieldError, expectProblem, expectStatus, listAll, short, uniqueEmail, withPage } from './helpers';
import { orgPath } from './fixtures/organisations';
import { createUser, invite, type NewUser } from './fixtures/people';
import { profileInput } from './fixtures/profiles';
import { programInput } from './fixtures/programs';
import { DEMO, signIn } from './fixtures/session';
import type { Page, Schemas } from './schema';

/** An item of any of the lists (they differ; each list's key picks what identifies one). */
type Row = { [field: string]: unknown };

const SETUP_TIMEOUT = 240_000;
const tag = short();

let platform: Client;
let outsider: Client; // Northwind's admin: no member of F
let owner: NewUser;
let coordinator: NewUser;
let mentees: NewUser[] = [];
let mentors: NewUser[] = [];
let org: { id: string; slug: string };
const programs = {} as Record<'P' | 'R' | 'Q' | 'Z' | 'D', Schemas['Program']>;

const fPath = (rest = '') => orgPath(org.id, rest);
const programPath = (p: { id: string }, rest = '') => fPath(`/programs/${p.id}${rest}`);

async function created<T>(res: Promise<ApiResponse<T>>, status = 201): Promise<T> {
  const r = await res;
  expectStatus(r, status);
  return r.json;
}

async function putProfile(user: NewUser, mentor: boolean): Promise<void> {
  await created(
    user.client.put<Schemas['Profile']>(
      `${V1}/me/profile`,
      profileInput({ name: user.name, mentor: { capacity: mentor ? 3 : 0, accepts_external_mentees: true } }),
    ),
    200,
  );
}

async function apply(user: NewUser, program: { id: string }, role: 'mentor' | 'mentee'): Promise<void> {
  await created(user.client.post(programPath(program, '/applications'), { role, message: '' }));
}

async function enrollmentId(program: { id: string }, user: NewUser, role: 'mentor' | 'mentee'): Promise<string> {
  const res = await coordinator.client.get<Page<Schemas['Enrollment']>>(
    programPath(program, `/enrollments?role=${role}&q=${encodeURIComponent(user.email)}`),
  );
  expectStatus(res, 200);
  return res.json.items[0].id;
}

beforeAll(async () => {
  platform = await signIn(DEMO.platformAdmin);
  outsider = await signIn(DEMO.northwind.admin);
  owner = await createUser({ orgSlug: DEMO.alumni.slug, roles: ['mentee'], namePrefix: `Pg${tag}owner` });
  const made = await created(
    platform.post<Schemas['CreatedOrganisation']>(`${V1}/organisations`, {
      name: `Paging ${tag}`,
      slug: `paging-${tag}`,
      kind: 'school',
      admin_email: owner.email,
    }),
  );
  expect(made.first_admin.status).toBe('appointed');
  org = made;

  const program = (overrides: Record<string, unknown>) =>
    created(owner.client.post<Schemas['Program']>(fPath('/programs'), programInput({ requires_approval: false, ...overrides })));
  // P and R share a name: a tie the id breaks.
  programs.P = await program({ name: `Same ${tag}`, audience: 'youth' });
  programs.R = await program({ name: `Same ${tag}` });
  programs.Q = await program({ name: `Alpha ${tag}` });
  programs.Z = await program({ name: `Zeta ${tag}` });
  programs.D = await program({ name: `Draft ${tag}`, status: 'draft' });

  const join = (roles: Array<'coordinator' | 'mentor' | 'mentee'>, role?: 'mentor' | 'mentee') =>
    createUser({
      orgSlug: org.slug,
      roles,
      inviter: owner.client,
      program_id: role ? programs.P.id : undefined,
      program_role: role,
      namePrefix: `Pg${tag}`,
    });
  coordinator = await join(['coordinator']);
  for (let i = 0; i < 3; ++i) mentees.push(await join(['mentee'], 'mentee'));
  for (let i = 0; i < 2; ++i) mentors.push(await join(['mentor'], 'mentor'));
  for (let i = 0; i < 2; ++i) await invite(owner.client, org.id, { email: uniqueEmail('pgpending'), roles: ['mentee'] });

  for (const m of mentees) await putProfile(m, false);
  for (const t of mentors) await putProfile(t, true);
  for (const p of [programs.R, programs.Q]) {
    for (const m of mentees) await apply(m, p, 'mentee');
    for (const t of mentors) await apply(t, p, 'mentor');
  }
  await apply(mentees[0], programs.Z, 'mentee');

  // P: mentors cleared, a round published, two more rounds, then the clearance revoked: every
  // match of P is paused.
  const c = coordinator.client;
  const flags = async (t: NewUser, cleared: boolean) => {
    const id = await enrollmentId(programs.P, t, 'mentor');
    await created(c.patch(programPath(programs.P, `/enrollments/${id}`), { screening_cleared: cleared, training_complete: cleared }), 200);
  };
  for (const t of mentors) await flags(t, true);
  const round = await created(c.post<Schemas['RoundView']>(programPath(programs.P, '/match-rounds'), {}));
  expect(round.proposals.length).toBe(3);
  await created(c.post(fPath(`/match-rounds/${round.id}/publish`)), 200);
  for (let i = 0; i < 2; ++i) await created(c.post(programPath(programs.P, '/match-rounds'), {}));
  for (const t of mentors) await flags(t, false);

  // R: requests (the first mentor is asked by everyone and accepts one).
  const ask = (m: NewUser, t: NewUser) =>
    created(m.client.post<Schemas['MentorRequest']>(programPath(programs.R, '/requests'), { mentor_id: t.id }));
  await ask(mentees[0], mentors[0]);
  await ask(mentees[0], mentors[1]);
  const accepted = await ask(mentees[1], mentors[0]);
  await ask(mentees[2], mentors[0]);
  await created(mentors[0].client.post(fPath(`/requests/${accepted.id}/accept`)), 200);

  // Q: every pair excluded.
  for (const m of mentees)
    for (const t of mentors)
      await created(c.post(programPath(programs.Q, '/matching/exclusions'), { mentee_id: m.id, mentor_id: t.id }));
}, SETUP_TIMEOUT);

interface List {
  name: string;
  who: () => Client;
  path: () => string;
  /** Smallest number of items the world gives this list. */
  min: number;
  /** Page sizes to walk it with (small lists: 1, 2, 3; long global ones larger). */
  limits?: number[];
  key?: (item: Row) => string;
}

const lists: List[] = [
  { name: 'getMyEnrollments', who: () => mentees[0].client, path: () => `${V1}/me/enrollments`, min: 4 },
  { name: 'listOrganisations (member)', who: () => owner.client, path: () => `${V1}/organisations`, min: 2 },
  { name: 'listOrganisations (platform admin)', who: () => platform, path: () => `${V1}/organisations`, min: 4, limits: [2, 5] },
  { name: 'listMembers', who: () => owner.client, path: () => fPath('/members'), min: 7, key: (m) => String(m.person_id) },
  { name: 'listMembers ?q', who: () => owner.client, path: () => fPath(`/members?q=pg${tag}`), min: 7, key: (m) => String(m.person_id) },
  { name: 'listMembers ?q&role', who: () => owner.client, path: () => fPath(`/members?q=Pg${tag}&role=mentee`), min: 3, key: (m) => String(m.person_id) },
  { name: 'listInvitations', who: () => owner.client, path: () => fPath('/invitations'), min: 8 },
  { name: 'listTaxonomy', who: () => mentees[0].client, path: () => fPath('/taxonomy'), min: 10, limits: [3, 7] },
  { name: 'listTaxonomy ?kind', who: () => mentees[0].client, path: () => fPath('/taxonomy?kind=interest'), min: 3 },
  { name: 'listPrograms (staff)', who: () => owner.client, path: () => fPath('/programs'), min: 5 },
  { name: 'listPrograms (member)', who: () => mentees[0].client, path: () => fPath('/programs'), min: 4 },
  { name: 'listEnrollments', who: () => coordinator.client, path: () => programPath(programs.P, '/enrollments'), min: 5 },
  { name: 'listEnrollments ?role', who: () => coordinator.client, path: () => programPath(programs.R, '/enrollments?role=mentee'), min: 3 },
  { name: 'listPausedRelationships', who: () => coordinator.client, path: () => programPath(programs.P, '/paused-relationships'), min: 3 },
  { name: 'listOutbox', who: () => platform, path: () => `${V1}/admin/outbox`, min: 10, limits: [40] },
  { name: 'listExclusions', who: () => coordinator.client, path: () => programPath(programs.Q, '/matching/exclusions'), min: 6, key: (e) => `${e.mentee_id}/${e.mentor_id}` },
  { name: 'listMatchRounds', who: () => coordinator.client, path: () => programPath(programs.P, '/match-rounds'), min: 3 },
  { name: 'listMyMentorRequests', who: () => mentees[0].client, path: () => programPath(programs.R, '/requests'), min: 2 },
  { name: 'listIncomingMentorRequests', who: () => mentors[0].client, path: () => `${V1}/me/requests`, min: 3 },
  { name: 'listMyRelationships', who: () => mentees[1].client, path: () => `${V1}/me/relationships`, min: 2 },
  { name: 'listMyNotifications', who: () => mentors[0].client, path: () => `${V1}/me/notifications`, min: 3 },
  { name: 'listAuditLog', who: () => owner.client, path: () => fPath('/audit'), min: 6 },
  { name: 'listPlatformAudit', who: () => platform, path: () => `${V1}/admin/audit`, min: 2, limits: [1, 30] },
];

const keyOf = (list: List) => list.key ?? ((x: Row) => String(x.id));

/**
 * The list `limit` items at a time, from its start or from `cursor`; checks the shape of every
 * page on the way.
 */
async function walk(client: Client, path: string, limit: number, from: string | null = null): Promise<Row[]> {
  const out: Row[] = [];
  let cursor: string | null = from;
  for (let n = 0; n < 500; ++n) {
    const res: ApiResponse<Page<Row>> = await client.get<Page<Row>>(withPage(path, limit, cursor));
    expectStatus(res, 200);
    expect(Object.keys(res.json).filter((k) => k !== 'mode').sort()).toEqual(['items', 'next_cursor']);
    expect(res.json.items.length).toBeLessThanOrEqual(limit);
    out.push(...res.json.items);
    cursor = res.json.next_cursor;
    if (cursor === null) return out;
    expect(typeof cursor).toBe('string');
    expect(res.json.items.length, 'only the last page is short').toBe(limit);
  }
  throw new Error(`${path}: no last page`);
}

/** A next_cursor of `list` (it must hold more than one item). */
async function cursorOf(list: List): Promise<string> {
  const res = await list.who().get<Page<Row>>(withPage(list.path(), 1));
  expectStatus(res, 200);
  expect(res.json.next_cursor).toBeTypeOf('string');
  return res.json.next_cursor as string;
}

describe('every list pages', () => {
  for (const list of lists) test(`${list.name}: the pages are the whole list`, async () => {
    const client = list.who();
    const key = keyOf(list);
    const whole = (await listAll<Row>(client, list.path())).map(key);
    expect(whole.length).toBeGreaterThanOrEqual(list.min);
    expect(new Set(whole).size, 'no duplicates').toBe(whole.length);
    for (const limit of list.limits ?? [1, 2, 3]) {
      expect((await walk(client, list.path(), limit)).map(key), `pages of ${limit}`).toEqual(whole);
    }
    // The default page is the first 50.
    const first = await client.get<Page<Row>>(list.path());
    expectStatus(first, 200);
    expect(first.json.items.map(key)).toEqual(whole.slice(0, 50));
    expect(first.json.next_cursor === null).toBe(whole.length <= 50);
  });

  test('a filter holds on every page', async () => {
    const paged = await walk(owner.client, fPath(`/members?q=Pg${tag}&role=mentor`), 1);
    expect(paged.map((m) => m.person_id).sort()).toEqual(mentors.map((t) => t.id).sort());
    const skills = await walk(mentees[0].client, fPath('/taxonomy?kind=skill'), 2);
    for (const t of skills) expect(t.kind).toBe('skill');
    const memberView = await walk(mentees[0].client, fPath('/programs'), 1);
    expect(memberView.map((p) => p.id)).not.toContain(programs.D.id);
  });

  test('ties on the sort key are broken by id, the same way on every page', async () => {
    // P and R have one name.
    const same = (await walk(owner.client, fPath('/programs'), 1)).filter((p) => p.name === `Same ${tag}`);
    expect(same.map((p) => p.id)).toEqual([programs.P.id, programs.R.id].sort());
  });

  test('a row added between two pages is neither repeated nor skipped', async () => {
    const path = fPath('/invitations');
    const first = await owner.client.get<Page<Row>>(withPage(path, 2));
    expectStatus(first, 200);
    const added = await invite(owner.client, org.id, { email: uniqueEmail('pgbetween'), roles: ['mentee'] });
    const rest = await walk(owner.client, path, 2, first.json.next_cursor);
    const seen = [...first.json.items, ...rest].map((i) => i.id);
    expect(seen).not.toContain(added.id); // newest first: it sorts before the cursor
    expect(new Set(seen).size).toBe(seen.length);
    const now = (await listAll<Row>(owner.client, path)).map((i) => i.id);
    expect(now[0]).toBe(added.id);
    expect(seen).toEqual(now.slice(1));
  });
});

describe('bad pages are a 400 naming the parameter', () => {
  for (const list of lists) test(list.name, async () => {
    const client = list.who();
    for (const limit of ['0', '201', 'abc', '-1', '1.5', '1e2', '9999999999']) {
      expectFieldError(await client.get(`${list.path()}${list.path().includes('?') ? '&' : '?'}limit=${limit}`), 'limit');
    }
    expectFieldError(await client.get(withPage(list.path(), 2, 'forged')), 'cursor');
    expectFieldError(await client.get(withPage(list.path(), 2, `${await cursorOf(list)}x`)), 'cursor');
    // A cursor of another list, even one sorted the same way, is refused.
    const other = list.name.startsWith('listInvitations') ? lists.find((l) => l.name === 'listAuditLog')! : lists.find((l) => l.name === 'listInvitations')!;
    expectFieldError(await client.get(withPage(list.path(), 2, await cursorOf(other))), 'cursor');
  });

  test('limits at the edges are fine', async () => {
    for (const limit of [1, 200]) expectStatus(await owner.client.get(withPage(fPath('/members'), limit)), 200);
  });
});

describe('paging gives outsiders nothing more than before', () => {
  test('another organisation gets 404 whatever the page, members without the role 403', async () => {
    const scoped = lists.filter((l) => l.path().startsWith(fPath()) && !l.name.startsWith('listTaxonomy') && !l.name.startsWith('listPrograms'));
    for (const list of scoped) {
      const cursor = await cursorOf(list);
      for (const page of [withPage(list.path(), 2, cursor), withPage(list.path(), 0), withPage(list.path(), 2, 'forged')]) {
        expectProblem(await outsider.get(page), 404);
      }
    }
    // A mentee of F reads neither members, invitations, enrollments, matching nor the audit log.
    for (const name of ['listMembers', 'listInvitations', 'listEnrollments', 'listPausedRelationships', 'listExclusions', 'listMatchRounds', 'listAuditLog']) {
      const list = lists.find((l) => l.name === name)!;
      for (const page of [withPage(list.path(), 2, await cursorOf(list)), withPage(list.path(), 0)]) {
        expectProblem(await mentees[1].client.get(page), 403);
      }
    }
    // Taxonomy and programs are F's own too.
    for (const path of [fPath('/taxonomy'), fPath('/programs')]) expectProblem(await outsider.get(withPage(path, 0)), 404);
  });

  test('the platform lists stay the platform admin\'s, and /me lists need a session', async () => {
    for (const path of [`${V1}/admin/outbox`, `${V1}/admin/audit`]) {
      expectProblem(await owner.client.get(withPage(path, 2)), 403);
      expectProblem(await owner.client.get(withPage(path, 0)), 403);
      expectProblem(await new Client().get(withPage(path, 0)), 401);
    }
    for (const rest of ['/me/enrollments', '/organisations', '/me/requests', '/me/relationships', '/me/notifications']) {
      expectProblem(await new Client().get(withPage(`${V1}${rest}`, 2)), 401);
      expectProblem(await new Client().get(withPage(`${V1}${rest}`, 0)), 401);
    }
  });

  test('a cursor only positions: another person\'s cursor of a /me list shows nothing of theirs', async () => {
    const mine = lists.find((l) => l.name === 'listMyNotifications')!;
    const theirs = await cursorOf(mine); // mentors[0]'s
    const res = await mentees[2].client.get<Page<Row>>(withPage(`${V1}/me/notifications`, 200, theirs));
    expectStatus(res, 200);
    const own = (await listAll<Row>(mentees[2].client, `${V1}/me/notifications`)).map((n) => n.id);
    for (const n of res.json.items) expect(own).toContain(n.id);
  });
});
