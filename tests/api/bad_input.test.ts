// Malformed and hostile input: bad JSON, wrong media types, oversized bodies, missing fields,
// unknown ids, bad session cookies. After each refused request the data is shown unchanged.

import { ApiResponse, Client, SESSION_COOKIE, V1 } from './client';
import { expectFieldError, expectProblem, expectStatus, listAll, problemOf } from './helpers';
import { orgBySlug, orgPath } from './fixtures/organisations';
import { createUser, type NewUser } from './fixtures/people';
import { profileInput } from './fixtures/profiles';
import { programInput } from './fixtures/programs';
import { DEMO, signIn } from './fixtures/session';
import type { Organisation, Page, Schemas } from './schema';

const ME = `${V1}/me`;
const PROFILE = `${V1}/me/profile`;

let user: NewUser;
let coordinator: Client;
let lincoln: Organisation;

beforeAll(async () => {
  user = await createUser({ orgSlug: DEMO.lincoln.slug, roles: ['mentor'], namePrefix: 'badinput' });
  const saved = await user.client.put(PROFILE, profileInput({ name: user.name }));
  expectStatus(saved, 200);
  coordinator = await signIn(DEMO.lincoln.coordinator);
  lincoln = await orgBySlug(coordinator, DEMO.lincoln.slug);
});

interface Snapshot {
  me: Schemas['Me'];
  profile: Schemas['Profile'];
}

async function snapshot(): Promise<Snapshot> {
  const me = await user.client.get<Schemas['Me']>(ME);
  expectStatus(me, 200);
  const profile = await user.client.get<Schemas['Profile']>(PROFILE);
  expectStatus(profile, 200);
  return { me: me.json, profile: profile.json };
}

/** The person and profile are as they were in `before`. */
async function expectUnchanged(before: Snapshot): Promise<void> {
  expect(await snapshot()).toEqual(before);
}

// The state right before each test, so a request wrongly accepted by one test fails only that test.
let current: Snapshot;
beforeEach(async () => {
  current = await snapshot();
});

function rawJson(method: string, path: string, body: string | Uint8Array<ArrayBuffer>, contentType = 'application/json') {
  return user.client.raw(method, path, { body, headers: { 'Content-Type': contentType } });
}

describe('malformed JSON → 400', () => {
  const bodies: Array<[string, string]> = [
    ['truncated JSON', '{"name": "Half'],
    ['trailing garbage', '{"name": "Trailing"} junk'],
    ['single quotes', "{'name': 'Quoted'}"],
    ['a trailing comma', '{"name": "Comma",}'],
    ['an empty body', ''],
    ['a JSON array instead of an object', '[{"name": "Array"}]'],
    ['JSON null', 'null'],
    ['a bare string', '"Just a string"'],
  ];
  for (const [what, body] of bodies) {
    test(`${what} on PATCH /me`, async () => {
      expectProblem(await rawJson('PATCH', ME, body), 400);
      await expectUnchanged(current);
    });
  }

  test('malformed JSON on PUT /me/profile and POST programs', async () => {
    expectProblem(await rawJson('PUT', PROFILE, '{"headline": "x", '), 400);
    expectProblem(await coordinator.raw('POST', orgPath(lincoln.id, '/programs'), {
      body: '{"name": "Broken program"',
      headers: { 'Content-Type': 'application/json' },
    }), 400);
    await expectUnchanged(current);
    const list = await listAll<Schemas['Program']>(coordinator, orgPath(lincoln.id, '/programs'));
    expect(list.map((p) => p.name)).not.toContain('Broken program');
  });

  test('invalid UTF-8 inside a JSON string', async () => {
    const bytes = new TextEncoder().encode('{"name": "Bad \u0001 byte"}');
    bytes[bytes.indexOf(1)] = 0xff; // a lone 0xFF is never valid UTF-8
    expectProblem(await rawJson('PATCH', ME, bytes), 400);
    await expectUnchanged(current);
  });

  test('numbers out of range are a 400 naming the field', async () => {
    const res = await rawJson('PUT', PROFILE, JSON.stringify(profileInput({
      name: user.name,
      availability_hours_per_month: 4294967297,
    })));
    expectFieldError(res, 'availability_hours_per_month');
    const res2 = await rawJson('PUT', PROFILE, JSON.stringify(profileInput({ name: user.name })).replace(
      '"availability_hours_per_month":6',
      '"availability_hours_per_month":1e400',
    ));
    expectProblem(res2, 400);
    await expectUnchanged(current);
  });
});

