// The row of buttons that filters a dashboard list by status (one of them "All"), the current one marked.
import { Link } from '@remix-run/react';

export function StatusFilter<S extends string>({
  statuses,
  current,
  hrefFor,
  listClassName,
}: {
  statuses: ReadonlyArray<readonly [S | '', string]>;
  current: S | null;
  hrefFor: (status: S | '') => string;
  listClassName: string;
}) {
  return (
    <nav aria-label="Filter by status">
      <ul className={listClassName}>
        {statuses.map(([value, label]) => {
          const selected = (current ?? '') === value;
          return (
            <li key={label}>
              <Link
                to={hrefFor(value)}
                className={`button button-small ${selected ? 'button-primary' : 'button-secondary'}`}
                aria-current={selected ? 'page' : undefined}
              >
                {label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
