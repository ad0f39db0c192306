// Small validators shared by forms; each mirrors a rule of api/openapi.yaml.
import { MIN_PASSWORD_LENGTH } from './limits';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isEmail(value: string): boolean {
  return EMAIL.test(value);
}

/** What is wrong with an email address typed into a required field (its i18n key), if anything. */
export function emailProblem(value: string): 'validation.required' | 'validation.email' | undefined {
  const email = value.trim();
  if (!email) return 'validation.required';
  return isEmail(email) ? undefined : 'validation.email';
}

export function isStrongEnoughPassword(value: string): boolean {
  return value.length >= MIN_PASSWORD_LENGTH;
}

/** Whole number within [min, max], given as the string typed into a field. */
export function parseIntInRange(value: string, min: number, max: number): number | null {
  if (!/^-?\d+$/.test(value.trim())) return null;
  const n = Number(value);
  return n >= min && n <= max ? n : null;
}
