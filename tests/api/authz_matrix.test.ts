// The authorisation matrix: every operation of api/openapi.yaml x every kind of caller x ids of
// the caller's own organisation and of another one, compared with the one table in
// authz_table.ts. The world it attacks is built by authz_world.ts. See docs/security.md.

import { readFileSync } from 'node:fs';
import { ApiResponse, BASE_URL, Client } from './client';
import { CALLERS, Caller, Outcome, Row, Side, TABLE, pendingPlatformAdminLockdown } from './authz_table';
import { World, buildWorld, freshRelationship } from './authz_world';
import { REQUESTS as WORLD_REQUESTS } from './authz_requests';
import { messageRequests } from './authz_requests_messages';

interface Operation {
  id: string;
  method: string;
  path: string;
}

/**
 * The operations under `paths:` of the spec: each `  /path:` key, its `    method:` keys and
 * their `      operationId:`. Throws when an operation has no operationId or the layout is
 * not the one the spec keeps (two-space indentation), so a change of layout cannot silently
 * shrink the matrix.
 */
function operationsOf(yaml: string): Operation[] {
  const lines = yaml.split('\n');
  const start = lines.indexOf('paths:');
  if (start < 0) throw new Error('api/openapi.yaml has no top-level "paths:"');
  const ops: Operation[] = [];
  let path = '';
  let pending: { method: string; path: string } | null = null;
  const close = () => {
    if (pending) throw new Error(`${pending.method} ${pending.path} has no operationId`);
  };
  for (const line of lines.slice(start + 1)) {
    if (/^\S/.test(line)) break; // the next top-level key
    let m: RegExpExecArray | null;
    if ((m = /^  (\/\S*):\s*$/.exec(line))) {
      close();
      path = m[1];
    } else if ((m = /^    (get|put|post|patch|delete|head|options):\s*$/.exec(line))) {
      close();
      pending = { method: m[1].toUpperCase(), path };
    } else if ((m = /^      operationId:\s*(\S+)\s*$/.exec(line)) && pending) {
      ops.push({ id: m[1], ...pending });
      pending = null;
    }
  }
  close();
  return ops;
}

const REQUESTS = { ...WORLD_REQUESTS, ...messageRequests(freshRelationship) };

/**
 * Operations whose success is a response that stays open (server-sent events): the matrix reads
 * the status and headers, then closes it; a refusal is read whole as usual.
 */
const STREAMS = new Set(['streamMyEvents']);

async function streamStatus(client: Client, path: string): Promise<Pick<ApiResponse, 'status' | 'text' | 'headers'>> {
  const controller = new AbortController();
  const headers: Record<string, string> = {};
  if (client.cookies.size > 0) headers.Cookie = [...client.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  const res = await fetch(`${BASE_URL}${path}`, { headers, signal: controller.signal });
  if (res.status === 200) {
    controller.abort();
    return { status: res.status, text: '', headers: res.headers };
  }
  return { status: res.status, text: await res.text(), headers: res.headers };
}

const SPEC = readFileSync(new URL('../../api/openapi.yaml', import.meta.url), 'utf8');
const OPERATIONS = operationsOf(SPEC);

/**
 * 'mixed': the caller's own organisation in the path with another organisation's program,
 * round, request... ids. Its expectation follows from the row: where the own side is allowed,
 * the foreign id does not exist here (404); otherwise the own side's refusal.
 */
type CellSide = Side | 'mixed';

interface Cell {
  op: Operation;
  caller: Caller;
  side: CellSide;
  expected: Outcome;
  status: number;
  text: string;
  path: string;
  /** Content-Type is application/problem+json. */
  problem: boolean;
}

function outcomeOf(status: number): Outcome {
  if (status >= 200 && status < 300) return 'ok';
  if (status === 401) return 'unauth';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'hidden';
  return status;
}

function fillPath(template: string, params: Record<string, string>): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const v = params[name];
    if (v === undefined) throw new Error(`no value for {${name}} in ${template}`);
    return encodeURIComponent(v);
  });
}

/** The expected class, and every refusal is a problem document (not data, not an empty body). */
function matches(row: Row, cell: Cell): boolean {
  const actual = outcomeOf(cell.status);
  if (cell.status >= 400 && !cell.problem) return false;
  if (cell.expected === 'ok' && row.allowedGet !== undefined) return cell.status === row.allowedGet;
  if (actual === cell.expected) return true;
  return cell.expected === 'ok' && (row.okAlso ?? []).includes(cell.status);
}

function describeCell(c: Cell): string {
  return (
    `${c.op.id} (${c.op.method} ${c.op.path}) caller=${c.caller} side=${c.side}: ` +
    `expected ${c.expected}, got ${c.status} ${outcomeOf(c.status)}${c.problem ? '' : ' (not problem+json)'} ` +
    c.text.slice(0, 160)
  );
}

/** Runs `tasks` at most `limit` at a time. */
async function pooled<T>(tasks: Array<() => Promise<T>>, limit: number): Promise<T[]> {
  const out: T[] = new Array(tasks.length);
  let next = 0;
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++;
      out[i] = await tasks[i]();
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, tasks.length) }, worker));
  return out;
}

