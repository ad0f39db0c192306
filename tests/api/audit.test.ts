// The organisation audit log: what it records (role changes, screening and training flags,
// the platform admin's creation of the organisation), who may read it (that organisation's
// admins only), and its keyset paging.

import { Client, V1 } from './client';
import { expectFieldError, expectProblem, expectStatus, isUtcTimestamp, listAll, short } from './helpers';
import { orgBySlug, orgPath } from './fixtures/organisations';
import { createUser } from './fixtures/people';
import { programByName } from './fixtures/programs';
import { DEMO, signIn } from './fixtures/session';
import type { AuditEntry, Enrollment, Organisation, Page, Schemas } from './schema';

let lincolnAdmin: Client;
let lincoln: Organisation;
let northwindAdmin: Client;
let northwind: Organisation;

beforeAll(async () => {
  lincolnAdmin = await signIn(DEMO.lincoln.admin);
  lincoln = await orgBySlug(lincolnAdmin, DEMO.lincoln.slug);
  northwindAdmin = await signIn(DEMO.northwind.admin);
  northwind = await orgBySlug(northwindAdmin, DEMO.northwind.slug);
});

async function auditItems(client: Client, orgId: string, query = ''): Promise<AuditEntry[]> {
  const res = await client.get<Page<AuditEntry>>(orgPath(orgId, `/audit${query}`));
  expectStatus(res, 200);
  expect(Object.keys(res.json).sort()).toEqual(['items', 'next_cursor']);
  return res.json.items;
}

describe('what the log records', () => {
  test('a role change, with who, whom and the roles before and after', async () => {
    const user = await createUser({ orgSlug: DEMO.lincoln.slug, roles: ['mentor'], namePrefix: 'audited' });
    expectStatus(await lincolnAdmin.put<Schemas['Member']>(orgPath(lincoln.id, `/members/${user.id}/roles`), { roles: ['mentor', 'coordinator'] }), 200);
    const items = await auditItems(lincolnAdmin, lincoln.id);
    const entry = items.find((e) => e.action === 'member.roles_changed' && e.subject?.person_id === user.id);
    if (!entry) throw new Error('no member.roles_changed entry for the user');
    expect(entry.organisation_id).toBe(lincoln.id);
    expect(entry.subject?.name).toBe(user.name);
    expect(entry.actor?.name).toBeTypeOf('string');
    expect(entry.params).toEqual({ from: 'mentor', to: 'coordinator,mentor' });
    expect(isUtcTimestamp(entry.created_at)).toBe(true);
  });

  test('screening and training flag changes on a mentor enrollment', async () => {
    const coordinator = await signIn(DEMO.lincoln.coordinator);
    const program = await programByName(coordinator, lincoln.id, DEMO.programs.careerPathways);
    const mentor = await createUser({
      orgSlug: DEMO.lincoln.slug,
      roles: [],
      program_id: program.id,
      program_role: 'mentor',
      namePrefix: 'screened',
    });
    const list = await listAll<Enrollment>(coordinator, orgPath(lincoln.id, `/programs/${program.id}/enrollments?role=mentor`));
    const enrollment = list.find((e) => e.person_id === mentor.id);
    if (!enrollment) throw new Error('no mentor enrollment');
    const path = orgPath(lincoln.id, `/programs/${program.id}/enrollments/${enrollment.id}`);
    expectStatus(await coordinator.patch(path, { screening_cleared: true, training_complete: true }), 200);
    expectStatus(await coordinator.patch(path, { screening_cleared: false }), 200);

    const mine = (await auditItems(lincolnAdmin, lincoln.id, '?limit=200')).filter((e) => e.subject?.person_id === mentor.id);
    const screening = mine.filter((e) => e.action === 'enrollment.screening_changed');
    expect(screening.map((e) => [e.params.from, e.params.to]).sort()).toEqual([
      ['false', 'true'],
      ['true', 'false'],
    ]);
    for (const e of screening) {
      expect(e.params).toMatchObject({ enrollment_id: enrollment.id, program_id: program.id, program_name: program.name });
    }
    expect(mine.filter((e) => e.action === 'enrollment.training_changed')).toHaveLength(1);
  });

  test("the organisation's creation by the platform admin", async () => {
    const platform = await signIn(DEMO.platformAdmin);
    const slug = `audit-${short()}`;
    const res = await platform.post<Schemas['CreatedOrganisation']>(`${V1}/organisations`, { name: `Audit ${slug}`, slug, kind: 'alumni', admin_email: DEMO.northwind.admin });
    expectStatus(res, 201);
    const items = await auditItems(northwindAdmin, res.json.id);
    expect(items.map((e) => e.action).sort()).toEqual(['organisation.created', 'organisation.first_admin_appointed']);
    const created = items.find((e) => e.action === 'organisation.created');
    if (!created) throw new Error('no organisation.created entry');
    expect(created.params).toEqual({ name: `Audit ${slug}`, slug, kind: 'alumni' });
    expect(created.actor).not.toBeNull();
  });
});

