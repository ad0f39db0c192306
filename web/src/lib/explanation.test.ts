import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api_error';
import { classifyRequestError, openRequestCount } from './explanation';

describe('classifyRequestError', () => {
  const problem = (status: number, type: string, detail: string) =>
    new ApiError(status, { type: `https://tandem.dev/problems/${type}`, detail });

  it('recognises the open-request limit', () => {
    const e = problem(409, 'failed-precondition', 'You can have at most 3 open requests; withdraw one or wait.');
    expect(classifyRequestError(e)).toBe('limit');
  });
  it('recognises a duplicate and an existing mentor', () => {
    expect(classifyRequestError(problem(409, 'already-exists', 'You already asked this mentor.'))).toBe('duplicate');
    expect(classifyRequestError(problem(409, 'failed-precondition', 'You already have a mentor in this program.'))).toBe(
      'hasMentor',
    );
  });
  it('leaves anything else to the generic message', () => {
    expect(classifyRequestError(problem(400, 'invalid-argument', 'message too long'))).toBe('other');
    expect(classifyRequestError(new Error('boom'))).toBe('other');
  });
});

describe('openRequestCount', () => {
  it('counts pending requests only', () => {
    expect(openRequestCount([{ status: 'pending' }, { status: 'declined' }, { status: 'pending' }])).toBe(2);
  });
});
