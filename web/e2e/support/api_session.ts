import { request as playwrightRequest, type APIRequestContext } from '@playwright/test';
import { expect } from './test';
import { allItems } from './paging';
import { ACCOUNTS, DEMO_PASSWORD } from './accounts';

// Set-up through the API for journeys that need records of their own (a program, its people),
// so that the seeded programs stay as they are for the other journeys.

export const API = '/api/v1';

/** A request context with its own cookie jar that sends the CSRF header as the SPA does. */
export class ApiSession {
  private constructor(readonly ctx: APIRequestContext) {}

  static async open(baseURL: string): Promise<ApiSession> {
    const ctx = await playwrightRequest.newContext({ baseURL });
    await ctx.get(`${API}/auth/session`); // sets tandem_csrf
    return new ApiSession(ctx);
  }

  private async csrf(): Promise<string> {
    return (await this.ctx.storageState()).cookies.find((c) => c.name === 'tandem_csrf')?.value ?? '';
  }

  async get(path: string): Promise<any> {
    const res = await this.ctx.get(path);
    expect(res.status(), `GET ${path}: ${await res.text()}`).toBe(200);
    return res.json();
  }

  async send(method: 'POST' | 'PUT' | 'PATCH', path: string, data: unknown, status: number): Promise<any> {
    const res = await this.ctx.fetch(path, { method, data, headers: { 'X-CSRF-Token': await this.csrf() } });
    expect(res.status(), `${method} ${path}: ${await res.text()}`).toBe(status);
    const text = await res.text();
    return text ? JSON.parse(text) : undefined;
  }

  async login(email: string, password: string): Promise<void> {
    await this.send('POST', `${API}/auth/login`, { email, password }, 200);
  }
}

export interface NewPerson {
  name: string;
  email: string;
  password: string;
}

/**
 * The coordinator invites `who` into the program in `role`; a fresh session accepts the
 * invitation and saves `profile`. Returns the person's id and their enrollment (as the
 * coordinator's list shows it).
 */
export async function enrollByInvitation(
  baseURL: string,
  coordinator: ApiSession,
  orgId: string,
  programId: string,
  who: NewPerson,
  role: 'mentee' | 'mentor',
  profile: Record<string, unknown>,
): Promise<{ id: string; enrollment: any }> {
  const invitation = await coordinator.send(
    'POST',
    `${API}/organisations/${orgId}/invitations`,
    { email: who.email, roles: [role], program_id: programId, program_role: role },
    201,
  );
  const token = /\/invite\/([^/?#\s]+)/.exec(invitation.link)![1];
  const person = await ApiSession.open(baseURL);
  const session = await person.send('POST', `${API}/invitations/${token}/accept`, { name: who.name, password: who.password }, 200);
  await person.send('PUT', `${API}/me/profile`, profile, 200);
  await person.ctx.dispose();
  const enrollments = await allItems(
    (path) => coordinator.get(path),
    `${API}/organisations/${orgId}/programs/${programId}/enrollments?role=${role}&q=${encodeURIComponent(who.email)}`,
  );
  return { id: session.user.id, enrollment: enrollments.find((e: any) => e.person_email === who.email) };
}

/** enrollByInvitation for a program that needs no approval: the enrollment is active at once. */
export async function enrollActive(
  baseURL: string,
  coordinator: ApiSession,
  orgId: string,
  programId: string,
  who: NewPerson,
  role: 'mentee' | 'mentor',
  profile: Record<string, unknown>,
): Promise<{ id: string; enrollmentId: string }> {
  const { id, enrollment } = await enrollByInvitation(baseURL, coordinator, orgId, programId, who, role, profile);
  expect(enrollment?.status).toBe('active');
  return { id, enrollmentId: enrollment.id };
}

/**
 * Lincoln High's coordinator, signed in, and a new open one-to-one program (for adults unless
 * told) that only
 * the journey's own people join: the seeded programs stay as they are for the other journeys.
 * The caller disposes of the coordinator's session.
 */
export async function newJourneyProgram(
  baseURL: string,
  name: string,
  description: string,
  defaultMentorCapacity = 2,
  audience: 'adult' | 'youth' = 'adult',
): Promise<{ coordinator: ApiSession; orgId: string; programId: string }> {
  const coordinator = await ApiSession.open(baseURL);
  await coordinator.login(ACCOUNTS.schoolCoordinator, DEMO_PASSWORD);
  const orgs = await allItems((path) => coordinator.get(path), `${API}/organisations`);
  const orgId = orgs.find((o: any) => o.slug === 'lincoln-high').id;
  const program = await coordinator.send(
    'POST',
    `${API}/organisations/${orgId}/programs`,
    {
      name,
      description,
      type: 'one_to_one',
      audience,
      start_date: null,
      end_date: null,
      default_mentor_capacity: defaultMentorCapacity,
      requires_approval: false,
      status: 'open',
    },
    201,
  );
  return { coordinator, orgId, programId: program.id };
}

/** The coordinator records the mentor's screening and training as done (youth programs need both). */
export async function clearMentor(coordinator: ApiSession, orgId: string, programId: string, enrollmentId: string): Promise<void> {
  await coordinator.send(
    'PATCH',
    `${API}/organisations/${orgId}/programs/${programId}/enrollments/${enrollmentId}`,
    { screening_cleared: true, training_complete: true },
    200,
  );
}

/** The mentee asks the mentor and the mentor accepts, through the API: the match is made now. */
export async function matchByRequest(
  baseURL: string,
  orgId: string,
  programId: string,
  mentee: NewPerson,
  mentor: NewPerson & { id: string },
): Promise<void> {
  const asker = await ApiSession.open(baseURL);
  await asker.login(mentee.email, mentee.password);
  const req = await asker.send('POST', `${API}/organisations/${orgId}/programs/${programId}/requests`, { mentor_id: mentor.id }, 201);
  await asker.ctx.dispose();
  const answerer = await ApiSession.open(baseURL);
  await answerer.login(mentor.email, mentor.password);
  await answerer.send('POST', `${API}/organisations/${orgId}/requests/${req.id}/accept`, undefined, 200);
  await answerer.ctx.dispose();
}
