// Organisations: listing, creation (platform admin), members and roles, taxonomy, tenancy.

import { Client, V1 } from './client';
import { expectFieldError, expectProblem, expectStatus, isUtcTimestamp, listAll, short } from './helpers';
import { orgBySlug, orgPath } from './fixtures/organisations';
import { createUser, invite } from './fixtures/people';
import { programByName } from './fixtures/programs';
import { DEMO, signIn } from './fixtures/session';
import type { Member, Organisation, Page, Schemas, TaxonomyTerm } from './schema';

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

describe('listing and reading organisations', () => {
  test('a member lists only their own organisations', async () => {
    const res = await lincolnAdmin.get<Page<Schemas['Organisation']>>(`${V1}/organisations`);
    expectStatus(res, 200);
    expect(res.json.next_cursor).toBeNull();
    expect(res.json.items.map((o: Organisation) => o.slug)).toEqual([DEMO.lincoln.slug]);
    const o = res.json.items[0];
    expect(o).toMatchObject({ name: DEMO.lincoln.name, slug: DEMO.lincoln.slug, kind: 'school' });
    expect(o.id).toBeTypeOf('string');
    expect(isUtcTimestamp(o.created_at)).toBe(true);
  });

  test('the platform admin lists all organisations', async () => {
    const admin = await signIn(DEMO.platformAdmin);
    const orgs = await listAll<Organisation>(admin, `${V1}/organisations`);
    const bySlug = new Map(orgs.map((o: Organisation) => [o.slug, o]));
    expect(bySlug.get(DEMO.lincoln.slug)).toMatchObject({ name: DEMO.lincoln.name, kind: 'school' });
    expect(bySlug.get(DEMO.northwind.slug)).toMatchObject({ name: DEMO.northwind.name, kind: 'company' });
    expect(bySlug.get(DEMO.alumni.slug)).toMatchObject({ name: DEMO.alumni.name, kind: 'alumni' });
  });

  test('GET one organisation by id', async () => {
    const res = await lincolnAdmin.get<Schemas['Organisation']>(orgPath(lincoln.id));
    expectStatus(res, 200);
    expect(res.json).toEqual(lincoln);
  });

  test('a person in two organisations sees both', async () => {
    const user = await createUser({ orgSlug: DEMO.northwind.slug, roles: ['mentor'] });
    const inv = await invite(lincolnAdmin, lincoln.id, { email: user.email, roles: ['mentor'] });
    expectStatus(await user.client.post<Schemas['SessionInfo']>(`${V1}/invitations/${encodeURIComponent(inv.token)}/accept`, {}), 200);
    const res = await user.client.get<Page<Schemas['Organisation']>>(`${V1}/organisations`);
    expectStatus(res, 200);
    expect(res.json.items.map((o: Organisation) => o.slug).sort()).toEqual([DEMO.lincoln.slug, DEMO.northwind.slug].sort());
  });

  test('signed out, organisations are a 401', async () => {
    expectProblem(await new Client().get<Page<Schemas['Organisation']>>(`${V1}/organisations`), 401);
  });
});

