// Hostile input against the live server, for every write route (POST/PUT/PATCH/DELETE) named in
// api/openapi.yaml (read from the server at test time, so a new route is attacked without
// editing this file): deep nesting, 1 MiB strings, 10,000-element arrays, wrong types, invalid
// UTF-8, control characters in the path, query string and headers, and bodies over the size
// limit with an honest Content-Length. Every answer is the one exact answer for that input (a
// 400, 413 or other 4xx problem+json; never a 5xx, never a dropped connection; where the server
// rightly ignores the hostile part, the same answer as without it) and /healthz must answer
// after each route's batch.
//
// With TANDEM_SERVER_LOG (scripts/test.sh sets it to the server's log file) it also checks the
// access log: one line per request, escaped, and no session, CSRF, invitation or reset token in
// any line.

import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { ApiResponse, BASE_URL, Client, V1 } from './client';
import type { Schemas } from './schema';
import { anonymousFrom } from './from_address';
import { expectProblem, expectStatus, uid } from './helpers';
import { orgBySlug } from './fixtures/organisations';
import { createUser, invite, outboxFor, resetToken } from './fixtures/people';
import { anonymous, DEMO, signIn } from './fixtures/session';

const MIB = 1024 * 1024;
const BODY_LIMIT = MIB; // tandem serve's max_body_bytes
const SERVER_LOG = process.env.TANDEM_SERVER_LOG ?? '';

// ---------------------------------------------------------------------------------------------
// The write routes of the spec

interface Operation {
  method: string;
  path: string; // as in the spec, with {params}
  hasBody: boolean;
}

/** Write operations under `paths:` (a path at indent 2, a method at indent 4). */
function writeOperations(yaml: string): Operation[] {
  const ops: Operation[] = [];
  let inPaths = false;
  let path: string | null = null;
  let op: Operation | null = null;
  for (const line of yaml.split('\n')) {
    if (/^paths:\s*$/.test(line)) {
      inPaths = true;
      continue;
    }
    if (/^\S/.test(line)) inPaths = false;
    if (!inPaths) continue;
    const p = /^ {2}(\/\S*):\s*$/.exec(line);
    if (p) {
      path = p[1];
      op = null;
      continue;
    }
    const m = /^ {4}(get|put|post|delete|options|head|patch|trace):\s*$/.exec(line);
    if (m && path) {
      op = null;
      if (['post', 'put', 'patch', 'delete'].includes(m[1])) {
        op = { method: m[1].toUpperCase(), path, hasBody: false };
        ops.push(op);
      }
      continue;
    }
    if (op && /^ {6}requestBody:/.test(line)) op.hasBody = true;
  }
  return ops;
}

// ---------------------------------------------------------------------------------------------
// Bytes and raw HTTP

const encoder = new TextEncoder();

