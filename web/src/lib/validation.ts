// Small validators shared by forms; each mirrors a rule of api/CONTRACT.md.
import { MIN_PASSWORD_LENGTH } from './limits';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isEmail(value: string): boolean {
  return EMAIL.test(value);
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