async function runOperation(w: World, op: Operation): Promise<Cell[]> {
  const row = TABLE[op.id];
  const build = REQUESTS[op.id];
  const sides: CellSide[] = row.scope === 'global' ? ['own'] : ['own', 'other'];
  if (row.scope === 'org' && /\{(?!org\})[^}]+\}/.test(op.path)) sides.push('mixed');
  const cells: Array<() => Promise<Cell>> = [];
  for (const side of sides) {
    for (const caller of CALLERS) {
      cells.push(async () => {
        const expected =
          side === 'mixed'
            ? row.own[caller] === 'ok' || (row.recordForbidden && row.own[caller] === 'forbidden')
              ? 'hidden'
              : row.own[caller]
            : row[side][caller];
        const o = side === 'own' ? w.A : w.B;
        const call = await build(w, o, caller, side !== 'mixed' && expected === 'ok');
        if (side === 'mixed') call.params.org = w.A.org.id;
        const path = fillPath(op.path, call.params);
        // A copy of the caller's jar, so that no response changes who the caller is for the
        // next cell; a session of its own for rows that end or replace the session.
        const client = row.phase === 'session' ? await w.freshSession(caller) : w.callers[caller].clone();
        const res: Pick<ApiResponse, 'status' | 'text' | 'headers'> = STREAMS.has(op.id)
          ? await streamStatus(client, path)
          : call.body === undefined
            ? await client.raw(op.method, path)
            : await client.raw(op.method, path, {
                body: JSON.stringify(call.body),
                headers: { 'Content-Type': 'application/json' },
              });
        const problem = /^application\/problem\+json/i.test(res.headers.get('content-type') ?? '');
        return { op, caller, side, expected, status: res.status, text: res.text, path, problem };
      });
    }
  }
  return pooled(cells, 8);
}

const PHASE_ORDER: Record<string, number> = { normal: 0, roles: 1, session: 2 };

describe('authorisation matrix (api/openapi.yaml x callers x organisations)', () => {
  let world: World;
  const results = new Map<string, Cell[]>();

  beforeAll(async () => {
    world = await buildWorld();
    const known = OPERATIONS.filter((op) => TABLE[op.id] && REQUESTS[op.id]);
    const ordered = [...known].sort(
      (a, b) => PHASE_ORDER[TABLE[a.id].phase ?? 'normal'] - PHASE_ORDER[TABLE[b.id].phase ?? 'normal'],
    );
    // Operations one after another (a consuming operation never races another row's reads);
    // each operation's cells eight at a time.
    for (const op of ordered) results.set(op.id, await runOperation(world, op));
  }, 240_000);

  test('the spec names operations, each once', () => {
    expect(OPERATIONS.length).toBeGreaterThan(40);
    const ids = OPERATIONS.map((o) => o.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });

  test('every operation of the spec has a row and a request, and every row an operation', () => {
    const inSpec = new Set(OPERATIONS.map((o) => o.id));
    const missingRow = [...inSpec].filter((id) => !TABLE[id]);
    const missingRequest = [...inSpec].filter((id) => !REQUESTS[id]);
    const strayRow = Object.keys(TABLE).filter((id) => !inSpec.has(id));
    const strayRequest = Object.keys(REQUESTS).filter((id) => !inSpec.has(id));
    const strayPending = pendingPlatformAdminLockdown.filter((id) => !inSpec.has(id));
    expect(missingRow, 'operations of api/openapi.yaml without a row in authz_table.ts').toEqual([]);
    expect(missingRequest, 'operations without a request in authz_world.ts').toEqual([]);
    expect(strayRow, 'rows of authz_table.ts naming no operation of the spec').toEqual([]);
    expect(strayRequest, 'requests of authz_world.ts naming no operation of the spec').toEqual([]);
    expect(strayPending, 'pendingPlatformAdminLockdown naming no operation').toEqual([]);
  });

  const pending = new Set(pendingPlatformAdminLockdown);
  for (const op of OPERATIONS) {
    if (!TABLE[op.id]) continue;
    const isPending = (c: Cell) => pending.has(c.op.id) && c.caller === 'platformAdmin';

    test(`${op.id}: ${op.method} ${op.path}`, () => {
      const cells = results.get(op.id);
      expect(cells, `${op.id} was not run`).toBeDefined();
      const wrong = cells!.filter((c) => !isPending(c) && !matches(TABLE[op.id], c)).map(describeCell);
      expect(wrong, `${op.id}:\n${wrong.join('\n')}`).toEqual([]);
    });

    if (pending.has(op.id)) {
      // Expected to fail until the platform-admin lockdown lands: then it passes, this
      // test.fails fails, and the operation leaves pendingPlatformAdminLockdown.
      test.fails(`${op.id}: platform admin (pending the platform-admin lockdown)`, () => {
        const cells = results.get(op.id) ?? [];
        const wrong = cells.filter((c) => isPending(c) && !matches(TABLE[op.id], c)).map(describeCell);
        expect(wrong, `${op.id}:\n${wrong.join('\n')}`).toEqual([]);
      });
    }
  }
});
