// Sessions, login/logout, CSRF, login rate limiting and password reset.
//
// Failed logins are counted per account and client address (5 per 15 min) and per address (100);
// all tests run from one address, so this file keeps its failures well below that (about ten in
// total). Other addresses and the other limits: password_guessing.test.ts.

import { Client, CSRF_COOKIE, SESSION_COOKIE, V1, findSetCookie } from './client';
import type { Schemas } from './schema';
import { anonymousFrom } from './from_address';
import { expectFieldError, expectProblem, expectStatus, isUtcTimestamp, problemOf, uniqueEmail, uniquePassword } from './helpers';
import { createUser, outboxFor, resetToken } from './fixtures/people';
import { anonymous, DEMO, DEMO_PASSWORD, signIn } from './fixtures/session';

describe('session', () => {
  test('signed out, GET /auth/session is a 401 problem and still sets a JS-readable CSRF cookie', async () => {
    const client = new Client();
    const res = await client.get<Schemas['SessionInfo']>(`${V1}/auth/session`);
    expectProblem(res, 401);
    const csrf = findSetCookie(res, CSRF_COOKIE);
    expect(csrf, `Set-Cookie: ${res.setCookies.join(' | ')}`).toBeDefined();
    expect(csrf!.value.length).toBeGreaterThanOrEqual(16);
    expect(csrf!.attributes.has('httponly')).toBe(false);
    expect((csrf!.attributes.get('samesite') ?? '').toLowerCase()).toBe('strict');
    expect(csrf!.attributes.get('path')).toBe('/');
    expect(client.session).toBeUndefined();
  });

  test('GET /auth/session keeps an existing CSRF cookie rather than rotating it on every call', async () => {
    const client = await anonymous();
    const first = client.csrf;
    await client.get<Schemas['SessionInfo']>(`${V1}/auth/session`);
    expect(client.csrf).toBe(first);
  });

  test('signed out, GET /me is a 401 problem', async () => {
    expectProblem(await new Client().get<Schemas['Me']>(`${V1}/me`), 401);
  });
});

