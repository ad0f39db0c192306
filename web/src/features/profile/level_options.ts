import type { SelectOption } from '../../components/fields/SelectField';

export const LEVELS = [1, 2, 3, 4, 5] as const;

/** "1 · Beginner" … "5 · Expert". */
export function levelOptions(t: (key: string) => string): SelectOption[] {
  return LEVELS.map((n) => ({ value: String(n), label: `${n} · ${t(`levels.${n}`)}` }));
}
