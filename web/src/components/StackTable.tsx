import type { ReactNode } from 'react';

/**
 * A table of rows that stack into cards on narrow screens (each cell labelled by its `data-label`):
 * a caption for screen readers, the column headers, the rows, and what follows them (a footer).
 */
export function StackTable({
  caption,
  columns,
  children,
  footer,
}: {
  caption: string;
  columns: readonly string[];
  /** The rows (`<tr>`). */
  children: ReactNode;
  footer?: ReactNode;
}) {
  return (
    <div className="table-wrap">
      <table className="table table--stack">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
      {footer}
    </div>
  );
}
