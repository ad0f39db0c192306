// Invitations: who may invite whom, preview, accept (new and existing accounts), revoke.

import { Client, V1 } from './client';
import { expectFieldError, expectProblem, expectStatus, isUtcTimestamp, listAll, problemOf, uniqueEmail, uniquePassword } from './helpers';
import { orgBySlug, orgPath } from './fixtures/organisations';
import { createUser, invite, outboxFor } from './fixtures/people';
import { programInput } from './fixtures/programs';
import { anonymous, DEMO, signIn } from './fixtures/session';
import type { Invitation, Organisation, Page, Schemas } from './schema';

let lincolnAdmin: Client;
let lincolnCoordinator: Client;
let lincoln: Organisation;
let program: Schemas['Program']; // a program of Lincoln High created for this file

function acceptPath(token: string): string {
  return `${V1}/invitations/${encodeURIComponent(token)}/accept`;
}

function previewPath(token: string): string {
  return `${V1}/invitations/${encodeURIComponent(token)}`;
}

beforeAll(async () => {
  lincolnAdmin = await signIn(DEMO.lincoln.admin);
  lincolnCoordinator = await signIn(DEMO.lincoln.coordinator);
  lincoln = await orgBySlug(lincolnAdmin, DEMO.lincoln.slug);
  const res = await lincolnCoordinator.post<Schemas['Program']>(
    orgPath(lincoln.id, '/programs'),
    programInput({ audience: 'youth', requires_approval: true }),
  );
  expectStatus(res, 201);
  program = res.json;
});

