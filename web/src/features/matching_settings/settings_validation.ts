import type { Criterion, Priority } from '../../api_types';
import {
  MAX_MENTORS_PER_MENTEE_MAX,
  MAX_MENTORS_PER_MENTEE_MIN,
  REQUEST_EXPIRY_DAYS_MAX,
  REQUEST_EXPIRY_DAYS_MIN,
} from '../../lib/limits';

export interface SettingsDraft {
  priorities: Record<Criterion, Priority>;
  maxMentors: string;
  requireAcceptance: boolean;
  expiryDays: string;
  priorityField: string;
  priorityValue: string;
}

export interface SettingsErrors {
  maxMentors?: string;
  expiryDays?: string;
  priorityField?: string;
  priorityValue?: string;
}

type T = (key: string, options?: Record<string, unknown>) => string;

function intIn(value: string, min: number, max: number): boolean {
  if (!/^\d+$/.test(value.trim())) return false;
  const n = Number(value);
  return n >= min && n <= max;
}

/** The same limits the server applies (api/openapi.yaml MatchingSettingsInput). */
export function validateSettings(d: SettingsDraft, t: T): SettingsErrors {
  const errors: SettingsErrors = {};
  if (!intIn(d.maxMentors, MAX_MENTORS_PER_MENTEE_MIN, MAX_MENTORS_PER_MENTEE_MAX))
    errors.maxMentors = t('validation.intRange', { min: MAX_MENTORS_PER_MENTEE_MIN, max: MAX_MENTORS_PER_MENTEE_MAX });
  if (!intIn(d.expiryDays, REQUEST_EXPIRY_DAYS_MIN, REQUEST_EXPIRY_DAYS_MAX))
    errors.expiryDays = t('validation.intRange', { min: REQUEST_EXPIRY_DAYS_MIN, max: REQUEST_EXPIRY_DAYS_MAX });
  if (d.priorityField && !d.priorityValue.trim()) errors.priorityValue = t('matching.settings.priorityValueMissing');
  if (!d.priorityField && d.priorityValue.trim()) errors.priorityField = t('matching.settings.priorityFieldMissing');
  return errors;
}