describe('creating organisations', () => {
  test('the platform admin creates one and appoints its first admin, without joining it', async () => {
    const admin = await signIn(DEMO.platformAdmin);
    const slug = `apitest-${short()}`;
    const res = await admin.post<Schemas['CreatedOrganisation']>(`${V1}/organisations`, {
      name: `API Test Org ${slug}`,
      slug,
      kind: 'nonprofit',
      admin_email: DEMO.northwind.admin,
    });
    expectStatus(res, 201);
    expect(res.json).toMatchObject({ name: `API Test Org ${slug}`, slug, kind: 'nonprofit' });
    expect(res.json.first_admin).toEqual({ email: DEMO.northwind.admin, status: 'appointed' });
    expect(res.json.id).toBeTypeOf('string');
    expect(isUtcTimestamp(res.json.created_at)).toBe(true);

    const me = await admin.get<Schemas['Me']>(`${V1}/me`);
    expect(me.json.memberships.find((x) => x.organisation_id === res.json.id)).toBeUndefined();
    expectStatus(await admin.get<Schemas['Organisation']>(orgPath(res.json.id)), 200);
    expectProblem(await admin.get<Page<Schemas['Member']>>(orgPath(res.json.id, '/members')), 403);

    const members = await northwindAdmin.get<Page<Schemas['Member']>>(orgPath(res.json.id, '/members'));
    expectStatus(members, 200);
    expect(members.json.items.map((x) => x.email)).toEqual([DEMO.northwind.admin]);
    const m = (await northwindAdmin.get<Schemas['Me']>(`${V1}/me`)).json.memberships.find((x) => x.organisation_id === res.json.id)!;
    expect(m.roles).toContain('org_admin');
    expect(m.organisation_kind).toBe('nonprofit');
  });

  test('a duplicate slug is a 409', async () => {
    const admin = await signIn(DEMO.platformAdmin);
    const res = await admin.post<Schemas['CreatedOrganisation']>(`${V1}/organisations`, { name: 'Another Lincoln', slug: DEMO.lincoln.slug, kind: 'school', admin_email: 'x@example.org' });
    expectProblem(res, 409);
    const list = await listAll<Organisation>(admin, `${V1}/organisations`);
    expect(list.filter((o: Organisation) => o.slug === DEMO.lincoln.slug)).toHaveLength(1);
  });

  test('an invalid kind or slug is a 400 naming the field', async () => {
    const admin = await signIn(DEMO.platformAdmin);
    expectFieldError(
      await admin.post<Schemas['CreatedOrganisation']>(`${V1}/organisations`, { name: 'Bad Kind', slug: `apitest-${short()}`, kind: 'club', admin_email: 'x@example.org' }),
      'kind',
    );
    expectFieldError(
      await admin.post<Schemas['CreatedOrganisation']>(`${V1}/organisations`, { name: 'Bad Slug', slug: 'Not A Slug!', kind: 'school', admin_email: 'x@example.org' }),
      'slug',
    );
    expectFieldError(await admin.post<Schemas['CreatedOrganisation']>(`${V1}/organisations`, { name: '', slug: `apitest-${short()}`, kind: 'school', admin_email: 'x@example.org' }), 'name');
  });

  test('an org admin who is not platform admin cannot create organisations', async () => {
    const slug = `apitest-${short()}`;
    expectProblem(await lincolnAdmin.post<Schemas['CreatedOrganisation']>(`${V1}/organisations`, { name: 'Nope', slug, kind: 'school', admin_email: 'x@example.org' }), 403);
    const admin = await signIn(DEMO.platformAdmin);
    const list = await listAll<Organisation>(admin, `${V1}/organisations`);
    expect(list.map((o: Organisation) => o.slug)).not.toContain(slug);
  });
});

