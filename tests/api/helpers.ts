// Shared assertions, test-data builders and demo-data lookups for the API tests.
//
// Every test creates its own data with unique names (crypto.randomUUID()), so the files can run in
// any order, twice (SQLite and PostgreSQL servers), against a freshly seeded database.

import { ApiResponse, Client, V1 } from './client';

export const DEMO_PASSWORD = 'tandem-demo-2026';

export const DEMO = {
  platformAdmin: 'admin@tandem.example',
  lincoln: {
    slug: 'lincoln-high',
    name: 'Lincoln High School',
    admin: 'admin@lincoln-high.example',
    coordinator: 'coordinator@lincoln-high.example',
    student: 'student@lincoln-high.example',
  },
  northwind: {
    slug: 'northwind',
    name: 'Northwind Analytics',
    admin: 'admin@northwind.example',
    coordinator: 'coordinator@northwind.example',
    mentor: 'mentor@northwind.example',
  },
  alumni: {
    slug: 'lincoln-alumni',
    name: 'Lincoln Alumni Association',
    admin: 'admin@lincoln-alumni.example',
  },
  programs: {
    careerPathways: 'Career Pathways Mentoring',
    growthCircles: 'Northwind Growth Circles',
  },
} as const;

export type Role = 'org_admin' | 'coordinator' | 'mentor' | 'mentee';
export type ProgramRole = 'mentor' | 'mentee';

// ---------------------------------------------------------------------------------------------
// Assertions

/** Asserts an RFC 9457 problem response with the given HTTP status. */
export function expectProblem(res: ApiResponse, status: number): void {
  const ctx = `${res.status} ${res.text.slice(0, 500)}`;
  expect(res.status, ctx).toBe(status);
  expect(res.headers.get('content-type') ?? '', ctx).toMatch(/^application\/problem\+json/i);
  expect(res.json, ctx).toBeTypeOf('object');
  expect(res.json.type, ctx).toBeTypeOf('string');
  expect(res.json.type.length, ctx).toBeGreaterThan(0);
  expect(res.json.title, ctx).toBeTypeOf('string');
  expect(res.json.title.length, ctx).toBeGreaterThan(0);
  expect(res.json.status, ctx).toBe(status);
  expect(res.json.detail, ctx).toBeTypeOf('string');
  expect(res.json.detail.trim().length, ctx).toBeGreaterThan(0);
  if (res.json.errors !== undefined) {
    expect(Array.isArray(res.json.errors), ctx).toBe(true);
  }
}

/** Asserts a problem whose status is one of `allowed` (for points the contract leaves open). */
export function expectProblemOneOf(res: ApiResponse, allowed: number[]): void {
  expect(allowed, `${res.status} ${res.text.slice(0, 500)}`).toContain(res.status);
  expectProblem(res, res.status);
}

/**
 * Asserts a 400 problem that names `field`: either an `errors[].field` mentioning it (so
 * "skills_teach[0].level" names "level") or, failing that, the `detail` text mentioning it.
 */
export function expectFieldError(res: ApiResponse, field: string): void {
  expectProblem(res, 400);
  const errors: Array<{ field?: unknown; message?: unknown }> = Array.isArray(res.json.errors)
    ? res.json.errors
    : [];
  const named =
    errors.some((e) => typeof e.field === 'string' && e.field.includes(field)) ||
    String(res.json.detail).includes(field);
  expect(named, `expected the problem to name "${field}": ${res.text}`).toBe(true);
}

/** Asserts a 2xx-style status with a readable failure message. */
export function expectStatus(res: ApiResponse, status: number): void {
  expect(res.status, `${res.status} ${res.text.slice(0, 500)}`).toBe(status);
}

// ---------------------------------------------------------------------------------------------
// Unique data builders

export function uid(): string {
  return crypto.randomUUID();
}

/** A short unique suffix usable in names, slugs and emails. */
export function short(): string {
  return crypto.randomUUID().replace(/-/g, '').slice(0, 12);
}

export function uniqueEmail(prefix = 'user'): string {
  return `${prefix.toLowerCase()}-${short()}@apitest.example`;
}

export function uniquePassword(): string {
  return `pw-${uid()}`;
}

export interface ProgramInput {
  name: string;
  description: string;
  type: 'one_to_one' | 'group' | 'peer' | 'flash';
  audience: 'youth' | 'adult';
  start_date: string | null;
  end_date: string | null;
  default_mentor_capacity: number;
  requires_approval: boolean;
  status?: 'draft' | 'open' | 'closed';
}