describe('who may read it', () => {
  test("an admin of another organisation gets 404, a coordinator 403, signed out 401", async () => {
    expectProblem(await northwindAdmin.get<Page<Schemas['AuditEntry']>>(orgPath(lincoln.id, '/audit')), 404);
    expectProblem(await lincolnAdmin.get<Page<Schemas['AuditEntry']>>(orgPath(northwind.id, '/audit')), 404);
    const coordinator = await signIn(DEMO.lincoln.coordinator);
    expectProblem(await coordinator.get<Page<Schemas['AuditEntry']>>(orgPath(lincoln.id, '/audit')), 403);
    const student = await signIn(DEMO.lincoln.student);
    expectProblem(await student.get<Page<Schemas['AuditEntry']>>(orgPath(lincoln.id, '/audit')), 403);
    expectProblem(await new Client().get<Page<Schemas['AuditEntry']>>(orgPath(lincoln.id, '/audit')), 401);
    expectProblem(await lincolnAdmin.get<Page<Schemas['AuditEntry']>>(orgPath('0123456789abcdef0123456789abcdef', '/audit')), 404);
  });

  test('the platform admin does not read an organisation log', async () => {
    const platform = await signIn(DEMO.platformAdmin);
    expectProblem(await platform.get<Page<Schemas['AuditEntry']>>(orgPath(lincoln.id, '/audit')), 403);
  });
});

describe('paging', () => {
  test('pages are newest first, disjoint, and end with a null cursor', async () => {
    const user = await createUser({ orgSlug: DEMO.northwind.slug, roles: ['mentee'], namePrefix: 'paged' });
    for (const roles of [['mentor'], ['mentee'], ['mentor', 'mentee']]) {
      expectStatus(await northwindAdmin.put<Schemas['Member']>(orgPath(northwind.id, `/members/${user.id}/roles`), { roles }), 200);
    }
    const all = await auditItems(northwindAdmin, northwind.id, '?limit=200');
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let i = 0; i < 500; i++) {
      const q: string = `?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const res = await northwindAdmin.get<Page<AuditEntry>>(orgPath(northwind.id, `/audit${q}`));
      expectStatus(res, 200);
      expect(res.json.items.length).toBeLessThanOrEqual(2);
      seen.push(...res.json.items.map((e) => e.id));
      cursor = res.json.next_cursor;
      if (cursor === null || seen.length >= all.length) break;
    }
    expect(seen.slice(0, Math.min(all.length, seen.length))).toEqual(all.map((e) => e.id).slice(0, seen.length));
    const times = all.map((e) => Date.parse(e.created_at));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    const mine = all.filter((e) => e.subject?.person_id === user.id && e.action === 'member.roles_changed');
    expect(mine.map((e) => e.params.to)).toEqual(['mentor,mentee', 'mentee', 'mentor']);
  });

  test('bad limits and cursors are 400 naming the parameter', async () => {
    for (const limit of ['0', '201', '-1', 'ten', '1.5']) {
      expectFieldError(await lincolnAdmin.get<Page<Schemas['AuditEntry']>>(orgPath(lincoln.id, `/audit?limit=${limit}`)), 'limit');
    }
    expectFieldError(await lincolnAdmin.get<Page<Schemas['AuditEntry']>>(orgPath(lincoln.id, '/audit?cursor=forged')), 'cursor');
    expect((await auditItems(lincolnAdmin, lincoln.id, '?limit=200')).length).toBeLessThanOrEqual(200);
  });
});
