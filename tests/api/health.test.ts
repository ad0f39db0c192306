// Health, readiness, the served spec, API 404s and the single-page app shell with its headers.

import { request } from 'node:http';
import { BASE_URL, Client, V1 } from './client';
import type { Schemas } from './schema';
import { expectProblem } from './helpers';
import { DEMO, signIn } from './fixtures/session';

/** The CSP nonce ('nonce-XYZ') in a Content-Security-Policy header, if any. */
function cspNonce(csp: string): string | undefined {
  return /'nonce-([^']+)'/.exec(csp)?.[1];
}

const HTML = { Accept: 'text/html,application/xhtml+xml,*/*;q=0.8' }; // as a browser navigates

// Detected once: the asset URLs the served index.html references (none when there is no web build).
const rootHtml = await fetch(`${BASE_URL}/`, { headers: HTML }).then(
  async (r) => (r.ok ? await r.text() : ''),
  () => '',
);
const assetPaths = [...rootHtml.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1]);

describe('health', () => {
  test('GET /healthz answers 200 {"status":"ok"}', async () => {
    const res = await new Client().get<Schemas['HealthStatus']>('/healthz');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type') ?? '').toMatch(/^application\/json/);
    expect(res.json).toEqual({ status: 'ok' });
  });

  test('GET /readyz answers 200 {"status":"ready"} while the database is reachable', async () => {
    const res = await new Client().get<Schemas['HealthStatus']>('/readyz');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type') ?? '').toMatch(/^application\/json/);
    expect(res.json).toEqual({ status: 'ready' });
  });

  test('the OpenAPI spec is served as YAML and describes the v1 endpoints', async () => {
    const res = await new Client().get(`${V1}/openapi.yaml`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type') ?? '').toMatch(/yaml/);
    expect(res.text).toMatch(/^\s*openapi:\s*["']?3\./m);
    expect(res.text).toContain('/auth/login');
    expect(res.text).toContain('/organisations');
  });
});

describe('unknown API paths', () => {
  test('an unknown /api/v1 path is a JSON 404 problem, not the app shell', async () => {
    const client = await signIn(DEMO.lincoln.coordinator);
    const res = await client.get(`${V1}/no-such-resource-${crypto.randomUUID()}`);
    expectProblem(res, 404);
    expect(res.text).not.toMatch(/<html/i);
  });

  test('an unknown path under /api (other version) is a JSON 404 problem too', async () => {
    const res = await new Client().get('/api/v9/anything');
    expectProblem(res, 404);
    expect(res.text).not.toMatch(/<html/i);
  });
});

describe('single-page app shell', () => {
  test('a client route such as /programs/x serves index.html with security headers', async () => {
    const res = await new Client().get('/programs/x', HTML);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type') ?? '').toMatch(/^text\/html/);
    expect(res.text).toMatch(/<!doctype html>/i);
    expect(res.text).toMatch(/<script/i);

    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/frame-ancestors 'none'/);
    const nonce = cspNonce(csp);
    expect(nonce, `CSP without a nonce: ${csp}`).toBeDefined();
    expect(nonce!.length).toBeGreaterThanOrEqual(16);
    // Any nonce attribute in the document must carry the header's nonce.
    for (const m of res.text.matchAll(/\snonce="([^"]*)"/g)) expect(m[1]).toBe(nonce);

    expect((res.headers.get('x-content-type-options') ?? '').toLowerCase()).toBe('nosniff');
    expect((res.headers.get('referrer-policy') ?? '').length).toBeGreaterThan(0);
  });

  test('each page load gets a fresh CSP nonce', async () => {
    const a = await new Client().get('/programs/x', HTML);
    const b = await new Client().get('/programs/x', HTML);
    const na = cspNonce(a.headers.get('content-security-policy') ?? '');
    const nb = cspNonce(b.headers.get('content-security-policy') ?? '');
    expect(na).toBeDefined();
    expect(nb).toBeDefined();
    expect(na).not.toBe(nb);
  });

  test('the root and deep client routes serve the same shell', async () => {
    const strip = (html: string) => html.replace(/nonce-[^'"]+|nonce="[^"]*"/g, 'NONCE');
    const root = await new Client().get('/', HTML);
    const deep = await new Client().get('/invite/some-token', HTML);
    expect(root.status).toBe(200);
    expect(deep.status).toBe(200);
    expect(strip(deep.text)).toBe(strip(root.text));
  });

  test('/assets/* files referenced by index.html are served with a real content type', async (ctx) => {
    if (assetPaths.length === 0) ctx.skip('no web build (index.html references no /assets/ files)');
    for (const path of assetPaths) {
      const res = await new Client().get(path);
      expect(res.status, path).toBe(200);
      const type = res.headers.get('content-type') ?? '';
      if (path.endsWith('.js')) expect(type, path).toMatch(/javascript/);
      if (path.endsWith('.css')) expect(type, path).toMatch(/^text\/css/);
      expect((res.headers.get('x-content-type-options') ?? '').toLowerCase()).toBe('nosniff');
    }
  });

  test('text assets go out gzipped to a browser that accepts it, plain to one that does not', async (ctx) => {
    const scripts = assetPaths.filter((p) => p.endsWith('.js'));
    if (scripts.length === 0) ctx.skip('no web build');
    for (const path of scripts) {
      const gzipped = await rawGet(path, 'gzip, deflate, br');
      const plain = await rawGet(path, 'identity');
      expect(gzipped.status, path).toBe(200);
      expect(gzipped.headers['content-encoding'], path).toBe('gzip');
      expect(gzipped.headers['vary'], path).toBe('Accept-Encoding');
      expect([...gzipped.body.subarray(0, 2)], path).toEqual([0x1f, 0x8b]); // gzip's magic number
      expect(Number(gzipped.headers['content-length']), path).toBe(gzipped.body.length);
      expect(plain.headers['content-encoding'], path).toBeUndefined();
      expect(plain.headers['vary'], path).toBe('Accept-Encoding');
      expect(gzipped.body.length, path).toBeLessThan(plain.body.length * 0.9);
    }
  });

  test('a missing asset is a 404, not the app shell', async (ctx) => {
    if (assetPaths.length === 0) ctx.skip('no web build');
    const res = await new Client().get(`/assets/missing-${crypto.randomUUID()}.js`);
    expect(res.status).toBe(404);
    expect(res.text).not.toMatch(/<!doctype html>/i);
  });
});

/** A GET sent with node:http, which (unlike fetch) neither asks for nor undoes compression. */
function rawGet(path: string, acceptEncoding: string): Promise<{ status: number; headers: Record<string, string>; body: Uint8Array }> {
  const url = new URL(BASE_URL);
  return new Promise((resolve, reject) => {
    const req = request(
      { host: url.hostname, port: url.port, path, method: 'GET', headers: { 'accept-encoding': acceptEncoding }, localAddress: '127.0.0.1' },
      (res) => {
        const chunks: Uint8Array[] = [];
        res.on('data', (c) => chunks.push(c));
        res.on('error', reject);
        res.on('end', () => {
          const headers: Record<string, string> = {};
          for (let i = 0; i + 1 < res.rawHeaders.length; i += 2) headers[res.rawHeaders[i]!.toLowerCase()] = res.rawHeaders[i + 1]!;
          const body = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
          let at = 0;
          for (const c of chunks) {
            body.set(c, at);
            at += c.length;
          }
          resolve({ status: res.statusCode ?? 0, headers, body });
        });
      },
    );
    req.on('error', reject);
    req.end();
  });
}
