// The platform administrator runs the platform, not its organisations: they create an
// organisation and appoint its first admin, see its name and the programs any member sees, and
// get nothing of an organisation's members, invitations or mentoring data unless they are a
// member themselves.

import { Client, V1 } from './client';
import { expectFieldError, expectProblem, expectStatus, listAll, short, uniqueEmail, uniquePassword } from './helpers';
import { orgBySlug, orgPath } from './fixtures/organisations';
import { inviteToken, outboxFor } from './fixtures/people';
import { programByName, programInput } from './fixtures/programs';
import { anonymous, DEMO, signIn } from './fixtures/session';
import type { Organisation, Page, Schemas } from './schema';

let admin: Client;
let lincolnAdmin: Client;
let lincoln: Organisation;

beforeAll(async () => {
  admin = await signIn(DEMO.platformAdmin);
  lincolnAdmin = await signIn(DEMO.lincoln.admin);
  lincoln = await orgBySlug(lincolnAdmin, DEMO.lincoln.slug);
});

describe('creating an organisation', () => {
  test('the first admin receives an org_admin invitation and the creator is not a member', async () => {
    const slug = `padm-${short()}`;
    const email = uniqueEmail('first-admin');
    const res = await admin.post<Schemas['CreatedOrganisation']>(`${V1}/organisations`, { name: `Org ${slug}`, slug, kind: 'nonprofit', admin_email: email });
    expectStatus(res, 201);
    expect(res.json).toMatchObject({ name: `Org ${slug}`, slug, kind: 'nonprofit', first_admin: { email, status: 'invited' } });
    // No link or token in the answer: it belongs in the invitee's mailbox only.
    expect(res.text).not.toMatch(/\/invite\//);
    const orgId = res.json.id;

    const me = await admin.get<Schemas['Me']>(`${V1}/me`);
    expect(me.json.memberships.find((m) => m.organisation_id === orgId)).toBeUndefined();

    const mail = await outboxFor(email);
    expect(mail).toHaveLength(1);
    const token = inviteToken(mail[0].body);
    const invitee = await anonymous();
    const preview = await invitee.get<Schemas['InvitationPreview']>(`${V1}/invitations/${encodeURIComponent(token)}`);
    expectStatus(preview, 200);
    const accepted = await invitee.post<Schemas['SessionInfo']>(`${V1}/invitations/${encodeURIComponent(token)}/accept`, {
      name: 'First Admin',
      password: uniquePassword(),
    });
    expectStatus(accepted, 200);
    const members = await invitee.get<Page<Schemas['Member']>>(orgPath(orgId, '/members'));
    expectStatus(members, 200);
    expect(members.json.items.map((m) => [m.email, m.roles])).toEqual([[email, ['org_admin']]]);
  });

  test('an existing account is appointed at once', async () => {
    const slug = `padm-${short()}`;
    const res = await admin.post<Schemas['CreatedOrganisation']>(`${V1}/organisations`, {
      name: `Org ${slug}`,
      slug,
      kind: 'school',
      admin_email: DEMO.alumni.admin.toUpperCase(),
    });
    expectStatus(res, 201);
    expect(res.json.first_admin).toEqual({ email: DEMO.alumni.admin, status: 'appointed' });
    const alumniAdmin = await signIn(DEMO.alumni.admin);
    const me = await alumniAdmin.get<Schemas['Me']>(`${V1}/me`);
    const m = me.json.memberships.find((x) => x.organisation_id === res.json.id);
    expect(m?.roles).toEqual(['org_admin']);
  });

  test('the first admin email is required and checked; nothing is created on error', async () => {
    const slug = `padm-${short()}`;
    expectFieldError(await admin.post<Schemas['CreatedOrganisation']>(`${V1}/organisations`, { name: 'X', slug, kind: 'school' }), 'admin_email');
    expectFieldError(
      await admin.post<Schemas['CreatedOrganisation']>(`${V1}/organisations`, { name: 'X', slug, kind: 'school', admin_email: 'not-an-email' }),
      'admin_email',
    );
    const list = await listAll<Organisation>(admin, `${V1}/organisations`);
    expect(list.map((o: Organisation) => o.slug)).not.toContain(slug);
  });

  test('only the platform admin creates organisations', async () => {
    const body = { name: 'Nope', slug: `padm-${short()}`, kind: 'school', admin_email: uniqueEmail('x') };
    expectProblem(await lincolnAdmin.post<Schemas['CreatedOrganisation']>(`${V1}/organisations`, body), 403);
    expectProblem(await new Client().post<Schemas['CreatedOrganisation']>(`${V1}/organisations`, body), 401);
  });
});

describe('the platform admin in an organisation they do not belong to', () => {
  test('sees its name only', async () => {
    const res = await admin.get<Schemas['Organisation']>(orgPath(lincoln.id));
    expectStatus(res, 200);
    expect(res.json.name).toBe(DEMO.lincoln.name);
  });

  test('gets no members, emails, invitations, taxonomy or audit log', async () => {
    for (const path of ['/members', '/invitations', '/taxonomy', '/audit']) {
      const res = await admin.get(orgPath(lincoln.id, path));
      // The platform admin knows the organisation exists (they see its name): 403, not 404
      // (domain/policy.cc: a non-member platform admin is forbidden, an outsider hidden).
      expectProblem(res, 403, { type: 'permission-denied' });
      expect(res.text).not.toContain(DEMO.lincoln.coordinator);
      expect(res.text).not.toMatch(/\/invite\//);
    }
  });

  test('cannot invite, change roles or revoke: no way into an account', async () => {
    expectProblem(
      await admin.post<Schemas['Invitation']>(orgPath(lincoln.id, '/invitations'), { email: DEMO.platformAdmin, roles: ['org_admin'] }),
      403,
      { type: 'permission-denied', detail: /invite administrators or coordinators/ },
    );
    expectProblem(
      await admin.post<Schemas['Invitation']>(orgPath(lincoln.id, '/invitations'), { email: DEMO.lincoln.coordinator, roles: ['mentor'] }),
      403,
      { type: 'permission-denied', detail: /invite administrators or coordinators/ },
    );
    const me = await admin.get<Schemas['Me']>(`${V1}/me`);
    expectProblem(
      await admin.put<Schemas['Member']>(orgPath(lincoln.id, `/members/${me.json.id}/roles`), { roles: ['org_admin'] }),
      403,
      { type: 'permission-denied', detail: /change member roles/ },
    );
    const mine = await admin.get<Schemas['Me']>(`${V1}/me`);
    expect(mine.json.memberships.find((m) => m.organisation_id === lincoln.id)).toBeUndefined();
  });

  test('sees the programs any member sees (names and counts), never drafts', async () => {
    const program = await programByName(lincolnAdmin, lincoln.id, DEMO.programs.careerPathways);
    const draft = await lincolnAdmin.post<Schemas['Program']>(
      orgPath(lincoln.id, '/programs'),
      programInput({ name: `Padm draft ${short()}`, status: 'draft' }),
    );
    expectStatus(draft, 201);
    const list = await listAll<Schemas['Program']>(admin, orgPath(lincoln.id, '/programs'));
    expect(list.map((p) => p.id)).toContain(program.id);
    expect(list.map((p) => p.id)).not.toContain(draft.json.id);
    expect(list.every((p) => p.status !== 'draft')).toBe(true);
    const one = await admin.get<Schemas['Program']>(orgPath(lincoln.id, `/programs/${program.id}`));
    expectStatus(one, 200);
    expect(one.json.name).toBe(DEMO.programs.careerPathways);
    expect(one.text).not.toContain(DEMO.lincoln.student);
    expectProblem(await admin.get(orgPath(lincoln.id, `/programs/${draft.json.id}`)), 404);
  });

  test('gets no enrollments, relationships or matching data', async () => {
    const program = await programByName(lincolnAdmin, lincoln.id, DEMO.programs.careerPathways);
    for (const path of [
      `/programs/${program.id}/enrollments`,
      `/programs/${program.id}/requests`,
      `/programs/${program.id}/recommendations`,
      `/programs/${program.id}/matching/settings`,
      `/programs/${program.id}/matching/exclusions`,
      `/programs/${program.id}/match-rounds`,
    ]) {
      const res = await admin.get(orgPath(lincoln.id, path));
      expectProblem(res, 403, { type: 'permission-denied' });
      expect(res.text).not.toContain(DEMO.lincoln.student);
    }
  });
});

describe('the platform audit list', () => {
  test('shows the platform admin their own actions, and nobody else', async () => {
    const slug = `padm-${short()}`;
    const res = await admin.post<Schemas['CreatedOrganisation']>(`${V1}/organisations`, { name: `Org ${slug}`, slug, kind: 'company', admin_email: uniqueEmail('fa') });
    expectStatus(res, 201);
    const page = await admin.get<Page<Schemas['AuditEntry']>>(`${V1}/admin/audit?limit=20`);
    expectStatus(page, 200);
    const created = page.json.items.find(
      (e) => e.action === 'organisation.created' && e.organisation_id === res.json.id,
    );
    expect(created).toMatchObject({ params: { slug, kind: 'company' } });
    expect(created?.actor?.name).toBeTypeOf('string');
    for (const e of page.json.items) {
      expect(['organisation.created', 'organisation.first_admin_invited', 'organisation.first_admin_appointed', 'platform_admin.granted']).toContain(e.action);
    }
    expectProblem(await lincolnAdmin.get<Page<Schemas['AuditEntry']>>(`${V1}/admin/audit`), 403);
    expectProblem(await new Client().get<Page<Schemas['AuditEntry']>>(`${V1}/admin/audit`), 401);
  });
});
