// Mail really leaves the building: a `tandem serve --smtp` (started by scripts/test.sh, phase
// "mail") delivers password resets and invitations to a local SMTP server this file starts
// itself (Debian's python3-aiosmtpd, Mailbox handler writing a maildir), and the outbox API then
// shows delivery metadata without any body.
//
// Environment (set by scripts/test.sh): TANDEM_BASE_URL (the server), TANDEM_SMTP_PORT (where
// the server's --smtp points; nothing listens there until this file starts aiosmtpd),
// TANDEM_MAILDIR (a path that does not exist yet: aiosmtpd's Mailbox creates the maildir, and
// answers 500 for a folder that exists without new/, cur/ and tmp/), TANDEM_MAIL_FROM (the
// server's --mail-from).
// The first test runs while the SMTP server is still down, so the mail must be retried.

import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { V1 } from '../api/client';
import type { Outbox } from '../api/schema';
import { expectStatus, uniqueEmail, uniquePassword } from '../api/helpers';
import { orgBySlug, orgPath } from '../api/fixtures/organisations';
import { inviteToken, resetToken } from '../api/fixtures/people';
import { DEMO, anonymous, signIn } from '../api/fixtures/session';

const SMTP_PORT = Number(process.env.TANDEM_SMTP_PORT);
const MAILDIR = process.env.TANDEM_MAILDIR ?? '';
const MAIL_FROM = process.env.TANDEM_MAIL_FROM ?? '';

let smtp: ChildProcess | undefined;

function sleep(ms: number) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls `probe` every 250 ms until it returns a value; fails with `what` after `ms`. */
async function eventually<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`gave up waiting for ${what}`);
    await sleep(250);
  }
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

async function startSmtp() {
  smtp = spawn('/usr/bin/python3', ['-m', 'aiosmtpd', '-n', '-l', `127.0.0.1:${SMTP_PORT}`, '-c', 'aiosmtpd.handlers.Mailbox', MAILDIR], {
    stdio: 'inherit',
  });
  await eventually('aiosmtpd to listen', async () => ((await portOpen(SMTP_PORT)) ? true : undefined), 15_000);
}

function stopSmtp() {
  if (smtp && smtp.exitCode === null) smtp.kill('SIGTERM');
  smtp = undefined;
}
process.on('exit', stopSmtp);

interface Mail {
  headers: Map<string, string>; // lower-cased name -> unfolded value (first occurrence)
  body: string;
}

/** Every message in the maildir (new/ and cur/), parsed. */
function readMaildir(): Mail[] {
  const out: Mail[] = [];
  for (const sub of ['new', 'cur']) {
    const dir = join(MAILDIR, sub);
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir)) {
      const raw = readFileSync(join(dir, file), 'utf8').replace(/\r\n/g, '\n');
      const split = raw.indexOf('\n\n');
      const head = raw.slice(0, split).replace(/\n[ \t]+/g, ' ');
      const headers = new Map<string, string>();
      for (const line of head.split('\n')) {
        const colon = line.indexOf(':');
        const name = line.slice(0, colon).trim().toLowerCase();
        if (colon > 0 && !headers.has(name)) headers.set(name, line.slice(colon + 1).trim());
      }
      let body = raw.slice(split + 2);
      if ((headers.get('content-transfer-encoding') ?? '').toLowerCase() === 'base64')
        body = Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
      out.push({ headers, body });
    }
  }
  return out;
}

function mailTo(address: string, subject: string): Mail | undefined {
  return readMaildir().find(
    (m) => (m.headers.get('to') ?? '').toLowerCase().includes(address.toLowerCase()) && m.headers.get('subject') === subject,
  );
}

async function outbox() {
  const admin = await signIn(DEMO.platformAdmin);
  const res = await admin.get(`${V1}/admin/outbox`);
  expectStatus(res, 200);
  return res;
}

async function outboxEntry(address: string, subject: string) {
  const res = await outbox();
  return (res.json as Outbox).items.find((m) => m.to === address && m.subject === subject);
}

/**
 * The Lincoln admin invites a new address; with SMTP delivery the answer carries no link (only the
 * invitee may hold it), so the token is read from the delivered mail, as the invitee would.
 */
async function inviteByMail(roles: string[]): Promise<{ email: string; token: string; subject: string }> {
  const admin = await signIn(DEMO.lincoln.admin);
  const org = await orgBySlug(admin, DEMO.lincoln.slug);
  const email = uniqueEmail('mailinvite');
  const res = await admin.post(orgPath(org.id, '/invitations'), { email, roles });
  expectStatus(res, 201);
  expect(res.json).not.toHaveProperty('link');
  const subject = `You are invited to ${DEMO.lincoln.name} on Tandem`;
  const mail = await eventually('the invitation mail', () => mailTo(email, subject));
  return { email, token: inviteToken(mail.body), subject };
}