export function programInput(overrides: Partial<ProgramInput> = {}): ProgramInput {
  return {
    name: `API test program ${short()}`,
    description: 'A program created by the API tests.',
    type: 'one_to_one',
    audience: 'adult',
    start_date: '2026-09-01',
    end_date: '2027-06-30',
    default_mentor_capacity: 3,
    requires_approval: true,
    status: 'open',
    ...overrides,
  };
}

export function profileInput(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: `Profile Person ${short()}`,
    headline: 'Data analyst who likes teaching SQL',
    bio: 'I grew up in Chicago and studied statistics.\nHappy to help with career questions.',
    skills_teach: [
      { skill: 'SQL', level: 5 },
      { skill: 'Public speaking', level: 3 },
    ],
    skills_learn: [
      { skill: 'Machine learning', current_level: 2, target_level: 4 },
      { skill: 'Spanish', current_level: 3, target_level: 3 },
    ],
    interests: ['chess', 'hiking'],
    goals: [
      { text: 'Give a conference talk', tags: ['speaking', 'career'] },
      { text: 'Ship a side project', tags: [] },
    ],
    languages: ['en', 'es'],
    time_zone: 'America/Chicago',
    availability_hours_per_month: 6,
    background: [
      { field: 'first_generation', value: 'yes', visibility: 'matching' },
      { field: 'veteran', value: 'no', visibility: 'private' },
    ],
    mentor: { capacity: 2, accepts_external_mentees: true },
    minor: { is_minor: false, guardian_name: '', guardian_email: '' },
    ...overrides,
  };
}

// ---------------------------------------------------------------------------------------------
// Sessions and demo-data lookups

/** A new user agent signed in as `email`. */
export async function signIn(email: string, password: string = DEMO_PASSWORD): Promise<Client> {
  const c = new Client();
  await c.loginOk(email, password);
  return c;
}

/** A new user agent that is not signed in but holds a CSRF cookie. */
export async function anonymous(): Promise<Client> {
  const c = new Client();
  await c.ensureCsrf();
  return c;
}

export interface Organisation {
  id: string;
  name: string;
  slug: string;
  kind: string;
  created_at: string;
}

/** One page of a list endpoint (api/openapi.yaml: every *Page schema). */
export interface Page<T = any> {
  items: T[];
  next_cursor: string | null;
}

/** `path` with `?limit=` / `?cursor=` added (after any query it already has). */
export function withPage(path: string, limit?: number, cursor?: string | null): string {
  const params: string[] = [];
  if (limit !== undefined) params.push(`limit=${limit}`);
  if (cursor) params.push(`cursor=${encodeURIComponent(cursor)}`);
  if (params.length === 0) return path;
  return `${path}${path.includes('?') ? '&' : '?'}${params.join('&')}`;
}

/**
 * Every item of a paged list: GET `path` page after page (`limit` each, default the maximum),
 * following `next_cursor` to the end. Each page must be a 200 `{items, next_cursor}`.
 */
export async function listAll<T = any>(client: Client, path: string, limit = 200): Promise<T[]> {
  const out: T[] = [];
  let cursor: string | null = null;
  for (let pages = 0; pages < 1000; ++pages) {
    const res: ApiResponse<Page<T>> = await client.get<Page<T>>(withPage(path, limit, cursor));
    expectStatus(res, 200);
    expect(Array.isArray(res.json.items), res.text.slice(0, 300)).toBe(true);
    out.push(...res.json.items);
    cursor = res.json.next_cursor;
    if (cursor === null) return out;
    expect(typeof cursor, res.text.slice(0, 300)).toBe('string');
  }
  throw new Error(`${path}: no last page after 1000 pages`);
}

/** The organisation with `slug`, as seen by `client` (must be visible to it). */
export async function orgBySlug(client: Client, slug: string): Promise<Organisation> {
  const orgs = await listAll<Organisation>(client, `${V1}/organisations`);
  const org = orgs.find((o) => o.slug === slug);
  if (!org) throw new Error(`organisation ${slug} not visible among ${orgs.length}`);
  return org;
}

/** A program of `orgId` with the given name, as seen by `client`. */
export async function programByName(client: Client, orgId: string, name: string): Promise<any> {
  const programs = await listAll(client, `${V1}/organisations/${orgId}/programs`);
  const p = programs.find((x) => x.name === name);
  if (!p) throw new Error(`program ${name} not found in ${orgId} among ${programs.length}`);
  return p;
}

