// A dashboard list as a table: its column headings (the last one, when the rows have buttons, named for
// screen readers only), the rows, and what the list says when it is empty instead of an empty table.
import type { ReactNode } from 'react';

export type Column = string | { label: string; className?: string };

export function DataTable({
  columns,
  actions = false,
  isEmpty = false,
  empty,
  label,
  className = 'data-table',
  children,
}: {
  columns: ReadonlyArray<Column>;
  /** The rows end with a column of buttons. */
  actions?: boolean;
  isEmpty?: boolean;
  /** Shown instead of the table when there are no rows. */
  empty?: ReactNode;
  /** The table's accessible name. */
  label?: string;
  className?: string;
  /** The rows. */
  children: ReactNode;
}) {
  if (isEmpty) return <p className="empty-state">{empty}</p>;
  return (
    <div className="table-scroll">
      <table className={className} aria-label={label}>
        <thead>
          <tr>
            {columns.map((column) => {
              const { label: heading, className: columnClass } =
                typeof column === 'string' ? { label: column, className: undefined } : column;
              return (
                <th key={heading} scope="col" className={columnClass}>
                  {heading}
                </th>
              );
            })}
            {actions && (
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
