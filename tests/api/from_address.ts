// Clients that connect from another client address, to test what the server decides per
// address (password-guessing limits) without X-Forwarded-For.
//
// Linux routes all of 127.0.0.0/8 to the loopback interface, so a client may bind any
// 127.x.y.z as its source address and the server, listening on 127.0.0.1, sees that as the
// peer. Needs the server on an IPv4 loopback address (TANDEM_BASE_URL http://127.0.0.1:PORT).
// fetch cannot choose its source address, so these clients send with node:http instead.

import { request } from 'node:http';
import { BASE_URL, Client, Transport } from './client';

/** A fresh loopback address other than 127.0.0.1, so repeated runs start with clean budgets. */
export function randomLoopbackAddress(): string {
  const b = crypto.getRandomValues(new Uint8Array(3));
  return `127.${b[0]}.${b[1]}.${2 + (b[2] % 250)}`;
}

function concat(chunks: Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** A Transport like fetch whose connections come from `localAddress`. */
export function transportFrom(localAddress: string): Transport {
  return (url, init) =>
    new Promise<Response>((resolve, reject) => {
      const u = new URL(url);
      const method = init.method ?? 'GET';
      const headers: Record<string, string> = {};
      new Headers(init.headers).forEach((value, name) => {
        headers[name] = value;
      });
      let body: Uint8Array | undefined;
      if (typeof init.body === 'string') body = new TextEncoder().encode(init.body);
      else if (init.body instanceof Uint8Array) body = init.body;
      else if (init.body != null) throw new Error('from_address: only string and byte bodies');
      if (body !== undefined) headers['content-length'] = String(body.length);
      const req = request(
        { host: u.hostname, port: u.port, path: u.pathname + u.search, method, headers, localAddress },
        (res) => {
          const chunks: Uint8Array[] = [];
          res.on('data', (chunk) => chunks.push(chunk));
          res.on('error', reject);
          res.on('end', () => {
            const h = new Headers();
            for (let i = 0; i + 1 < res.rawHeaders.length; i += 2) h.append(res.rawHeaders[i], res.rawHeaders[i + 1]);
            const status = res.statusCode ?? 0;
            const bodyless = status === 204 || status === 304 || method === 'HEAD';
            resolve(new Response(bodyless ? null : concat(chunks), { status, headers: h }));
          });
        },
      );
      req.on('error', reject);
      if (body !== undefined) req.write(body);
      req.end();
    });
}

/** A new user agent connecting from `address` (default: a random loopback address). */
export function clientFrom(address: string = randomLoopbackAddress()): Client {
  return new Client(BASE_URL, transportFrom(address));
}

/**
 * A signed-out user agent (CSRF cookie primed) connecting from `address`. Tests that ask for
 * password resets use one: the reset budget is per client address, and the suite otherwise
 * shares 127.0.0.1.
 */
export async function anonymousFrom(address: string = randomLoopbackAddress()): Promise<Client> {
  const c = clientFrom(address);
  await c.ensureCsrf();
  return c;
}