export function orgPath(orgId: string, rest = ''): string {
  return `${V1}/organisations/${orgId}${rest}`;
}

/** Extracts the invitation token from a link like `https://host/invite/{token}`. */
export function inviteToken(link: string): string {
  const m = /\/invite\/([^/?#\s"'<>]+)/.exec(link);
  if (!m) throw new Error(`no /invite/{token} in ${link}`);
  return decodeURIComponent(m[1]);
}

/** Extracts the reset token from text containing `/reset-password?token=...`. */
export function resetToken(text: string): string {
  const m = /\/reset-password\?(?:[^\s"'<>]*&)?token=([^&\s"'<>#]+)/.exec(text);
  if (!m) throw new Error(`no /reset-password?token= in ${text}`);
  return decodeURIComponent(m[1]);
}

/** Outbox messages addressed to `to` (bare or as `Name <address>`), newest first (platform admin view). */
export async function outboxFor(to: string): Promise<Array<{ id: string; to: string; subject: string; body: string; created_at: string }>> {
  const admin = await signIn(DEMO.platformAdmin);
  const res = await admin.get<{ mode: string; items: any[] }>(`${V1}/admin/outbox?limit=200`);
  expectStatus(res, 200);
  const want = to.toLowerCase();
  return res.json.items.filter((m) => {
    const addr = String(m.to).toLowerCase();
    return addr === want || addr.endsWith(`<${want}>`);
  });
}

export interface Invitation {
  id: string;
  organisation_id: string;
  email: string;
  roles: Role[];
  program_id: string | null;
  program_role: ProgramRole | null;
  status: string;
  invited_by_name: string;
  created_at: string;
  expires_at: string;
  link: string;
}

export interface InviteInput {
  email?: string;
  roles: Role[];
  program_id?: string;
  program_role?: ProgramRole;
}

/** `inviter` invites into `orgId`; asserts 201 and returns the invitation with its token. */
export async function invite(
  inviter: Client,
  orgId: string,
  input: InviteInput,
): Promise<Invitation & { token: string }> {
  const body: Record<string, unknown> = { email: input.email ?? uniqueEmail('invitee'), roles: input.roles };
  if (input.program_id !== undefined) body.program_id = input.program_id;
  if (input.program_role !== undefined) body.program_role = input.program_role;
  const res = await inviter.post<Invitation>(orgPath(orgId, '/invitations'), body);
  expectStatus(res, 201);
  return { ...res.json, token: inviteToken(res.json.link) };
}

export interface NewUser {
  client: Client;
  email: string;
  password: string;
  name: string;
  id: string;
  me: any;
}

/**
 * Creates a brand-new account: `inviter` (default: the org's demo admin) invites a unique email
 * into the organisation `orgSlug` with `roles`, then a fresh user agent accepts with a name and
 * password. The returned client is signed in as the new user.
 */
export async function createUser(opts: {
  orgSlug: string;
  roles: Role[];
  inviter?: Client;
  program_id?: string;
  program_role?: ProgramRole;
  namePrefix?: string;
}): Promise<NewUser> {
  const inviter = opts.inviter ?? (await signIn(adminOf(opts.orgSlug)));
  const org = await orgBySlug(inviter, opts.orgSlug);
  const email = uniqueEmail(opts.namePrefix ?? 'new');
  const inv = await invite(inviter, org.id, {
    email,
    roles: opts.roles,
    program_id: opts.program_id,
    program_role: opts.program_role,
  });
  const client = await anonymous();
  const name = `${opts.namePrefix ?? 'New'} Person ${short()}`;
  const password = uniquePassword();
  const res = await client.post(`${V1}/invitations/${encodeURIComponent(inv.token)}/accept`, { name, password });
  expectStatus(res, 200);
  return { client, email, password, name, id: res.json.user.id, me: res.json.user };
}

export function adminOf(orgSlug: string): string {
  switch (orgSlug) {
    case DEMO.lincoln.slug:
      return DEMO.lincoln.admin;
    case DEMO.northwind.slug:
      return DEMO.northwind.admin;
    case DEMO.alumni.slug:
      return DEMO.alumni.admin;
    default:
      throw new Error(`no demo admin for ${orgSlug}`);
  }
}

/** True for an RFC 3339 timestamp in UTC, e.g. `2026-11-25T18:30:00Z` (the contract's form). */
export function isUtcTimestamp(s: unknown): boolean {
  return (
    typeof s === 'string' &&
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(s) &&
    !Number.isNaN(Date.parse(s))
  );
}
