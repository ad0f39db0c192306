// GET /time-zones: the names a profile's time zone may take, for the web app's choice and its
// default (the browser's zone, when it is one of them).

import { Client, V1 } from './client';
import { expectFieldError, expectProblem, expectStatus } from './helpers';
import { createUser } from './fixtures/people';
import { profileInput } from './fixtures/profiles';
import { DEMO } from './fixtures/session';
import type { Schemas } from './schema';

const ZONES = `${V1}/time-zones`;

describe('/time-zones', () => {
  test('lists the zone and link names a profile accepts, sorted, each once', async () => {
    const user = await createUser({ orgSlug: DEMO.lincoln.slug, roles: ['mentee'] });
    const res = await user.client.get<Schemas['TimeZoneList']>(ZONES);
    expectStatus(res, 200);
    const names = res.json.names;
    for (const zone of ['UTC', 'America/Bogota', 'Europe/Madrid', 'Asia/Kolkata', 'Asia/Calcutta'])
      expect(names).toContain(zone);
    expect(names).not.toContain('Chicago');
    expect([...names].sort()).toEqual(names);
    expect(new Set(names).size).toBe(names.length);

    // What the list holds, a profile takes; what it does not, a profile refuses.
    const ok = await user.client.put(`${V1}/me/profile`, profileInput({ time_zone: 'America/Bogota' }));
    expectStatus(ok, 200);
    expectFieldError(await user.client.put(`${V1}/me/profile`, profileInput({ time_zone: 'Mars/Olympus_Mons' })), 'time_zone');
  });

  test('needs a signed-in person', async () => {
    expectProblem(await new Client().get(ZONES), 401);
  });
});