describe('media types', () => {
  test('text/plain is a 415 even when the body is valid JSON', async () => {
    const res = await rawJson('PATCH', ME, JSON.stringify({ name: 'Plain Text' }), 'text/plain');
    expectProblem(res, 415);
    await expectUnchanged(current);
  });

  test('a form post is a 415', async () => {
    const res = await rawJson('PATCH', ME, 'name=Form+Post', 'application/x-www-form-urlencoded');
    expectProblem(res, 415);
    await expectUnchanged(current);
  });

  test('a JSON body without a Content-Type is a 415', async () => {
    // A byte body, so fetch adds no Content-Type of its own (it would add text/plain for a string).
    const res = await user.client.raw('PATCH', ME, { body: new TextEncoder().encode(JSON.stringify({ name: 'No Type' })) });
    expect(res.status).not.toBe(200);
    expectProblem(res, 415);
    await expectUnchanged(current);
  });

  test('application/json with a charset parameter is accepted', async () => {
    const res = await rawJson('PATCH', ME, JSON.stringify({ locale: current.me.locale }), 'application/json; charset=utf-8');
    expectStatus(res, 200);
    expect(res.json).toEqual(current.me);
  });
});

describe('body size limit (1 MiB)', () => {
  test('a body over 1 MiB is a 413 and nothing is saved', async () => {
    const body = JSON.stringify(profileInput({ name: user.name, bio: 'x'.repeat(1024 * 1024 + 16) }));
    expect(body.length).toBeGreaterThan(1024 * 1024);
    let res;
    try {
      res = await rawJson('PUT', PROFILE, body);
    } catch (e) {
      throw new Error(`the server dropped the connection instead of answering 413: ${String(e)}`);
    }
    expectProblem(res, 413);
    await expectUnchanged(current);
  });

  test('a body just under 1 MiB is read and validated (400 for the too-long bio, not 413)', async () => {
    const body = JSON.stringify(profileInput({ name: user.name, bio: 'x'.repeat(1000 * 1000) }));
    expect(body.length).toBeLessThan(1024 * 1024);
    expectFieldError(await rawJson('PUT', PROFILE, body), 'bio');
    await expectUnchanged(current);
  });
});

describe('missing fields → 400 naming them', () => {
  test('login without a password', async () => {
    const c = new Client();
    expectFieldError(await c.post<Schemas['SessionInfo']>(`${V1}/auth/login`, { email: DEMO.lincoln.coordinator }), 'password');
    expectFieldError(await c.post<Schemas['SessionInfo']>(`${V1}/auth/login`, {}), 'email');
    expectProblem(await c.get(ME), 401);
  });

  test('an empty program', async () => {
    const res = await coordinator.post(orgPath(lincoln.id, '/programs'), {});
    expectProblem(res, 400);
    const problem = problemOf(res);
    expect(Array.isArray(problem.errors) || /name/.test(problem.detail ?? '')).toBe(true);
  });

  test('an invitation without email', async () => {
    const admin = await signIn(DEMO.lincoln.admin);
    expectFieldError(await admin.post<Schemas['Invitation']>(orgPath(lincoln.id, '/invitations'), { roles: ['mentee'] }), 'email');
  });

  test('a password reset without email', async () => {
    expectFieldError(await new Client().post<Schemas['PasswordResetAccepted']>(`${V1}/auth/password-reset`, {}), 'email');
  });

  test('a profile without its required fields', async () => {
    const res = await user.client.put(PROFILE, { name: user.name });
    expectProblem(res, 400);
    await expectUnchanged(current);
  });
});