/** A new account made through an invitation that arrived by mail. */
async function userByMail(): Promise<{ email: string; password: string }> {
  const { email, token } = await inviteByMail(['mentor']);
  const password = uniquePassword();
  const res = await (await anonymous()).post(`${V1}/invitations/${encodeURIComponent(token)}/accept`, {
    name: `Mail Person ${email.slice(0, 8)}`,
    password,
  });
  expectStatus(res, 200);
  return { email, password };
}

afterAll(stopSmtp);

describe('mail delivery over SMTP', () => {
  test('the server says it delivers mail', async () => {
    expect(Number.isInteger(SMTP_PORT) && MAILDIR !== '' && MAIL_FROM !== '').toBe(true);
    const res = await (await anonymous()).get(`${V1}/mail/status`);
    expectStatus(res, 200);
    expect(res.json).toEqual({ mode: 'smtp' });
  });

  test('a mail sent while the SMTP server is down is delivered once it is up', async () => {
    expect(await portOpen(SMTP_PORT)).toBe(false);
    // An account of the seeded demo (this phase has a database of its own): no mail is needed
    // to reach it while the SMTP server is down.
    const user = { email: DEMO.northwind.mentor };
    expectStatus(await (await anonymous()).post(`${V1}/auth/password-reset`, { email: user.email }), 202);
    const failed = await eventually('a failed first attempt', async () => {
      const m = await outboxEntry(user.email, 'Reset your Tandem password');
      return m && m.attempts >= 1 && m.status === 'pending' ? m : undefined;
    });
    expect(failed.last_error).toBeTypeOf('string');
    expect(failed.next_attempt_at).toBeTypeOf('string');
    expect(failed).not.toHaveProperty('body');

    await startSmtp();
    const mail = await eventually('the retried mail', () => mailTo(user.email, 'Reset your Tandem password'));
    expect(mail.body).toContain('/reset-password?token=');
    const sent = await eventually('status sent', async () => {
      const m = await outboxEntry(user.email, 'Reset your Tandem password');
      return m?.status === 'sent' ? m : undefined;
    });
    expect(sent.attempts).toBeGreaterThanOrEqual(2);
    expect(sent.last_error).toBeNull();
    expect(sent.sent_at).toBeTypeOf('string');
  });

  test('a password reset arrives with proper headers and a link that works', async () => {
    if (!smtp) await startSmtp();
    const user = await userByMail();
    expectStatus(await (await anonymous()).post(`${V1}/auth/password-reset`, { email: user.email }), 202);
    const mail = await eventually('the reset mail', () => mailTo(user.email, 'Reset your Tandem password'));

    expect(mail.headers.get('from')).toContain(MAIL_FROM.replace(/^.*<|>$/g, ''));
    expect(mail.headers.get('to')).toBe(user.email);
    expect(Number.isNaN(Date.parse(mail.headers.get('date') ?? ''))).toBe(false);
    expect(mail.headers.get('mime-version')).toBe('1.0');
    expect(mail.headers.get('content-type')).toBe('text/plain; charset=UTF-8');
    const entry = await eventually('status sent', async () => {
      const m = await outboxEntry(user.email, 'Reset your Tandem password');
      return m?.status === 'sent' ? m : undefined;
    });
    expect(mail.headers.get('message-id')).toBe(`<${entry.id}@${MAIL_FROM.replace(/^.*@|>$/g, '')}>`);
    expect(mail.body).toContain(`${process.env.TANDEM_BASE_URL}/reset-password?token=`);

    const token = resetToken(mail.body);
    const password = uniquePassword();
    const anon = await anonymous();
    expectStatus(await anon.post(`${V1}/auth/password-reset/confirm`, { token, password }), 204);
    expectStatus(await (await anonymous()).login(user.email, password), 200);

    const res = await outbox();
    expect(res.json.mode).toBe('smtp');
    expect(res.text).not.toContain(token);
    for (const m of res.json.items) expect(m).not.toHaveProperty('body');
  });

  test('an invitation arrives with its link; the outbox shows it sent without a body', async () => {
    if (!smtp) await startSmtp();
    const { email, token, subject } = await inviteByMail(['mentee']);
    const mail = await eventually('the invitation mail', () => mailTo(email, subject));
    expect(mail.body).toContain(`${process.env.TANDEM_BASE_URL}/invite/${token}`);

    const entry = await eventually('status sent', async () => {
      const m = await outboxEntry(email, subject);
      return m?.status === 'sent' ? m : undefined;
    });
    expect(entry).toMatchObject({ to: email, subject, status: 'sent', attempts: 1, last_error: null, next_attempt_at: null });
    expect(entry).not.toHaveProperty('body');
    expect((await outbox()).text).not.toContain(token);
  });
});
