import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/api_error';
import { classifyRequestError, explanationFor, openRequestCount, splitExplanation } from './explanation';

describe('splitExplanation', () => {
  it('splits reasons and reads their points', () => {
    expect(splitExplanation('both speak Spanish (+10) · teaches SQL at level 4, you want level 3 (+25)')).toEqual([
      { reason: 'both speak Spanish', points: 10 },
      { reason: 'teaches SQL at level 4, you want level 3', points: 25 },
    ]);
  });

  it('keeps a reason that contains the separator whole', () => {
    expect(splitExplanation("alumni · Lincoln '15 (+30) · same time zone (+5)")).toEqual([
      { reason: "alumni · Lincoln '15", points: 30 },
      { reason: 'same time zone', points: 5 },
    ]);
  });

  it('keeps text without points and drops empty input', () => {
    expect(splitExplanation('locked by a coordinator')).toEqual([{ reason: 'locked by a coordinator' }]);
    expect(splitExplanation('')).toEqual([]);
  });
});

describe('explanationFor', () => {
  const record = {
    mentor_id: 'mentor-1',
    explanation: 'teaches SQL at level 4, you want level 3 (+25)',
    mentor_explanation: 'wants to learn SQL to level 3, you teach it at level 4 (+25)',
  };

  it('gives the mentor the mentor wording and everyone else the mentee wording', () => {
    expect(explanationFor(record, 'mentor-1')).toBe(record.mentor_explanation);
    expect(explanationFor(record, 'mentee-1')).toBe(record.explanation);
  });

  it('never gives a mentor the mentee wording of an old record', () => {
    expect(explanationFor({ ...record, mentor_explanation: '' }, 'mentor-1')).toBe('');
  });
});

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
