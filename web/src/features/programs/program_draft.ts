// The program form's state, its validation (mirroring ProgramInput in api/openapi.yaml) and the
// conversion to the PUT/POST body.
import type { Audience, Program, ProgramInput, ProgramStatus, ProgramType } from '../../api_types';
import { PROGRAM_CAPACITY_MAX, PROGRAM_CAPACITY_MIN, PROGRAM_NAME_MAX } from '../../lib/limits';
import { parseIntInRange } from '../../lib/validation';
import type { ValidationErrors } from '../profile/profile_validation';

export interface ProgramDraft {
  name: string;
  description: string;
  type: ProgramType;
  audience: Audience;
  start_date: string;
  end_date: string;
  default_mentor_capacity: string;
  requires_approval: boolean;
  status: ProgramStatus;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const EMPTY_PROGRAM: ProgramDraft = {
  name: '',
  description: '',
  type: 'one_to_one',
  audience: 'adult',
  start_date: '',
  end_date: '',
  default_mentor_capacity: '3',
  requires_approval: true,
  // A new program starts as a draft, seen only by staff until a coordinator opens it.
  status: 'draft',
};

export function draftFromProgram(p: Program): ProgramDraft {
  return {
    name: p.name,
    description: p.description,
    type: p.type,
    audience: p.audience,
    start_date: p.start_date ?? '',
    end_date: p.end_date ?? '',
    default_mentor_capacity: String(p.default_mentor_capacity),
    requires_approval: p.requires_approval,
    status: p.status,
  };
}

export function validateProgram(d: ProgramDraft): ValidationErrors {
  const e: ValidationErrors = {};
  if (!d.name.trim()) e.name = { key: 'validation.required' };
  else if (d.name.trim().length > PROGRAM_NAME_MAX)
    e.name = { key: 'validation.maxLength', values: { max: PROGRAM_NAME_MAX } };
  if (d.start_date && !DATE.test(d.start_date)) e.start_date = { key: 'validation.date' };
  if (d.end_date && !DATE.test(d.end_date)) e.end_date = { key: 'validation.date' };
  if (!e.start_date && !e.end_date && d.start_date && d.end_date && d.end_date < d.start_date)
    e.end_date = { key: 'validation.endBeforeStart' };
  if (parseIntInRange(d.default_mentor_capacity, PROGRAM_CAPACITY_MIN, PROGRAM_CAPACITY_MAX) === null)
    e.default_mentor_capacity = {
      key: 'validation.intRange',
      values: { min: PROGRAM_CAPACITY_MIN, max: PROGRAM_CAPACITY_MAX },
    };
  return e;
}

export function programInputFromDraft(d: ProgramDraft): ProgramInput {
  return {
    name: d.name.trim(),
    description: d.description.trim(),
    type: d.type,
    audience: d.audience,
    start_date: d.start_date || null,
    end_date: d.end_date || null,
    default_mentor_capacity: Number(d.default_mentor_capacity),
    requires_approval: d.requires_approval,
    status: d.status,
  };
}
