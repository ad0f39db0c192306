import { describe, expect, it } from 'vitest';
import { EMPTY_PROGRAM, programInputFromDraft, validateProgram } from './program_draft';

describe('program form', () => {
  it('requires a name and a capacity from 1 to 50', () => {
    const e = validateProgram({ ...EMPTY_PROGRAM, name: '', default_mentor_capacity: '0' });
    expect(e.name?.key).toBe('validation.required');
    expect(e.default_mentor_capacity?.values).toEqual({ min: 1, max: 50 });
    expect(validateProgram({ ...EMPTY_PROGRAM, name: 'P', default_mentor_capacity: '50' })).toEqual({});
  });

  it('rejects an end date before the start date', () => {
    const e = validateProgram({ ...EMPTY_PROGRAM, name: 'P', start_date: '2026-09-01', end_date: '2026-06-01' });
    expect(e.end_date?.key).toBe('validation.endBeforeStart');
  });

  it('starts a new program as a draft, not open', () => {
    expect(EMPTY_PROGRAM.status).toBe('draft');
    expect(programInputFromDraft({ ...EMPTY_PROGRAM, name: 'P' }).status).toBe('draft');
  });

  it('sends empty dates as null (evergreen)', () => {
    const input = programInputFromDraft({ ...EMPTY_PROGRAM, name: ' Spring ', default_mentor_capacity: '4' });
    expect(input).toMatchObject({ name: 'Spring', start_date: null, end_date: null, default_mentor_capacity: 4 });
  });
});
