import type { FieldError, Problem } from '../api_types';

/**
 * An error answer from the API, parsed from an RFC 9457 problem+json body when there is one.
 * `code` is the last path segment of the problem `type` (e.g. "invalid-argument", "csrf").
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string;
  readonly fieldErrors: FieldError[];
  /** Seconds from a Retry-After header, when the server sent one. */
  readonly retryAfter: number | null;

  constructor(status: number, problem: Problem, retryAfter: number | null = null) {
    super(problem.detail || problem.title || `HTTP ${status}`);
    this.name = 'ApiError';
    this.status = status;
    this.code = problemCode(problem.type);
    this.title = problem.title ?? '';
    this.detail = problem.detail ?? '';
    this.fieldErrors = Array.isArray(problem.errors) ? problem.errors : [];
    this.retryAfter = retryAfter;
  }

  /** The message for one field, matched after normalising `a[0].b` to `a.0.b`. */
  fieldError(field: string): string | undefined {
    return this.fieldErrors.find((e) => normaliseField(e.field) === field)?.message;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

/** "skills_learn[0].target_level" and "skills_learn/0/target_level" become "skills_learn.0.target_level". */
export function normaliseField(field: string): string {
  return field
    .replace(/^\/+/, '')
    .replace(/\[(\d+)\]/g, '.$1')
    .replace(/\//g, '.')
    .replace(/^\./, '');
}

function problemCode(type: string | undefined): string {
  if (!type) return '';
  const parts = type.split('/');
  return parts[parts.length - 1] ?? '';
}

/** Parses a Retry-After header given in seconds or as an HTTP date. */
export function parseRetryAfter(value: string | null, now: number = Date.now()): number | null {
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, Math.round(seconds));
  const date = Date.parse(value);
  if (Number.isNaN(date)) return null;
  return Math.max(0, Math.round((date - now) / 1000));
}
