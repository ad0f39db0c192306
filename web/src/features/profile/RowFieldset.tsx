import type { ReactNode } from 'react';

/** One repeated row ("Skill 2"): a fieldset whose legend only screen readers hear. */
export function RowFieldset({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <li className="row-list__item">
      <fieldset className="row-list__fieldset">
        <legend className="visually-hidden">{legend}</legend>
        {children}
      </fieldset>
    </li>
  );
}
