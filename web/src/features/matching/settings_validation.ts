import type { Criterion, Priority } from '../../api_types';

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
  if (!intIn(d.maxMentors, 1, 10)) errors.maxMentors = t('validation.intRange', { min: 1, max: 10 });
  if (!intIn(d.expiryDays, 1, 90)) errors.expiryDays = t('validation.intRange', { min: 1, max: 90 });
  if (d.priorityField && !d.priorityValue.trim()) errors.priorityValue = t('matching.settings.priorityValueMissing');
  if (!d.priorityField && d.priorityValue.trim()) errors.priorityField = t('matching.settings.priorityFieldMissing');
  return errors;
}