describe('members and roles', () => {
  test('an org admin lists members with their roles', async () => {
    const members = await listAll<Schemas['Member']>(lincolnAdmin, orgPath(lincoln.id, '/members'));
    const byEmail = new Map(members.map((m) => [m.email, m]));
    expect(byEmail.get(DEMO.lincoln.coordinator)?.roles).toEqual(['coordinator']);
    expect(byEmail.get(DEMO.lincoln.admin)?.roles).toContain('org_admin');
    expect(byEmail.get(DEMO.lincoln.student)?.roles).toEqual(['mentee']);
    const coordinator = byEmail.get(DEMO.lincoln.coordinator)!;
    expect(coordinator.person_id).toBeTypeOf('string');
    expect(coordinator.name).toBeTypeOf('string');
    // Nobody from another organisation (that is not also a member) is listed.
    expect(byEmail.has(DEMO.northwind.admin)).toBe(false);
  });

  test('a coordinator can list members too', async () => {
    const coordinator = await signIn(DEMO.lincoln.coordinator);
    const members = await listAll<Schemas['Member']>(coordinator, orgPath(lincoln.id, '/members'));
    expect(members.map((m) => m.email)).toContain(DEMO.lincoln.admin);
  });

  test('members can be filtered by text and by role', async () => {
    const user = await createUser({ orgSlug: DEMO.lincoln.slug, roles: ['mentor'], namePrefix: 'filterme' });
    const byEmail = await lincolnAdmin.get<Page<Schemas['Member']>>(orgPath(lincoln.id, `/members?q=${encodeURIComponent(user.email)}`));
    expectStatus(byEmail, 200);
    expect(byEmail.json.items.map((m) => m.email)).toEqual([user.email]);
    const byName = await lincolnAdmin.get<Page<Schemas['Member']>>(orgPath(lincoln.id, `/members?q=${encodeURIComponent(user.name)}`));
    expect(byName.json.items.map((m) => m.email)).toEqual([user.email]);

    const mentors = await listAll<Member>(lincolnAdmin, orgPath(lincoln.id, '/members?role=mentor'));
    expect(mentors.length).toBeGreaterThan(0);
    for (const m of mentors) expect(m.roles).toContain('mentor');
    expect(mentors.map((m) => m.email)).toContain(user.email);
    expect(mentors.map((m) => m.email)).not.toContain(DEMO.lincoln.coordinator);

    const none = await lincolnAdmin.get<Page<Schemas['Member']>>(orgPath(lincoln.id, `/members?q=${encodeURIComponent(`zz-${short()}`)}`));
    expect(none.json).toEqual({ items: [], next_cursor: null });
    expectFieldError(await lincolnAdmin.get<Page<Schemas['Member']>>(orgPath(lincoln.id, '/members?role=wizard')), 'role');
  });

  test('an org admin changes a member’s roles', async () => {
    const user = await createUser({ orgSlug: DEMO.lincoln.slug, roles: ['mentee'] });
    const res = await lincolnAdmin.put<Schemas['Member']>(orgPath(lincoln.id, `/members/${user.id}/roles`), { roles: ['mentor', 'coordinator'] });
    expectStatus(res, 200);
    expect(res.json.person_id).toBe(user.id);
    expect(res.json.email).toBe(user.email);
    expect([...res.json.roles].sort()).toEqual(['coordinator', 'mentor']);

    const list = await lincolnAdmin.get<Page<Schemas['Member']>>(orgPath(lincoln.id, `/members?q=${encodeURIComponent(user.email)}`));
    expect([...list.json.items[0].roles].sort()).toEqual(['coordinator', 'mentor']);
    // The member sees the change in their own session.
    const me = await user.client.get<Schemas['Me']>(`${V1}/me`);
    const m = me.json.memberships.find((x) => x.organisation_id === lincoln.id)!;
    expect([...m.roles].sort()).toEqual(['coordinator', 'mentor']);
    // ...and it takes effect: as a coordinator they may now list members.
    expectStatus(await user.client.get<Page<Schemas['Member']>>(orgPath(lincoln.id, '/members')), 200);
  });

  test('invalid roles are a 400 and change nothing', async () => {
    const user = await createUser({ orgSlug: DEMO.lincoln.slug, roles: ['mentee'] });
    expectFieldError(await lincolnAdmin.put<Schemas['Member']>(orgPath(lincoln.id, `/members/${user.id}/roles`), { roles: ['wizard'] }), 'roles');
    expectFieldError(await lincolnAdmin.put<Schemas['Member']>(orgPath(lincoln.id, `/members/${user.id}/roles`), { roles: 'mentor' }), 'roles');
    const list = await lincolnAdmin.get<Page<Schemas['Member']>>(orgPath(lincoln.id, `/members?q=${encodeURIComponent(user.email)}`));
    expect(list.json.items[0].roles).toEqual(['mentee']);
  });

  test('an admin cannot remove their own org_admin role', async () => {
    const admin = await createUser({ orgSlug: DEMO.lincoln.slug, roles: ['org_admin'], namePrefix: 'selfadmin' });
    const res = await admin.client.put<Schemas['Member']>(orgPath(lincoln.id, `/members/${admin.id}/roles`), { roles: ['coordinator'] });
    // They may change roles (403 would deny that) and the body is valid (400): the change
    // conflicts with the organisation's state, in which they are an administrator.
    expectProblem(res, 409, { type: 'failed-precondition', detail: /cannot remove your own administrator role/ });
    const list = await lincolnAdmin.get<Page<Schemas['Member']>>(orgPath(lincoln.id, `/members?q=${encodeURIComponent(admin.email)}`));
    expect(list.json.items[0].roles).toContain('org_admin');
    // Adding a role to oneself while keeping org_admin is fine.
    const add = await admin.client.put<Schemas['Member']>(orgPath(lincoln.id, `/members/${admin.id}/roles`), { roles: ['org_admin', 'mentor'] });
    expectStatus(add, 200);
    expect([...add.json.roles].sort()).toEqual(['mentor', 'org_admin']);
  });

  test('a coordinator cannot change roles', async () => {
    const coordinator = await signIn(DEMO.lincoln.coordinator);
    const user = await createUser({ orgSlug: DEMO.lincoln.slug, roles: ['mentee'] });
    expectProblem(await coordinator.put<Schemas['Member']>(orgPath(lincoln.id, `/members/${user.id}/roles`), { roles: ['org_admin'] }), 403);
    const list = await lincolnAdmin.get<Page<Schemas['Member']>>(orgPath(lincoln.id, `/members?q=${encodeURIComponent(user.email)}`));
    expect(list.json.items[0].roles).toEqual(['mentee']);
  });

  test('a mentee gets 403 on members and roles', async () => {
    const mentee = await createUser({ orgSlug: DEMO.lincoln.slug, roles: ['mentee'] });
    expectProblem(await mentee.client.get<Page<Schemas['Member']>>(orgPath(lincoln.id, '/members')), 403);
    expectProblem(await mentee.client.put<Schemas['Member']>(orgPath(lincoln.id, `/members/${mentee.id}/roles`), { roles: ['org_admin'] }), 403);
    const me = await mentee.client.get<Schemas['Me']>(`${V1}/me`);
    expect(me.json.memberships[0].roles).toEqual(['mentee']);
  });

  test('a person of another organisation cannot be given roles here', async () => {
    const outsider = await createUser({ orgSlug: DEMO.northwind.slug, roles: ['mentor'] });
    expectProblem(await lincolnAdmin.put<Schemas['Member']>(orgPath(lincoln.id, `/members/${outsider.id}/roles`), { roles: ['mentor'] }), 404);
    const me = await outsider.client.get<Schemas['Me']>(`${V1}/me`);
    expect(me.json.memberships.map((m) => m.organisation_id)).not.toContain(lincoln.id);
  });
});

