// Development mail mode (the API test servers run without --smtp): nothing is delivered, the
// outbox is the mailbox, and the server says so. Delivery over SMTP is tested in tests/mail.

import { Client, V1 } from './client';
import type { Schemas } from './schema';
import { expectProblem, expectStatus } from './helpers';
import { anonymous, DEMO, signIn } from './fixtures/session';

describe('mail mode', () => {
  test('anyone can ask whether mail is delivered; here it is not', async () => {
    for (const client of [new Client(), await anonymous(), await signIn(DEMO.lincoln.student)]) {
      const res = await client.get<Schemas['MailStatus']>(`${V1}/mail/status`);
      expectStatus(res, 200);
      expect(res.json).toEqual({ mode: 'development' });
    }
  });

  test('in development mode the outbox shows whole messages, to the platform admin only', async () => {
    const admin = await signIn(DEMO.platformAdmin);
    const res = await admin.get<Schemas['Outbox']>(`${V1}/admin/outbox`);
    expectStatus(res, 200);
    expect(res.json.mode).toBe('development');
    expect(res.json.items.length).toBeGreaterThan(0);
    for (const m of res.json.items) {
      expect(m.body).toBeTypeOf('string');
      expect(['pending', 'sending', 'sent', 'failed']).toContain(m.status);
      expect(m.attempts).toBeTypeOf('number');
    }
    expectProblem(await (await signIn(DEMO.lincoln.admin)).get<Schemas['Outbox']>(`${V1}/admin/outbox`), 403);
    expectProblem(await new Client().get<Schemas['Outbox']>(`${V1}/admin/outbox`), 401);
  });
});