function bytes(...parts: Array<string | number[] | Uint8Array>): Uint8Array<ArrayBuffer> {
  const chunks = parts.map((p) =>
    typeof p === 'string' ? encoder.encode(p) : p instanceof Uint8Array ? p : Uint8Array.from(p),
  );
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

interface RawResponse {
  status: number;
  headers: Map<string, string>;
  body: string;
}

const { hostname: HOST, port: PORT } = new URL(BASE_URL);

/**
 * Sends `head` (and then `body`, if any) on a fresh connection and reads one response; with
 * `writeAll`, only once the whole body has been written. Resolves null when the connection
 * closes without a complete response.
 */
function rawHttp(head: Uint8Array, body?: Uint8Array, writeAll = false): Promise<RawResponse | null> {
  return new Promise((resolve) => {
    const socket = connect(Number(PORT), HOST);
    let received = new Uint8Array(0);
    let done = false;
    let written = !writeAll;
    const finish = (r: RawResponse | null) => {
      if (done) return;
      done = true;
      socket.destroy();
      resolve(r);
    };
    const tryParse = (final: boolean) => {
      if (!written && !final) return;
      const text = new TextDecoder('latin1').decode(received);
      const end = text.indexOf('\r\n\r\n');
      if (end < 0) {
        if (final) finish(null);
        return;
      }
      const lines = text.slice(0, end).split('\r\n');
      const status = Number(/^HTTP\/1\.1 (\d{3}) /.exec(lines[0])?.[1] ?? 0);
      const headers = new Map<string, string>();
      for (const l of lines.slice(1)) {
        const i = l.indexOf(':');
        headers.set(l.slice(0, i).trim().toLowerCase(), l.slice(i + 1).trim());
      }
      const length = Number(headers.get('content-length') ?? 0);
      const rest = received.subarray(new TextEncoder().encode(text.slice(0, end + 4)).length);
      if (rest.length >= length) {
        finish({ status, headers, body: new TextDecoder().decode(rest.subarray(0, length)) });
      } else if (final) {
        finish(null);
      }
    };
    socket.setTimeout(15000, () => finish(null));
    socket.on('data', (chunk) => {
      received = bytes(received, chunk);
      tryParse(false);
    });
    socket.on('end', () => tryParse(true));
    socket.on('close', () => tryParse(true));
    socket.on('error', () => tryParse(true));
    socket.on('connect', () => {
      socket.write(head);
      if (body) {
        socket.write(body, () => {
          written = true;
          tryParse(false);
        });
      }
    });
  });
}

/** A raw request head; `target` and `extra` may hold any bytes. */
function rawHead(
  method: string,
  target: string | Uint8Array,
  extra: Array<string | Uint8Array> = [],
  contentLength?: number,
): Uint8Array {
  const parts: Array<string | Uint8Array> = [`${method} `, target, ' HTTP/1.1\r\n', `Host: ${HOST}\r\n`];
  for (const e of extra) parts.push(e, '\r\n');
  if (contentLength !== undefined) {
    parts.push('Content-Type: application/json\r\n', `Content-Length: ${contentLength}\r\n`);
  }
  parts.push('Connection: close\r\n\r\n');
  return bytes(...parts);
}

/** Asserts a problem+json answer with the given 4xx status. */
function expectRawProblem(r: RawResponse | null, what: string, status: number): void {
  expect(r, `${what}: the connection closed without an answer`).not.toBeNull();
  const res = r as RawResponse;
  const ctx = `${what}: ${res.status} ${res.body.slice(0, 300)}`;
  expect(res.status, ctx).toBe(status);
  expect(res.status, ctx).toBeGreaterThanOrEqual(400);
  expect(res.status, ctx).toBeLessThan(500);
  expect(res.headers.get('content-type') ?? '', ctx).toMatch(/^application\/problem\+json/);
  const problem = JSON.parse(res.body);
  expect(problem.status, ctx).toBe(res.status);
}

// ---------------------------------------------------------------------------------------------
// Hostile bodies

function jsonWithStringOf(totalBytes: number): string {
  const shell = '{"name":"","email":"","description":""}';
  return `{"name":"${'x'.repeat(totalBytes - shell.length)}","email":"","description":""}`;
}

const TEN_THOUSAND = 10000;
const HOSTILE_BODIES: Array<[string, string | Uint8Array<ArrayBuffer>]> = [
  ['arrays nested 100,000 deep', '['.repeat(100000) + ']'.repeat(100000)],
  ['objects nested 50,000 deep in a field', '{"name":' + '{"a":'.repeat(50000) + '1' + '}'.repeat(50001)],
  ['unclosed nesting 100,000 deep', '{"roles":' + '['.repeat(100000)],
  ['a string of (almost) 1 MiB', jsonWithStringOf(BODY_LIMIT - 8)],
  [
    '10,000-element arrays',
    JSON.stringify({
      roles: Array(TEN_THOUSAND).fill('mentor'),
      skills_teach: Array(TEN_THOUSAND).fill({ id: '1', level: 3 }),
      ids: Array.from({ length: TEN_THOUSAND }, (_, i) => i),
    }),
  ],
  [
    'wrong types',
    JSON.stringify({ name: 12, email: [], password: {}, roles: 'org_admin', capacity: '7', title: true, id: null }),
  ],
  ['a bare array', '[1,2,3]'],
  ['a huge number', '{"capacity":1e999999}'],
  ['JSON true', 'true'],
  ['invalid UTF-8 bytes', bytes('{"name":"', [0xff, 0xfe, 0xc3, 0x28], '","email":"a@b.example"}')],
  ['an overlong UTF-8 slash', bytes('{"name":"', [0xc0, 0xaf], '"}')],
];

// ---------------------------------------------------------------------------------------------

const spec = await new Client().get(`${V1}/openapi.yaml`);
const OPERATIONS = writeOperations(spec.text);

let admin: Client;
let orgId: string;

beforeAll(async () => {
  admin = await signIn(DEMO.lincoln.admin);
  orgId = (await orgBySlug(admin, DEMO.lincoln.slug)).id;
});

/** The operation's path with {org} → the admin's organisation and any other id → `other`. */
function concrete(op: Operation, other = '999999999'): string {
  return op.path.replace(/\{([^}]+)\}/g, (_, name: string) => (name === 'org' ? orgId : other));
}