describe('taxonomy', () => {
  test('any member lists terms, filtered by kind', async () => {
    const mentee = await signIn(DEMO.lincoln.student);
    const all = await listAll<TaxonomyTerm>(mentee, orgPath(lincoln.id, '/taxonomy'));
    const skills = await listAll<TaxonomyTerm>(mentee, orgPath(lincoln.id, '/taxonomy?kind=skill'));
    for (const t of skills) {
      expect(t.kind).toBe('skill');
      expect(t.id).toBeTypeOf('string');
      expect(t.label).toBeTypeOf('string');
    }
    const interests = await listAll<TaxonomyTerm>(mentee, orgPath(lincoln.id, '/taxonomy?kind=interest'));
    for (const t of interests) expect(t.kind).toBe('interest');
    expect(all.length).toBe(skills.length + interests.length);
    expectFieldError(await mentee.get<Page<Schemas['TaxonomyTerm']>>(orgPath(lincoln.id, '/taxonomy?kind=colour')), 'kind');
  });

  test('an org admin adds and deletes a term', async () => {
    const label = `Skill ${short()}`;
    const add = await lincolnAdmin.post<Schemas['TaxonomyTerm']>(orgPath(lincoln.id, '/taxonomy'), { kind: 'skill', label });
    expectStatus(add, 201);
    expect(add.json).toMatchObject({ kind: 'skill', label });
    expect(add.json.id).toBeTypeOf('string');

    const mentee = await signIn(DEMO.lincoln.student);
    const listed = await listAll<Schemas['TaxonomyTerm']>(mentee, orgPath(lincoln.id, '/taxonomy?kind=skill'));
    expect(listed.map((t) => t.label)).toContain(label);
    const asInterest = await listAll<Schemas['TaxonomyTerm']>(mentee, orgPath(lincoln.id, '/taxonomy?kind=interest'));
    expect(asInterest.map((t) => t.label)).not.toContain(label);
    // Terms are per organisation.
    const elsewhere = await listAll<Schemas['TaxonomyTerm']>(northwindAdmin, orgPath(northwind.id, '/taxonomy'));
    expect(elsewhere.map((t) => t.label)).not.toContain(label);

    expectStatus(await lincolnAdmin.del(orgPath(lincoln.id, `/taxonomy/${add.json.id}`)), 204);
    const after = await listAll<Schemas['TaxonomyTerm']>(mentee, orgPath(lincoln.id, '/taxonomy?kind=skill'));
    expect(after.map((t) => t.id)).not.toContain(add.json.id);
    expectProblem(await lincolnAdmin.del(orgPath(lincoln.id, `/taxonomy/${add.json.id}`)), 404);
  });

  test('bad terms are a 400 naming the field', async () => {
    expectFieldError(await lincolnAdmin.post<Schemas['TaxonomyTerm']>(orgPath(lincoln.id, '/taxonomy'), { kind: 'colour', label: 'Teal' }), 'kind');
    expectFieldError(await lincolnAdmin.post<Schemas['TaxonomyTerm']>(orgPath(lincoln.id, '/taxonomy'), { kind: 'skill', label: '' }), 'label');
    expectFieldError(await lincolnAdmin.post<Schemas['TaxonomyTerm']>(orgPath(lincoln.id, '/taxonomy'), { kind: 'skill' }), 'label');
  });

  test('coordinators and mentees cannot add or delete terms', async () => {
    const label = `Skill ${short()}`;
    const add = await lincolnAdmin.post<Schemas['TaxonomyTerm']>(orgPath(lincoln.id, '/taxonomy'), { kind: 'interest', label });
    expectStatus(add, 201);
    for (const email of [DEMO.lincoln.coordinator, DEMO.lincoln.student]) {
      const c = await signIn(email);
      expectProblem(await c.post<Schemas['TaxonomyTerm']>(orgPath(lincoln.id, '/taxonomy'), { kind: 'skill', label: `Nope ${short()}` }), 403);
      expectProblem(await c.del(orgPath(lincoln.id, `/taxonomy/${add.json.id}`)), 403);
    }
    const list = await listAll<Schemas['TaxonomyTerm']>(lincolnAdmin, orgPath(lincoln.id, '/taxonomy?kind=interest'));
    expect(list.map((t) => t.id)).toContain(add.json.id);
  });

  test("another organisation's admin cannot delete this organisation's term", async () => {
    const add = await lincolnAdmin.post<Schemas['TaxonomyTerm']>(orgPath(lincoln.id, '/taxonomy'), { kind: 'skill', label: `Skill ${short()}` });
    expectStatus(add, 201);
    expectProblem(await northwindAdmin.del(orgPath(lincoln.id, `/taxonomy/${add.json.id}`)), 404);
    expectProblem(await northwindAdmin.del(orgPath(northwind.id, `/taxonomy/${add.json.id}`)), 404);
    const list = await listAll<Schemas['TaxonomyTerm']>(lincolnAdmin, orgPath(lincoln.id, '/taxonomy?kind=skill'));
    expect(list.map((t) => t.id)).toContain(add.json.id);
  });
});