describe('login', () => {
  test('valid credentials return SessionInfo and set an HttpOnly Lax session cookie', async () => {
    const client = await anonymous();
    const res = await client.login(DEMO.lincoln.admin, DEMO_PASSWORD);
    expectStatus(res, 200);
    const { user, csrf_token } = res.json;
    expect(user.email).toBe(DEMO.lincoln.admin);
    expect(user.id).toBeTypeOf('string');
    expect(user.name).toBeTypeOf('string');
    expect(['en', 'es']).toContain(user.locale);
    expect(user.is_platform_admin).toBe(false);
    const lincoln = user.memberships.find((m) => m.organisation_name === DEMO.lincoln.name);
    if (!lincoln) throw new Error('lincoln not found');
    expect(lincoln.organisation_id).toBeTypeOf('string');
    expect(lincoln.organisation_kind).toBe('school');
    expect(lincoln.roles).toContain('org_admin');

    const session = findSetCookie(res, SESSION_COOKIE);
    expect(session, `Set-Cookie: ${res.setCookies.join(' | ')}`).toBeDefined();
    expect(session!.attributes.has('httponly')).toBe(true);
    expect((session!.attributes.get('samesite') ?? '').toLowerCase()).toBe('lax');
    expect(session!.attributes.get('path')).toBe('/');
    // The CSRF token in the body is the one now in the cookie.
    expect(csrf_token).toBeTypeOf('string');
    expect(client.csrf).toBe(csrf_token);

    const again = await client.get<Schemas['SessionInfo']>(`${V1}/auth/session`);
    expectStatus(again, 200);
    expect(again.json.user.email).toBe(DEMO.lincoln.admin);
    expect(again.json.csrf_token).toBe(csrf_token);
    const me = await client.get<Schemas['Me']>(`${V1}/me`);
    expectStatus(me, 200);
    expect(me.json.email).toBe(DEMO.lincoln.admin);
  });

  test('the platform admin is flagged as such', async () => {
    const client = await signIn(DEMO.platformAdmin);
    const me = await client.get<Schemas['Me']>(`${V1}/me`);
    expectStatus(me, 200);
    expect(me.json.is_platform_admin).toBe(true);
  });

  test('email matching ignores letter case', async () => {
    const client = await anonymous();
    const res = await client.login(DEMO.lincoln.coordinator.toUpperCase(), DEMO_PASSWORD);
    expectStatus(res, 200);
    expect(res.json.user.email).toBe(DEMO.lincoln.coordinator);
  });

  test('a wrong password and an unknown email get the same 401 answer', async () => {
    const user = await createUser({ orgSlug: DEMO.lincoln.slug, roles: ['mentee'], namePrefix: 'wrongpw' });
    const a = await (await anonymous()).login(user.email, 'not-the-password-123');
    const b = await (await anonymous()).login(uniqueEmail('nobody'), 'not-the-password-123');
    expectProblem(a, 401);
    expectProblem(b, 401);
    expect(problemOf(a).title).toBe(problemOf(b).title);
    expect(problemOf(a).detail).toBe(problemOf(b).detail);
    expect(problemOf(a).type).toBe(problemOf(b).type);
    // The failed attempt did not sign anyone in.
    expect(a.setCookies.map((c) => c.split('=')[0])).not.toContain(SESSION_COOKIE);
  });

  test('login issues a new session id and a new CSRF token (no session fixation)', async () => {
    const client = await signIn(DEMO.lincoln.coordinator);
    const firstSession = client.session;
    const firstCsrf = client.csrf;
    expect(firstSession).toBeDefined();
    const res = await client.login(DEMO.lincoln.coordinator, DEMO_PASSWORD);
    expectStatus(res, 200);
    expect(client.session).toBeDefined();
    expect(client.session).not.toBe(firstSession);
    expect(client.csrf).not.toBe(firstCsrf);
    expect(res.json.csrf_token).toBe(client.csrf);

    // An attacker-chosen session id planted before login is not adopted.
    const planted = await anonymous();
    planted.setCookie(SESSION_COOKIE, 'attacker-chosen-session-id-0123456789');
    expectStatus(await planted.login(DEMO.lincoln.coordinator, DEMO_PASSWORD), 200);
    expect(planted.session).not.toBe('attacker-chosen-session-id-0123456789');
    const victim = new Client();
    victim.setCookie(SESSION_COOKIE, 'attacker-chosen-session-id-0123456789');
    expectProblem(await victim.get<Schemas['Me']>(`${V1}/me`), 401);
  });

  test('logout answers 204 and invalidates the session on the server', async () => {
    const client = await signIn(DEMO.lincoln.coordinator);
    const stolen = client.clone(); // a copy of the cookies, as if replayed later
    expectStatus(await stolen.get<Schemas['Me']>(`${V1}/me`), 200);

    const res = await client.post(`${V1}/auth/logout`);
    expectStatus(res, 204);
    expectProblem(await client.get<Schemas['SessionInfo']>(`${V1}/auth/session`), 401);
    expectProblem(await client.get<Schemas['Me']>(`${V1}/me`), 401);
    // Replaying the old cookie does not work either.
    expectProblem(await stolen.get<Schemas['Me']>(`${V1}/me`), 401);
  });
});

