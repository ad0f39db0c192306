// No cheap request costs the server a lot (issue 7, point 9): expensive endpoints have a budget
// per session and minute (and a ceiling per person, four sessions' worth: see
// match_rounds_test.cc), counted in the database, answering 429 problem+json with Retry-After
// once it is spent. Budgets are per session and per kind of work.
//
// Windows are aligned to the minute, so a run of requests may straddle two of them: the test
// sends up to twice the budget plus one, which must overrun one window whatever the timing.

import { Client } from './client';
import type { Schemas } from './schema';
import { expectProblem, expectStatus, problemOf, short } from './helpers';
import { orgBySlug, orgPath } from './fixtures/organisations';
import { createUser, type NewUser } from './fixtures/people';
import { programInput } from './fixtures/programs';
import { DEMO, signIn } from './fixtures/session';

const RECOMMENDATIONS_PER_MINUTE = 120; // domain/request_budget.cc

let coordinator: Client;
let orgId: string;
let programId: string;
let mentees: NewUser[];

beforeAll(async () => {
  coordinator = await signIn(DEMO.lincoln.coordinator);
  orgId = (await orgBySlug(coordinator, DEMO.lincoln.slug)).id;
  const created = await coordinator.post<Schemas['Program']>(
    orgPath(orgId, '/programs'),
    programInput({ name: `Budget ${short()}`, requires_approval: false }),
  );
  expectStatus(created, 201);
  programId = created.json.id;
  const join = (namePrefix: string) =>
    createUser({
      orgSlug: DEMO.lincoln.slug,
      roles: ['mentee'],
      inviter: coordinator,
      program_id: programId,
      program_role: 'mentee',
      namePrefix,
    });
  mentees = [await join('BudgetA'), await join('BudgetB')];
}, 120_000);

const recommendations = () => orgPath(orgId, `/programs/${programId}/recommendations`);

test('the budget runs out with 429 problem+json and Retry-After, for that session only', async () => {
  const [spender, other] = mentees;
  let refused = null;
  for (let i = 0; i < 2 * RECOMMENDATIONS_PER_MINUTE + 1 && !refused; ++i) {
    const res = await spender.client.get(recommendations());
    if (res.status === 429) refused = res;
    else expectStatus(res, 200);
  }
  expect(refused).not.toBeNull();
  expectProblem(refused!, 429);
  const retryAfter = Number(refused!.headers.get('retry-after'));
  expect(Number.isInteger(retryAfter)).toBe(true);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);
  expect(problemOf(refused!).detail).toMatch(/too many requests/i);

  // Another session of the same person has its own budget (well under the person's ceiling).
  const again = await signIn(spender.email, spender.password);
  expectStatus(await again.get(recommendations()), 200);
  // Someone else's budget is untouched.
  expectStatus(await other.client.get(recommendations()), 200);
}, 120_000);
