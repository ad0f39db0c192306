// Minimal declarations for the vitest globals these tests use. vitest is installed in
// web/node_modules, which is not an ancestor of tests/api, so `vitest/globals` types do not
// resolve from here; only what the tests call is declared.

interface TestContext {
  /** Marks the running test as skipped (vitest >= 3). */
  skip(note?: string): never;
}

type TestFn = (ctx: TestContext) => unknown | Promise<unknown>;

interface Assertion<T = unknown> {
  not: Assertion<T>;
  resolves: Assertion<T>;
  rejects: Assertion<T>;
  toBe(expected: unknown): void;
  toEqual(expected: unknown): void;
  toStrictEqual(expected: unknown): void;
  toMatchObject(expected: object): void;
  toContain(expected: unknown): void;
  toContainEqual(expected: unknown): void;
  toHaveLength(length: number): void;
  toHaveProperty(path: string | string[], value?: unknown): void;
  toMatch(expected: string | RegExp): void;
  toBeDefined(): void;
  toBeUndefined(): void;
  toBeNull(): void;
  toBeTruthy(): void;
  toBeFalsy(): void;
  toBeTypeOf(type: 'string' | 'number' | 'boolean' | 'object' | 'undefined' | 'function' | 'bigint' | 'symbol'): void;
  toBeGreaterThan(n: number | bigint): void;
  toBeGreaterThanOrEqual(n: number | bigint): void;
  toBeLessThan(n: number | bigint): void;
  toBeLessThanOrEqual(n: number | bigint): void;
  toThrow(expected?: string | RegExp): void;
}

interface ExpectStatic {
  <T>(actual: T, message?: string): Assertion<T>;
  /** Asymmetric matchers: stand in for a value inside toEqual/toMatchObject arguments. */
  anything(): unknown;
  arrayContaining(expected: readonly unknown[]): unknown;
  objectContaining(expected: object): unknown;
  stringContaining(expected: string): unknown;
  stringMatching(expected: string | RegExp): unknown;
}

interface TestStatic {
  (name: string, fn: TestFn, timeout?: number): void;
  skip(name: string, fn: TestFn, timeout?: number): void;
  skipIf(condition: unknown): (name: string, fn: TestFn, timeout?: number) => void;
  /** A test that must fail (vitest's test.fails): passes when `fn` throws or rejects. */
  fails(name: string, fn: TestFn, timeout?: number): void;
}

interface DescribeStatic {
  (name: string, fn: () => void): void;
  /** One describe per case; `%s` in the name takes the case's values in turn. */
  each<T extends readonly unknown[]>(cases: readonly T[]): (name: string, fn: (...args: T) => void) => void;
  skip(name: string, fn: () => void): void;
  skipIf(condition: unknown): (name: string, fn: () => void) => void;
}

declare const describe: DescribeStatic;
declare const test: TestStatic;
declare const it: TestStatic;
declare const expect: ExpectStatic;
declare function beforeAll(fn: () => unknown | Promise<unknown>, timeout?: number): void;
declare function afterAll(fn: () => unknown | Promise<unknown>, timeout?: number): void;
declare function beforeEach(fn: () => unknown | Promise<unknown>, timeout?: number): void;

// Node's process, only for reading TANDEM_BASE_URL (no @types/node: "types" is empty).
declare const process: { env: Record<string, string | undefined> };

// import.meta.url, for reading api/openapi.yaml from the repository (authz_matrix.test.ts;
// node:fs is declared in node.d.ts).
interface ImportMeta {
  readonly url: string;
}