describe('tenancy: an outsider from another organisation gets 404, never 403', () => {
  test('on every organisation resource', async () => {
    const program = await programByName(lincolnAdmin, lincoln.id, DEMO.programs.careerPathways);
    const member = (await lincolnAdmin.get<Page<Schemas['Member']>>(orgPath(lincoln.id, `/members?q=${encodeURIComponent(DEMO.lincoln.student)}`))).json.items[0];
    const paths = [
      orgPath(lincoln.id),
      orgPath(lincoln.id, '/members'),
      orgPath(lincoln.id, '/invitations'),
      orgPath(lincoln.id, '/taxonomy'),
      orgPath(lincoln.id, '/programs'),
      orgPath(lincoln.id, `/programs/${program.id}`),
      orgPath(lincoln.id, `/programs/${program.id}/enrollments`),
    ];
    for (const path of paths) {
      const res = await northwindAdmin.get(path);
      expect(res.status, `GET ${path}: ${res.text}`).toBe(404);
      expectProblem(res, 404);
    }
    expectProblem(await northwindAdmin.put<Schemas['Member']>(orgPath(lincoln.id, `/members/${member.person_id}/roles`), { roles: ['org_admin'] }), 404);
    expectProblem(await northwindAdmin.post<Schemas['TaxonomyTerm']>(orgPath(lincoln.id, '/taxonomy'), { kind: 'skill', label: `X ${short()}` }), 404);
    const after = await lincolnAdmin.get<Page<Schemas['Member']>>(orgPath(lincoln.id, `/members?q=${encodeURIComponent(DEMO.lincoln.student)}`));
    expect(after.json.items[0].roles).toEqual(['mentee']);
  });

  test('an unknown organisation id is a 404 as well', async () => {
    expectProblem(await lincolnAdmin.get<Schemas['Organisation']>(orgPath('999999999')), 404);
    expectProblem(await lincolnAdmin.get<Page<Schemas['Member']>>(orgPath('999999999', '/members')), 404);
  });
});