describe('CSRF protection', () => {
  test('an unsafe request without X-CSRF-Token is a 403 csrf problem and changes nothing', async () => {
    const client = await signIn(DEMO.lincoln.coordinator);
    const before = await client.get<Schemas['Me']>(`${V1}/me`);
    expectStatus(before, 200);
    const res = await client.raw('PATCH', `${V1}/me`, {
      body: JSON.stringify({ name: 'CSRF victim' }),
      headers: { 'Content-Type': 'application/json' },
      csrf: false,
    });
    expectProblem(res, 403);
    expect(problemOf(res).type).toMatch(/\/csrf$/);
    const after = await client.get<Schemas['Me']>(`${V1}/me`);
    expect(after.json.name).toBe(before.json.name);
  });

  test('a header that does not match the cookie is a 403 csrf problem and changes nothing', async () => {
    const client = await signIn(DEMO.lincoln.coordinator);
    const before = await client.get<Schemas['Me']>(`${V1}/me`);
    const res = await client.raw('PATCH', `${V1}/me`, {
      body: JSON.stringify({ name: 'CSRF victim' }),
      headers: { 'Content-Type': 'application/json' },
      csrf: `${client.csrf}x`,
    });
    expectProblem(res, 403);
    expect(problemOf(res).type).toMatch(/\/csrf$/);
    expect((await client.get<Schemas['Me']>(`${V1}/me`)).json.name).toBe(before.json.name);
  });

  test("a matching header and cookie that are not the session's token are rejected", async () => {
    const client = await signIn(DEMO.lincoln.coordinator);
    const before = await client.get<Schemas['Me']>(`${V1}/me`);
    const forged = client.clone();
    forged.setCookie(CSRF_COOKIE, 'forged-csrf-token-0123456789abcdef');
    const res = await forged.patch<Schemas['Me']>(`${V1}/me`, { name: 'CSRF victim' });
    expectProblem(res, 403);
    expect(problemOf(res).type).toMatch(/\/csrf$/);
    expect((await client.get<Schemas['Me']>(`${V1}/me`)).json.name).toBe(before.json.name);
  });

  test('the pre-login CSRF token stops working after login', async () => {
    const client = await anonymous();
    const preLogin = client.csrf!;
    await client.loginOk(DEMO.lincoln.coordinator, DEMO_PASSWORD);
    expect(client.csrf).not.toBe(preLogin);
    const stale = client.clone();
    stale.setCookie(CSRF_COOKIE, preLogin);
    expectProblem(await stale.patch<Schemas['Me']>(`${V1}/me`, { locale: 'en' }), 403);
  });

  test('login itself requires the CSRF header', async () => {
    const client = await anonymous();
    const res = await client.raw('POST', `${V1}/auth/login`, {
      body: JSON.stringify({ email: DEMO.lincoln.coordinator, password: DEMO_PASSWORD }),
      headers: { 'Content-Type': 'application/json' },
      csrf: false,
    });
    expectProblem(res, 403);
    expect(client.session).toBeUndefined();
    expectProblem(await client.get<Schemas['Me']>(`${V1}/me`), 401);
  });

  test('logout without the CSRF header is refused and the session survives', async () => {
    const client = await signIn(DEMO.lincoln.coordinator);
    const res = await client.raw('POST', `${V1}/auth/logout`, { csrf: false });
    expectProblem(res, 403);
    expectStatus(await client.get<Schemas['Me']>(`${V1}/me`), 200);
  });
});

describe('login rate limiting', () => {
  test('after 5 failed logins for an account the 6th attempt is 429 with Retry-After', async () => {
    const user = await createUser({ orgSlug: DEMO.northwind.slug, roles: ['mentor'], namePrefix: 'ratelimit' });
    const client = await anonymous();
    for (let i = 1; i <= 5; i++) {
      const res = await client.login(user.email, `wrong-password-${i}`);
      expectProblem(res, 401);
    }
    const sixth = await client.login(user.email, 'wrong-password-6');
    expectProblem(sixth, 429);
    const retryAfter = sixth.headers.get('retry-after');
    expect(retryAfter, 'Retry-After header').toBeTruthy();
    expect(Number(retryAfter)).toBeGreaterThan(0);

    // While locked, even the right password is refused, so guessing cannot continue.
    const right = await client.login(user.email, user.password);
    expectProblem(right, 429);
    expect(client.session).toBeUndefined();

    // The limit is per account: another account still signs in from the same client.
    expectStatus(await client.login(DEMO.lincoln.coordinator, DEMO_PASSWORD), 200);
  });
});