/** Who attacks: the org admin, except on sign-out (which would end the admin's session). */
async function attacker(op: Operation): Promise<Client> {
  return op.path.endsWith('/auth/logout') ? anonymous() : admin;
}

/**
 * A hostile body is refused with a 400 problem where the operation takes a body (the body is
 * decoded before anything else happens). An operation without a request body in the spec never
 * reads it: the answer is exactly `clean`'s, the same request without a body (a 404 for the ids
 * that do not exist, 204 for signing out).
 */
function expectRefused(res: ApiResponse, op: Operation, what: string, clean: ApiResponse | null): void {
  const ctx = `${op.method} ${op.path} with ${what}: ${res.status} ${res.text.slice(0, 300)}`;
  if (op.hasBody) {
    expect(res.status, ctx).toBe(400);
    expectProblem(res, 400);
    return;
  }
  expect(res.status, `${ctx}; without a body: ${clean?.status} ${clean?.text.slice(0, 300)}`).toBe(clean?.status);
  if (res.status >= 400) expectProblem(res, res.status);
}

async function expectAlive(): Promise<void> {
  const res = await new Client().get<Schemas['HealthStatus']>('/healthz');
  expect(res.status, 'the server is alive').toBe(200);
}

test('the spec names write routes to attack', () => {
  expect(OPERATIONS.length).toBeGreaterThan(10);
  expect(OPERATIONS.some((o) => o.method === 'POST' && o.path === `${V1}/auth/login`)).toBe(true);
});

describe('hostile bodies on every write route', () => {
  for (const op of OPERATIONS) {
    test(`${op.method} ${op.path}`, async () => {
      const client = await attacker(op);
      const path = concrete(op);
      const clean = op.hasBody ? null : await client.raw(op.method, path);
      for (const [what, body] of HOSTILE_BODIES) {
        const res = await client.raw(op.method, path, { body, headers: { 'Content-Type': 'application/json' } });
        expectRefused(res, op, what, clean);
      }
      // Just over the limit: refused with 413 before anything else looks at it.
      const over = await client.raw(op.method, path, {
        body: jsonWithStringOf(BODY_LIMIT + 1),
        headers: { 'Content-Type': 'application/json' },
      });
      expectProblem(over, 413);
      await expectAlive();
    });
  }
});

