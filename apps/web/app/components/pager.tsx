// The links under a paged list: back to its first page (when not on it) and on to the next (when there is
// one). Pages are cursors (`after`), so there is no page count.
import { Link } from '@remix-run/react';

export function Pager({
  firstHref,
  nextHref,
  firstLabel = '← First page',
  nextLabel = 'Next page',
  reloadDocument,
}: {
  /** The first page's address, or null on the first page. */
  firstHref: string | null;
  /** The next page's address, or null on the last. */
  nextHref: string | null;
  firstLabel?: string;
  nextLabel?: string;
  reloadDocument?: boolean;
}) {
  return (
    <p className="pager">
      {firstHref && (
        <Link to={firstHref} reloadDocument={reloadDocument} className="text-link">
          {firstLabel}
        </Link>
      )}
      {nextHref && (
        <Link to={nextHref} reloadDocument={reloadDocument} className="button button-secondary">
          {nextLabel}
        </Link>
      )}
    </p>
  );
}
