// @vitest-environment node
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  AUDIENCES,
  BACKGROUND_FIELDS,
  CRITERIA,
  MATCH_OBJECTIVES,
  MENTOR_REQUEST_STATUSES,
  NOTIFICATION_KINDS,
  PRIORITIES,
  RELATIONSHIP_STATUSES,
  ENROLLMENT_STATUSES,
  PROGRAM_STATUSES,
  PROGRAM_TYPES,
  ROLES,
  VISIBILITIES,
} from '../api_types';
import en from './en.json';
import es from './es.json';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

const EN = flatten(en as Tree);
const ES = flatten(es as Tree);

/** A key exists when present as is, or as plural forms (key_one / key_other). */
const has = (keys: Map<string, string>, key: string) => keys.has(key) || keys.has(`${key}_other`);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('translations', () => {
  it('en.json and es.json have identical key sets', () => {
    const onlyEn = [...EN.keys()].filter((k) => !ES.has(k));
    const onlyEs = [...ES.keys()].filter((k) => !EN.has(k));
    expect({ onlyEn, onlyEs }).toEqual({ onlyEn: [], onlyEs: [] });
  });

  it('has no empty strings', () => {
    const empty = [...EN, ...ES].filter(([, v]) => v.trim() === '').map(([k]) => k);
    expect(empty).toEqual([]);
  });

  it('uses the same interpolation variables in both languages', () => {
    const vars = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const mismatched = [...EN].filter(([k, v]) => JSON.stringify(vars(v)) !== JSON.stringify(vars(ES.get(k) ?? '')));
    expect(mismatched.map(([k]) => k)).toEqual([]);
  });

  it('translates Spanish for real (identical strings only where the word is the same)', () => {
    const allowed = new Set(['app.name', 'common.no', 'roles.label', 'roles.mentor', 'invite.roles']);
    const same = [...EN].filter(([k, v]) => ES.get(k) === v && !allowed.has(k)).map(([k]) => k);
    expect(same).toEqual([]);
  });

  it('defines every literal key used in the source', () => {
    const root = fileURLToPath(new URL('..', import.meta.url));
    const used = new Set<string>();
    for (const file of sourceFiles(root)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\(\s*'([a-zA-Z0-9_.]+)'/g)) used.add(m[1]!);
      for (const m of text.matchAll(/key: '([a-zA-Z]+\.[a-zA-Z0-9_.]+)'/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(100);
    expect([...used].filter((k) => !has(EN, k))).toEqual([]);
  });

  it('defines every key built from an API enumeration', () => {
    const keys = [
      ...ROLES.map((r) => `roles.${r}`),
      ...PROGRAM_TYPES.flatMap((t) => [`programTypes.${t}`, `programTypeHelp.${t}`]),
      ...AUDIENCES.map((a) => `audiences.${a}`),
      ...PROGRAM_STATUSES.flatMap((s) => [`status.${s}`, `programStatusHelp.${s}`]),
      ...ENROLLMENT_STATUSES.map((s) => `status.${s}`),
      ...['pending', 'accepted', 'revoked', 'expired'].flatMap((s) => [`status.${s}`, `inviteAccept.closed.${s}`]),
      ...BACKGROUND_FIELDS.flatMap((f) => [`background.${f}`, `backgroundHelp.${f}`]),
      ...VISIBILITIES.flatMap((v) => [`visibility.${v}`, `visibilityHelp.${v}`]),
      ...['school', 'company', 'alumni', 'nonprofit', 'university'].map((k) => `orgKinds.${k}`),
      ...['invitation', 'application'].map((s) => `sources.${s}`),
      ...['mentor', 'mentee'].flatMap((r) => [`apply.as.${r}`, `apply.asNamed.${r}`, `apply.title.${r}`]),
      ...['skill', 'interest'].flatMap((k) => [`taxonomy.kind.${k}`, `taxonomy.add.${k}`, `taxonomy.empty.${k}`]),
      ...[1, 2, 3, 4, 5].map((n) => `levels.${n}`),
      ...CRITERIA.flatMap((c) => [`criteria.${c}`, `criteriaHelp.${c}`]),
      ...PRIORITIES.map((p) => `priorities.${p}`),
      ...MATCH_OBJECTIVES.flatMap((o) => [`objectives.${o}`, `objectiveHelp.${o}`]),
      ...['draft', 'published', 'discarded', ...MENTOR_REQUEST_STATUSES, ...RELATIONSHIP_STATUSES].map(
        (s) => `matchStatus.${s}`,
      ),
      ...['match_round', 'request'].map((s) => `relationshipSources.${s}`),
      ...NOTIFICATION_KINDS.map((k) => `notifications.generic.${k}`),
    ];
    expect(keys.filter((k) => !has(EN, k))).toEqual([]);
  });
});