describe('control characters and invalid UTF-8 in paths, query strings and headers', () => {
  for (const op of OPERATIONS) {
    test(`${op.method} ${op.path}`, async () => {
      const client = await attacker(op);
      const json = { body: '{}', headers: { 'Content-Type': 'application/json' } };
      for (const bad of ['%00', '%0D%0AX-Forged:%201', '%FF%FE', '%C0%AF', '%1B%5B31m', '%zz']) {
        // In every path parameter, or as an extra segment where there is none.
        const path = op.path.includes('{')
          ? op.path.replace(/\{[^}]+\}/g, `x${bad}y`)
          : `${op.path}/x${bad}y`;
        expectProblem(await client.raw(op.method, path, json), 400);
      }
      for (const bad of ['%00', '%0A', '%FF', '%E2%82', 'a=%1B', '%zz']) {
        expectProblem(await client.raw(op.method, `${concrete(op)}?q=${bad}`, json), 400);
      }

      // Raw bytes, which fetch would escape: sent on a socket of our own.
      const target = concrete(op);
      const csrf = `X-CSRF-Token: ${client.csrf ?? ''}`;
      const cookie = `Cookie: ${[...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ')}`;
      // Each case is refused with a 400, or, where the bytes are harmless to the server, answered
      // exactly as the clean request it stands for (whatever the route answers to that: most
      // refuse a request without a body or with an id that does not exist; signing out succeeds).
      const rawCases: Array<[string, Uint8Array, number | Uint8Array]> = [
        ['a raw control character in the path', rawHead(op.method, bytes(target, [0x01, 0x7f])), 400],
        ['a raw NUL in the path', rawHead(op.method, bytes(target, [0x00])), 400],
        ['raw invalid UTF-8 in the path', rawHead(op.method, bytes(target, [0xff, 0xfe])), 400],
        ['a raw control character in the query', rawHead(op.method, bytes(target, '?q=', [0x1b])), 400],
        ['raw invalid UTF-8 in the query', rawHead(op.method, bytes(target, '?q=', [0xc3, 0x28])), 400],
        ['a control character in a header value', rawHead(op.method, target, [cookie, csrf, bytes('X-Note: a', [0x07], 'b')]), 400],
        // http_parser (strict) refuses a CR that does not end a line: no header can be forged.
        ['a bare CR in a header value', rawHead(op.method, target, [cookie, csrf, bytes('X-Note: a', [0x0d], 'X-Forged: 1')]), 400],
        // Header values may carry any octet (obs-text); an unknown header is not read.
        ['invalid UTF-8 in a header value', rawHead(op.method, target, [cookie, csrf, bytes('X-Note: ', [0xff, 0xfe])]), rawHead(op.method, target, [cookie, csrf])],
        // A session cookie that is no session's token: the request is anonymous.
        [
          'invalid UTF-8 in the cookie',
          rawHead(op.method, target, [bytes('Cookie: tandem_session=', [0xff], '; tandem_csrf=', [0xfe]), bytes('X-CSRF-Token: ', [0xfe])]),
          rawHead(op.method, target, [bytes('Cookie: tandem_csrf=', [0xfe]), bytes('X-CSRF-Token: ', [0xfe])]),
        ],
        ['a header line without a colon', rawHead(op.method, target, ['NoColonHere']), 400],
      ];
      for (const [what, head, want] of rawCases) {
        const ctx = `${op.method} ${op.path}: ${what}`;
        const r = await rawHttp(head);
        if (typeof want === 'number') {
          expectRawProblem(r, ctx, want);
          continue;
        }
        const clean = await rawHttp(want);
        expect(clean, `${ctx}: the clean request got no answer`).not.toBeNull();
        expect(r, `${ctx}: the connection closed without an answer`).not.toBeNull();
        expect(r!.status, `${ctx}: ${r!.status} ${r!.body.slice(0, 300)}; the clean request: ${clean!.status} ${clean!.body.slice(0, 300)}`).toBe(clean!.status);
        if (r!.status >= 400) expectRawProblem(r, ctx, clean!.status);
      }
      await expectAlive();
    });
  }
});

describe('bodies over the limit with an honest Content-Length', () => {
  test('5 MiB and 50 MiB are answered 413 from the headers, on every write route', async () => {
    for (const op of OPERATIONS) {
      for (const size of [5 * MIB, 50 * MIB]) {
        // Only the first 64 KiB of the body are sent: the answer must not wait for the rest.
        const r = await rawHttp(rawHead(op.method, concrete(op), [], size), new Uint8Array(64 * 1024).fill(0x20));
        expectRawProblem(r, `${op.method} ${op.path} with ${size} bytes`, 413);
      }
    }
    await expectAlive();
  }, 60000);

  test('a client that sends all of a 50 MiB body still reads the 413', async () => {
    const body = new Uint8Array(50 * MIB).fill(0x20);
    const r = await rawHttp(rawHead('POST', `${V1}/auth/login`, [], body.length), body, true);
    expectRawProblem(r, 'POST /auth/login with 50 MiB', 413);
    await expectAlive();
  }, 30000);
});

// ---------------------------------------------------------------------------------------------
// The access log

/** The log's lines once `ready` holds for them (the server writes each line at once). */
async function logLines(ready: (lines: string[]) => boolean): Promise<string[]> {
  let lines: string[] = [];
  for (let i = 0; i < 100; i++) {
    lines = readFileSync(SERVER_LOG, 'utf8').split('\n');
    if (ready(lines)) return lines;
    await new Promise((r) => setTimeout(r, 50));
  }
  return lines;
}