describe('unknown ids → 404', () => {
  const unknownIds = ['999999999', '00000000-0000-0000-0000-000000000000', 'not-an-id'];

  test('organisations, programs, enrollments, members, taxonomy, invitations', async () => {
    const admin = await signIn(DEMO.lincoln.admin);
    const program = (await admin.get<Page<Schemas['Program']>>(orgPath(lincoln.id, '/programs'))).json.items[0];
    for (const id of unknownIds) {
      const checks: Array<[string, Promise<ApiResponse>]> = [
        [`GET org ${id}`, admin.get<Schemas['Organisation']>(orgPath(id))],
        [`GET program ${id}`, admin.get<Schemas['Program']>(orgPath(lincoln.id, `/programs/${id}`))],
        [`PUT program ${id}`, admin.put<Schemas['Program']>(orgPath(lincoln.id, `/programs/${id}`), programInput())],
        [`GET enrollments of program ${id}`, admin.get<Page<Schemas['Enrollment']>>(orgPath(lincoln.id, `/programs/${id}/enrollments`))],
        [`POST application to program ${id}`, admin.post<Schemas['Enrollment']>(orgPath(lincoln.id, `/programs/${id}/applications`), { role: 'mentor', message: '' })],
        [`approve enrollment ${id}`, admin.post<Schemas['Enrollment']>(orgPath(lincoln.id, `/programs/${program.id}/enrollments/${id}/approve`))],
        [`decline enrollment ${id}`, admin.post<Schemas['Enrollment']>(orgPath(lincoln.id, `/programs/${program.id}/enrollments/${id}/decline`))],
        [`PATCH enrollment ${id}`, admin.patch<Schemas['Enrollment']>(orgPath(lincoln.id, `/programs/${program.id}/enrollments/${id}`), { training_complete: true })],
        [`PUT roles of person ${id}`, admin.put<Schemas['Member']>(orgPath(lincoln.id, `/members/${id}/roles`), { roles: ['mentee'] })],
        [`DELETE taxonomy ${id}`, admin.del(orgPath(lincoln.id, `/taxonomy/${id}`))],
        [`DELETE invitation ${id}`, admin.del(orgPath(lincoln.id, `/invitations/${id}`))],
      ];
      for (const [what, pending] of checks) {
        const res = await pending;
        expect(res.status, `${what}: ${res.status} ${res.text}`).toBe(404);
        expectProblem(res, 404);
      }
    }
  });
});

describe('bad session cookies → 401', () => {
  test('a garbage session cookie', async () => {
    const c = new Client();
    c.setCookie(SESSION_COOKIE, 'garbage');
    expectProblem(await c.get(ME), 401);
    expectProblem(await c.get<Schemas['SessionInfo']>(`${V1}/auth/session`), 401);
  });

  test('a tampered copy of a real session cookie', async () => {
    const real = user.client.session!;
    const last = real.slice(-1);
    const tampered = real.slice(0, -1) + (last === 'A' ? 'B' : 'A');
    const c = new Client();
    c.setCookie(SESSION_COOKIE, tampered);
    expectProblem(await c.get(ME), 401);
    const c2 = new Client();
    c2.setCookie(SESSION_COOKIE, real + 'x');
    expectProblem(await c2.get(ME), 401);
  });

  test('an empty or absurdly long session cookie', async () => {
    const c = new Client();
    c.setCookie(SESSION_COOKIE, '""');
    expectProblem(await c.get(ME), 401);
    const d = new Client();
    d.setCookie(SESSION_COOKIE, 'a'.repeat(4000));
    expectProblem(await d.get(ME), 401);
  });

  test('a session ended by logout (as an expired one) is a 401, and writes with it are refused', async () => {
    const victim = await createUser({ orgSlug: DEMO.lincoln.slug, roles: ['mentee'] });
    const old = victim.client.clone();
    expectStatus(await victim.client.post(`${V1}/auth/logout`), 204);
    expectProblem(await old.get(ME), 401);
    // The ended session is no session: the CSRF pair the client still holds matches, so the
    // write reaches the handler as anonymous and is refused as such (not as a CSRF failure).
    const res = await old.patch(ME, { name: 'Ghost Writer' });
    expectProblem(res, 401, { type: 'unauthenticated' });
    const fresh = await signIn(victim.email, victim.password);
    expect((await fresh.get<Schemas['Me']>(ME)).json.name).toBe(victim.name);
  });
});

// Last in this file: if the parser recursed without a limit, this would take the server down.
describe('hostile nesting', () => {
  test('deeply nested JSON is refused without harming the server', async () => {
    const depth = 100_000;
    const body = '{"name":' + '['.repeat(depth) + ']'.repeat(depth) + '}';
    const res = await rawJson('PATCH', ME, body);
    expectProblem(res, 400);
    expectStatus(await new Client().get<Schemas['HealthStatus']>('/healthz'), 200);
    await expectUnchanged(current);
  });
});