describe('password reset', () => {
  test('a reset request is 202 even for an unknown email, and sends nothing', async () => {
    const client = await anonymousFrom();
    const email = uniqueEmail('unknown');
    const res = await client.post<Schemas['PasswordResetAccepted']>(`${V1}/auth/password-reset`, { email });
    expectStatus(res, 202);
    expect(await outboxFor(email)).toEqual([]);
  });

  test('reset link in the outbox; confirm works once; old password stops working', async () => {
    const user = await createUser({ orgSlug: DEMO.lincoln.slug, roles: ['mentor'], namePrefix: 'reset' });
    const anon = await anonymousFrom();
    expectStatus(await anon.post<Schemas['PasswordResetAccepted']>(`${V1}/auth/password-reset`, { email: user.email }), 202);

    // The account's mail: the invitation that created it, then exactly one reset message.
    const resets = (await outboxFor(user.email)).filter((m) => m.body.includes('/reset-password'));
    expect(resets.length).toBe(1);
    expect(resets[0].body).toContain('/reset-password?token=');
    const token = resetToken(resets[0].body);

    // Too short (9 characters): rejected, naming the password; the token stays usable.
    const short = await anon.post(`${V1}/auth/password-reset/confirm`, { token, password: '123456789' });
    expectFieldError(short, 'password');
    expectStatus(await (await anonymous()).login(user.email, user.password), 200);

    const newPassword = uniquePassword();
    expectStatus(await anon.post(`${V1}/auth/password-reset/confirm`, { token, password: newPassword }), 204);

    // The token is single-use.
    const reuse = await anon.post(`${V1}/auth/password-reset/confirm`, { token, password: uniquePassword() });
    expectProblem(reuse, 400);

    expectProblem(await (await anonymous()).login(user.email, user.password), 401);
    const ok = await (await anonymous()).login(user.email, newPassword);
    expectStatus(ok, 200);
    expect(ok.json.user.email).toBe(user.email);
  });

  test('a garbage reset token is a 400 problem', async () => {
    const res = await (await anonymous()).post(`${V1}/auth/password-reset/confirm`, {
      token: `garbage-${crypto.randomUUID()}`,
      password: uniquePassword(),
    });
    expectProblem(res, 400);
  });

  test('a password of exactly 10 characters is accepted', async () => {
    const user = await createUser({ orgSlug: DEMO.lincoln.slug, roles: ['mentor'], namePrefix: 'reset10' });
    const anon = await anonymousFrom();
    expectStatus(await anon.post<Schemas['PasswordResetAccepted']>(`${V1}/auth/password-reset`, { email: user.email }), 202);
    const [msg] = (await outboxFor(user.email)).filter((m) => m.body.includes('/reset-password'));
    const token = resetToken(msg.body);
    const pw = crypto.randomUUID().slice(0, 10);
    expectStatus(await anon.post(`${V1}/auth/password-reset/confirm`, { token, password: pw }), 204);
    expectStatus(await (await anonymous()).login(user.email, pw), 200);
  });

  test('the outbox is for the platform admin only', async () => {
    const client = await signIn(DEMO.lincoln.admin);
    expectProblem(await client.get<Schemas['Outbox']>(`${V1}/admin/outbox`), 403);
    expectProblem(await new Client().get<Schemas['Outbox']>(`${V1}/admin/outbox`), 401);
  });

  test('outbox messages are newest first and well formed', async () => {
    const admin = await signIn(DEMO.platformAdmin);
    const a = await createUser({ orgSlug: DEMO.lincoln.slug, roles: ['mentor'], namePrefix: 'order' });
    const anon = await anonymousFrom();
    expectStatus(await anon.post<Schemas['PasswordResetAccepted']>(`${V1}/auth/password-reset`, { email: a.email }), 202);
    const res = await admin.get<Schemas['Outbox']>(`${V1}/admin/outbox`);
    expectStatus(res, 200);
    expect(res.json.mode).toBe('development');
    const items = res.json.items;
    expect(items.length).toBeGreaterThanOrEqual(2);
    // The reset (sent after the invitation) comes before the invitation email.
    const mine = await outboxFor(a.email);
    expect(mine.length).toBe(2);
    expect(mine[0].body).toContain('/reset-password?token=');
    expect(mine[1].body).toContain('/invite/');
    for (const m of items.slice(0, 5)) {
      expect(m.id).toBeTypeOf('string');
      expect(m.subject).toBeTypeOf('string');
      expect(isUtcTimestamp(m.created_at)).toBe(true);
      expect(m.to).toBeTypeOf('string');
      expect(m.body).toBeTypeOf('string');
      expect(m.status).toBe('pending');
      expect(m.attempts).toBe(0);
    }
    for (let i = 1; i < items.length; i++) {
      expect(Date.parse(items[i - 1].created_at)).toBeGreaterThanOrEqual(Date.parse(items[i].created_at));
    }
  });
});