describe.skipIf(!SERVER_LOG)('the access log', () => {
  test('one escaped line per request, whatever its path', async () => {
    const marker = `hostile-${uid()}`;
    const client = await anonymous();
    const sent: string[] = [];
    for (let i = 0; i < 10; i++) {
      const tag = `${marker}-${i}-`;
      sent.push(tag);
      const res =
        i % 3 === 0
          ? await client.get(`${V1}/${tag}`)
          : i % 3 === 1
            ? await client.get(`${V1}/${tag}%0D%0Ahttp%20method=GET%20path=/forged`)
            : await client.raw('POST', `${V1}/${tag}`, { body: '[[[[', headers: { 'Content-Type': 'application/json' } });
      // No such endpoint (404), except the path with an encoded CR LF, refused first (400).
      expect(res.status, `${tag}: ${res.text.slice(0, 200)}`).toBe(i % 3 === 1 ? 400 : 404);
    }
    const rawTag = `${marker}-raw-`;
    sent.push(rawTag);
    expectRawProblem(await rawHttp(rawHead('GET', bytes(`${V1}/${rawTag}`, [0x0a, 0x01]))), 'raw LF in the path', 400);

    const lines = await logLines((ls) => sent.every((tag) => ls.some((l) => l.includes(tag))));
    for (const tag of sent) {
      const mine = lines.filter((l) => l.includes(tag));
      expect(mine.length, `log lines for ${tag}: ${mine.join(' | ')}`).toBe(1);
      expect(mine[0]).toMatch(/http method=\S+ path=\S+ client=\S+ status=\d{3} /);
    }
    expect(lines.filter((l) => l.includes('path=/forged') && !l.includes(marker))).toEqual([]);
    // Nothing but printable text on any line of the log.
    // eslint-disable-next-line no-control-regex
    const dirty = lines.filter((l) => /[\x00-\x08\x0b-\x1f\x7f]/.test(l));
    expect(dirty.map((l) => JSON.stringify(l.slice(0, 200)))).toEqual([]);
  });

  test('no session, CSRF, invitation or reset token appears in any line', async () => {
    const secrets: string[] = [];
    // Sessions and CSRF tokens of people who used the server.
    const user = await createUser({ orgSlug: DEMO.lincoln.slug, roles: ['mentor'], namePrefix: 'hostile' });
    for (const c of [admin, user.client]) {
      expectStatus(await c.get<Schemas['Me']>(`${V1}/me`), 200);
      secrets.push(c.session ?? '', c.csrf ?? '');
    }
    // An invitation token, used in every place it travels.
    const inv = await invite(admin, orgId, { roles: ['mentee'] });
    secrets.push(inv.token);
    const anon = await anonymous();
    secrets.push(anon.csrf ?? '');
    await anon.get<Schemas['InvitationPreview']>(`${V1}/invitations/${encodeURIComponent(inv.token)}`);
    await anon.get(`/invite/${encodeURIComponent(inv.token)}`);
    await anon.raw('POST', `${V1}/invitations/${encodeURIComponent(inv.token)}/accept`, {
      body: '{"name":1}',
      headers: { 'Content-Type': 'application/json' },
    });
    // A password-reset token, in its link and its confirmation (asked from an address of its
    // own: the reset budget is per client address and the suite shares 127.0.0.1).
    expectStatus(await (await anonymousFrom()).post<Schemas['PasswordResetAccepted']>(`${V1}/auth/password-reset`, { email: user.email }), 202);
    const resets = (await outboxFor(user.email)).filter((m) => m.body.includes('/reset-password'));
    expect(resets.length).toBe(1);
    const reset = resetToken(resets[0].body);
    secrets.push(reset);
    await anon.get(`/reset-password?token=${encodeURIComponent(reset)}`);
    await anon.raw('POST', `${V1}/auth/password-reset/confirm`, {
      body: JSON.stringify({ token: reset, password: 'short' }),
      headers: { 'Content-Type': 'application/json' },
    });

    const real = secrets.filter((s) => s.length >= 8);
    expect(real.length).toBeGreaterThanOrEqual(7);
    const lines = await logLines((ls) => ls.some((l) => l.includes('path=/reset-password ')));
    expect(lines.some((l) => l.includes('path=/invite/{token}'))).toBe(true);
    for (const secret of real) {
      const leaks = lines.filter((l) => l.includes(secret) || l.includes(encodeURIComponent(secret)));
      expect(leaks, `a secret appears in the log`).toEqual([]);
    }
  });
});
