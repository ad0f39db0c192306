// Notifications (issue 3): what a person is told about their requests and matches, and marking
// one read. What each event notifies is checked where the event happens (match_rounds,
// mentor_requests, relationships, safeguarding).

import { V1 } from './client';
import { expectProblem, expectStatus } from './helpers';
import { notificationsOf } from './fixtures/notifications';
import { staffOf, type Staff } from './fixtures/organisations';
import { addMentee, addMentor, createProgram, type Participant } from './fixtures/programs';
import { request } from './fixtures/requests';
import { DEMO } from './fixtures/session';

const SETUP_TIMEOUT = 180_000;

let staff: Staff;

beforeAll(async () => {
  staff = await staffOf(DEMO.lincoln.slug, DEMO.lincoln.coordinator);
});

describe('notifications', () => {
  // A minor asks a mentor: the mentor is notified (request_received).
  let mentee: Participant;
  let mentor: Participant;

  beforeAll(async () => {
    const program = await createProgram(staff, { type: 'one_to_one' });
    mentee = await addMentee(staff, program.id);
    mentor = await addMentor(staff, program.id, { capacity: 1 });
    await request(mentee.client, staff.org.id, program.id, mentor.id);
  }, SETUP_TIMEOUT);

  test('a notification can be marked read, only by its owner', async () => {
    const note = (await notificationsOf(mentor.client)).find((n) => !n.read);
    if (!note) throw new Error('the mentor has no unread notification');
    const readPath = `${V1}/me/notifications/${note.id}/read`;
    expectProblem(await mentee.client.post(readPath), 404);
    expect((await notificationsOf(mentor.client)).find((n) => n.id === note.id)?.read).toBe(false);
    expectStatus(await mentor.client.post(readPath), 204);
    expect((await notificationsOf(mentor.client)).find((n) => n.id === note.id)?.read).toBe(true);
    expectStatus(await mentor.client.post(readPath), 204);
    expectProblem(await mentor.client.post(`${V1}/me/notifications/999999999/read`), 404);
  });
});