describe('creating invitations', () => {
  test('an org admin invites by email; the response carries the link and the email goes out', async () => {
    const email = uniqueEmail('coord');
    const res = await lincolnAdmin.post<Schemas['Invitation']>(orgPath(lincoln.id, '/invitations'), { email, roles: ['coordinator'] });
    expectStatus(res, 201);
    const inv = res.json;
    expect(inv.id).toBeTypeOf('string');
    expect(inv.organisation_id).toBe(lincoln.id);
    expect(inv.email).toBe(email);
    expect(inv.roles).toEqual(['coordinator']);
    expect(inv.program_id).toBeNull();
    expect(inv.program_role).toBeNull();
    expect(inv.status).toBe('pending');
    expect(inv.invited_by_name).toBeTypeOf('string');
    expect(inv.invited_by_name.length).toBeGreaterThan(0);
    expect(isUtcTimestamp(inv.created_at)).toBe(true);
    expect(isUtcTimestamp(inv.expires_at)).toBe(true);
    expect(Date.parse(inv.expires_at)).toBeGreaterThan(Date.parse(inv.created_at));
    expect(inv.link).toMatch(/\/invite\/[^/?#\s]+$/);
    const token = (inv.link ?? '').split('/invite/')[1];

    const mail = await outboxFor(email);
    expect(mail.length).toBe(1);
    expect(mail[0].body).toContain(`/invite/${token}`);

    // The listing shows it, but never the secret link.
    const list = await listAll<Invitation>(lincolnAdmin, orgPath(lincoln.id, '/invitations'));
    const listed = list.find((i) => i.id === inv.id);
    if (!listed) throw new Error('the invitation is not listed');
    expect(listed.email).toBe(email);
    expect(listed.status).toBe('pending');
    expect(JSON.stringify(listed)).not.toContain(token);
  });

  test('a coordinator can invite to a program as mentor or mentee', async () => {
    const email = uniqueEmail('mentee');
    const res = await lincolnCoordinator.post<Schemas['Invitation']>(orgPath(lincoln.id, '/invitations'), {
      email,
      roles: ['mentee'],
      program_id: program.id,
      program_role: 'mentee',
    });
    expectStatus(res, 201);
    expect(res.json.program_id).toBe(program.id);
    expect(res.json.program_role).toBe('mentee');
    expect(res.json.roles).toEqual(['mentee']);
    const list = await listAll<Schemas['Invitation']>(lincolnCoordinator, orgPath(lincoln.id, '/invitations'));
    expect(list.map((i) => i.id)).toContain(res.json.id);
  });

  test('a coordinator cannot invite without a program', async () => {
    const email = uniqueEmail('noprog');
    const res = await lincolnCoordinator.post<Schemas['Invitation']>(orgPath(lincoln.id, '/invitations'), { email, roles: ['mentor'] });
    expectProblem(res, 403);
    expect(await outboxFor(email)).toEqual([]);
  });

  test('a coordinator cannot grant coordinator or admin roles, even with a program', async () => {
    for (const roles of [['coordinator'], ['org_admin'], ['mentee', 'coordinator']]) {
      const email = uniqueEmail('escalate');
      const res = await lincolnCoordinator.post<Schemas['Invitation']>(orgPath(lincoln.id, '/invitations'), {
        email,
        roles,
        program_id: program.id,
        program_role: 'mentee',
      });
      expectProblem(res, 403);
    }
    const list = await listAll<Invitation>(lincolnAdmin, orgPath(lincoln.id, '/invitations'));
    expect(list.filter((i) => String(i.email).startsWith('escalate-'))).toEqual([]);
  });

  test('a mentee cannot invite or list invitations', async () => {
    const mentee = await createUser({ orgSlug: DEMO.lincoln.slug, roles: ['mentee'] });
    const email = uniqueEmail('bymentee');
    expectProblem(await mentee.client.post<Schemas['Invitation']>(orgPath(lincoln.id, '/invitations'), { email, roles: ['mentee'] }), 403);
    expectProblem(await mentee.client.get<Page<Schemas['Invitation']>>(orgPath(lincoln.id, '/invitations')), 403);
  });

  test("another organisation's admin gets 404 on this organisation's invitations", async () => {
    const outsider = await signIn(DEMO.northwind.admin);
    expectProblem(await outsider.get<Page<Schemas['Invitation']>>(orgPath(lincoln.id, '/invitations')), 404);
    const email = uniqueEmail('outsider');
    expectProblem(await outsider.post<Schemas['Invitation']>(orgPath(lincoln.id, '/invitations'), { email, roles: ['mentee'] }), 404);
    expect(await outboxFor(email)).toEqual([]);
  });

  test('an invalid email is a 400 naming the field', async () => {
    const res = await lincolnAdmin.post<Schemas['Invitation']>(orgPath(lincoln.id, '/invitations'), { email: 'not-an-email', roles: ['mentee'] });
    expectFieldError(res, 'email');
    const list = await listAll<Invitation>(lincolnAdmin, orgPath(lincoln.id, '/invitations'));
    expect(list.map((i) => i.email)).not.toContain('not-an-email');
  });

  test('an unknown role or an empty role list is a 400 naming roles', async () => {
    const a = await lincolnAdmin.post<Schemas['Invitation']>(orgPath(lincoln.id, '/invitations'), { email: uniqueEmail('r'), roles: ['superuser'] });
    expectFieldError(a, 'roles');
    const b = await lincolnAdmin.post<Schemas['Invitation']>(orgPath(lincoln.id, '/invitations'), { email: uniqueEmail('r'), roles: [] });
    expectFieldError(b, 'roles');
  });

  test("a program from another organisation is refused as not one of this organisation's", async () => {
    const northwindAdmin = await signIn(DEMO.northwind.admin);
    const northwind = await orgBySlug(northwindAdmin, DEMO.northwind.slug);
    const res = await northwindAdmin.post<Schemas['Invitation']>(orgPath(northwind.id, '/invitations'), {
      email: uniqueEmail('crossprog'),
      roles: ['mentor'],
      program_id: program.id,
      program_role: 'mentor',
    });
    // The inviting organisation exists and its admin may invite; only the program is foreign,
    // and it is looked up within the inviting organisation (app/invitations.cc): 400, as any
    // id that is not one of this organisation's programs.
    expectFieldError(res, 'program_id');
    expect(problemOf(res).errors).toEqual([{ field: 'program_id', message: 'is not a program of this organisation' }]);
  });
});

describe('preview and accept (new account)', () => {
  test('anyone with the link sees a preview', async () => {
    const email = uniqueEmail('preview');
    const inv = await invite(lincolnCoordinator, lincoln.id, {
      email,
      roles: ['mentee'],
      program_id: program.id,
      program_role: 'mentee',
    });
    const res = await new Client().get<Schemas['InvitationPreview']>(previewPath(inv.token));
    expectStatus(res, 200);
    expect(res.json).toMatchObject({
      organisation_name: DEMO.lincoln.name,
      program_name: program.name,
      email,
      roles: ['mentee'],
      program_role: 'mentee',
      account_exists: false,
      status: 'pending',
    });
  });

  test('an unknown token is a 404', async () => {
    expectProblem(await new Client().get<Schemas['InvitationPreview']>(previewPath(`nope-${crypto.randomUUID()}`)), 404);
    expectProblem(
      await (await anonymous()).post<Schemas['SessionInfo']>(acceptPath(`nope-${crypto.randomUUID()}`), { name: 'X', password: uniquePassword() }),
      404,
    );
  });

  test('a new account needs a name and a password of at least 10 characters', async () => {
    const inv = await invite(lincolnAdmin, lincoln.id, { roles: ['mentor'] });
    const anon = await anonymous();
    expectFieldError(await anon.post<Schemas['SessionInfo']>(acceptPath(inv.token), { name: 'No Password' }), 'password');
    expectFieldError(await anon.post<Schemas['SessionInfo']>(acceptPath(inv.token), { password: uniquePassword() }), 'name');
    expectFieldError(await anon.post<Schemas['SessionInfo']>(acceptPath(inv.token), { name: 'Short', password: '123456789' }), 'password');
    // None of those used the invitation or signed anyone in.
    expectProblem(await anon.get<Schemas['Me']>(`${V1}/me`), 401);
    const preview = await new Client().get<Schemas['InvitationPreview']>(previewPath(inv.token));
    expect(preview.json.status).toBe('pending');
    expect(preview.json.account_exists).toBe(false);
  });

  test('accepting creates the account, grants the roles and signs the caller in', async () => {
    const email = uniqueEmail('accept');
    const inv = await invite(lincolnAdmin, lincoln.id, { email, roles: ['coordinator', 'mentor'] });
    const anon = await anonymous();
    const name = 'Ada Acceptor';
    const password = uniquePassword();
    const res = await anon.post<Schemas['SessionInfo']>(acceptPath(inv.token), { name, password });
    expectStatus(res, 200);
    expect(res.json.user.email).toBe(email);
    expect(res.json.user.name).toBe(name);
    expect(res.json.csrf_token).toBe(anon.csrf);
    const membership = res.json.user.memberships.find((m) => m.organisation_id === lincoln.id);
    if (!membership) throw new Error('membership not found');
    expect([...membership.roles].sort()).toEqual(['coordinator', 'mentor']);

    // Signed in now, with working CSRF.
    const me = await anon.get<Schemas['Me']>(`${V1}/me`);
    expectStatus(me, 200);
    expect(me.json.email).toBe(email);
    expectStatus(await anon.patch<Schemas['Me']>(`${V1}/me`, { locale: 'es' }), 200);

    // The password works for a later login.
    expectStatus(await (await anonymous()).login(email, password), 200);

    // The admin sees the new member and the invitation as accepted.
    const members = await lincolnAdmin.get<Page<Schemas['Member']>>(orgPath(lincoln.id, `/members?q=${encodeURIComponent(email)}`));
    expectStatus(members, 200);
    const member = members.json.items.find((m) => m.email === email);
    if (!member) throw new Error('member not found');
    expect([...member.roles].sort()).toEqual(['coordinator', 'mentor']);
    const list = await listAll<Invitation>(lincolnAdmin, orgPath(lincoln.id, '/invitations'));
    expect(list.find((i) => i.id === inv.id)?.status).toBe('accepted');
    const preview = await new Client().get<Schemas['InvitationPreview']>(previewPath(inv.token));
    expectStatus(preview, 200);
    expect(preview.json.status).toBe('accepted');
    expect(preview.json.account_exists).toBe(true);
  });

  test('a used token cannot be accepted again', async () => {
    const inv = await invite(lincolnAdmin, lincoln.id, { roles: ['mentee'] });
    expectStatus(await (await anonymous()).post<Schemas['SessionInfo']>(acceptPath(inv.token), { name: 'First', password: uniquePassword() }), 200);
    const second = await anonymous();
    const res = await second.post<Schemas['SessionInfo']>(acceptPath(inv.token), { name: 'Second', password: uniquePassword() });
    // The token still resolves (the preview says "accepted"); accepting it conflicts with its state.
    expectProblem(res, 409, { type: 'failed-precondition', detail: /has been accepted; ask for a new one/ });
    expectProblem(await second.get<Schemas['Me']>(`${V1}/me`), 401);
  });

  test('a program invitation enrolls the new account in that program', async () => {
    const email = uniqueEmail('enrol');
    const inv = await invite(lincolnCoordinator, lincoln.id, {
      email,
      roles: ['mentee'],
      program_id: program.id,
      program_role: 'mentee',
    });
    const anon = await anonymous();
    expectStatus(await anon.post<Schemas['SessionInfo']>(acceptPath(inv.token), { name: 'Enrolled Mentee', password: uniquePassword() }), 200);

    const mine = await anon.get<Page<Schemas['Enrollment']>>(`${V1}/me/enrollments`);
    expectStatus(mine, 200);
    const e = mine.json.items.find((x) => x.program_id === program.id);
    if (!e) throw new Error('e not found');
    expect(e).toMatchObject({
      program_name: program.name,
      person_email: email,
      organisation_id: lincoln.id,
      role: 'mentee',
      source: 'invitation',
      status: 'active',
    });

    const enrollments = await listAll<Schemas['Enrollment']>(lincolnCoordinator, orgPath(lincoln.id, `/programs/${program.id}/enrollments`));
    expect(enrollments.map((x) => x.person_email)).toContain(email);
  });
});

describe('accept (existing account)', () => {
  let existing: Awaited<ReturnType<typeof createUser>>;

  beforeAll(async () => {
    // Someone who already has an account at Northwind, now invited to Lincoln High.
    existing = await createUser({ orgSlug: DEMO.northwind.slug, roles: ['mentor'], namePrefix: 'existing' });
  });

  test('the preview says the account exists', async () => {
    const inv = await invite(lincolnAdmin, lincoln.id, { email: existing.email, roles: ['mentor'] });
    const res = await new Client().get<Schemas['InvitationPreview']>(previewPath(inv.token));
    expectStatus(res, 200);
    expect(res.json.account_exists).toBe(true);
    expect(res.json.email).toBe(existing.email);
  });

  test('signed out and without a password is refused; nothing is granted', async () => {
    const inv = await invite(lincolnAdmin, lincoln.id, { email: existing.email, roles: ['mentor'] });
    const anon = await anonymous();
    expectFieldError(await anon.post<Schemas['SessionInfo']>(acceptPath(inv.token), {}), 'password');
    expectProblem(await anon.post<Schemas['SessionInfo']>(acceptPath(inv.token), { password: 'wrong-password-x' }), 401);
    expectProblem(await anon.get<Schemas['Me']>(`${V1}/me`), 401);
    const me = await existing.client.get<Schemas['Me']>(`${V1}/me`);
    expect(me.json.memberships.map((m) => m.organisation_id)).not.toContain(lincoln.id);
    expect((await new Client().get<Schemas['InvitationPreview']>(previewPath(inv.token))).json.status).toBe('pending');
  });

  test('signed in as somebody else is refused', async () => {
    const inv = await invite(lincolnAdmin, lincoln.id, { email: existing.email, roles: ['mentor'] });
    const other = await signIn(DEMO.northwind.coordinator);
    // Signed in, so no password is asked for: the session is simply not the invited account's.
    expectProblem(await other.post<Schemas['SessionInfo']>(acceptPath(inv.token), {}), 403, {
      type: 'permission-denied',
      detail: /This invitation is for .*sign out and accept it as that account/,
    });
    const otherMe = await other.get<Schemas['Me']>(`${V1}/me`);
    expect(otherMe.json.email).toBe(DEMO.northwind.coordinator);
    expect(otherMe.json.memberships.map((m) => m.organisation_id)).not.toContain(lincoln.id);
  });

  test("giving the account's password accepts, signs in and adds the membership", async () => {
    const user = await createUser({ orgSlug: DEMO.northwind.slug, roles: ['mentor'], namePrefix: 'withpw' });
    const inv = await invite(lincolnAdmin, lincoln.id, { email: user.email, roles: ['mentor'] });
    const anon = await anonymous();
    const res = await anon.post<Schemas['SessionInfo']>(acceptPath(inv.token), { password: user.password });
    expectStatus(res, 200);
    expect(res.json.user.id).toBe(user.id);
    expect(res.json.user.name).toBe(user.name); // the existing name is kept
    const orgIds = res.json.user.memberships.map((m) => m.organisation_id);
    expect(orgIds).toContain(lincoln.id);
    expect(orgIds.length).toBe(2);
    expectStatus(await anon.get<Schemas['Me']>(`${V1}/me`), 200);
  });

  test('signed in as that account, no password is needed', async () => {
    const inv = await invite(lincolnAdmin, lincoln.id, { email: existing.email, roles: ['mentor'] });
    const res = await existing.client.post<Schemas['SessionInfo']>(acceptPath(inv.token), {});
    expectStatus(res, 200);
    expect(res.json.user.id).toBe(existing.id);
    const m = res.json.user.memberships.find((x) => x.organisation_id === lincoln.id);
    if (!m) throw new Error('m not found');
    expect(m.roles).toContain('mentor');
    // Still a Northwind mentor as well.
    expect(res.json.user.memberships.length).toBe(2);
  });
});

describe('revoking', () => {
  test('a revoked invitation shows as revoked and can no longer be accepted', async () => {
    const email = uniqueEmail('revoked');
    const inv = await invite(lincolnAdmin, lincoln.id, { email, roles: ['mentee'] });
    expectStatus(await lincolnAdmin.del(orgPath(lincoln.id, `/invitations/${inv.id}`)), 204);

    const list = await listAll<Invitation>(lincolnAdmin, orgPath(lincoln.id, '/invitations'));
    expect(list.find((i) => i.id === inv.id)?.status).toBe('revoked');

    // The link still resolves, and says why it no longer works.
    const preview = await new Client().get<Schemas['InvitationPreview']>(previewPath(inv.token));
    expectStatus(preview, 200);
    expect(preview.json.status).toBe('revoked');

    const anon = await anonymous();
    const res = await anon.post<Schemas['SessionInfo']>(acceptPath(inv.token), { name: 'Too Late', password: uniquePassword() });
    expectProblem(res, 409, { type: 'failed-precondition', detail: /has been revoked; ask for a new one/ });
    expectProblem(await anon.get<Schemas['Me']>(`${V1}/me`), 401);
    // No account or membership was created.
    const members = await lincolnAdmin.get<Page<Schemas['Member']>>(orgPath(lincoln.id, `/members?q=${encodeURIComponent(email)}`));
    expectStatus(members, 200);
    expect(members.json.items.map((m) => m.email)).not.toContain(email);
  });

  test('outsiders get 404 when revoking, and unknown invitation ids are 404', async () => {
    const inv = await invite(lincolnAdmin, lincoln.id, { roles: ['mentee'] });
    const outsider = await signIn(DEMO.northwind.admin);
    expectProblem(await outsider.del(orgPath(lincoln.id, `/invitations/${inv.id}`)), 404);
    const northwind = await orgBySlug(outsider, DEMO.northwind.slug);
    expectProblem(await outsider.del(orgPath(northwind.id, `/invitations/${inv.id}`)), 404);
    expectProblem(await lincolnAdmin.del(orgPath(lincoln.id, `/invitations/999999999`)), 404);
    expect((await new Client().get<Schemas['InvitationPreview']>(previewPath(inv.token))).json.status).toBe('pending');
  });

  test('a mentee cannot revoke', async () => {
    const inv = await invite(lincolnAdmin, lincoln.id, { roles: ['mentee'] });
    const mentee = await createUser({ orgSlug: DEMO.lincoln.slug, roles: ['mentee'] });
    expectProblem(await mentee.client.del(orgPath(lincoln.id, `/invitations/${inv.id}`)), 403);
    expect((await new Client().get<Schemas['InvitationPreview']>(previewPath(inv.token))).json.status).toBe('pending');
  });
});
