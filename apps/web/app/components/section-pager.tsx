// The pager under one of several paged lists on a page (a customer's orders and keys, an order's audit
// log): each list has its own cursor parameter, so paging one leaves the others where they are, and the
// links come back to the list's section.
import { useLocation } from '@remix-run/react';
import { withSearchParams } from '../lib/list-query';
import { Pager } from './pager';

export function SectionPager({
  cursor,
  section,
  paged,
  pageInfo,
  totalCount,
  firstLabel,
  nextLabel,
  reloadDocument,
}: {
  /** The list's cursor parameter, such as `ordersAfter`. */
  cursor: string;
  /** The id of the list's section. */
  section: string;
  /** True past the list's first page. */
  paged: boolean;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
  firstLabel: string;
  nextLabel: string;
  reloadDocument?: boolean;
}) {
  const location = useLocation();
  if (!paged && !pageInfo.hasNextPage) return null;
  return (
    <>
      <p className="muted small">{totalCount} in all.</p>
      <Pager
        firstHref={paged ? withSearchParams(location, { [cursor]: null }, section) : null}
        nextHref={
          pageInfo.hasNextPage && pageInfo.endCursor
            ? withSearchParams(location, { [cursor]: pageInfo.endCursor }, section)
            : null
        }
        firstLabel={firstLabel}
        nextLabel={nextLabel}
        reloadDocument={reloadDocument}
      />
    </>
  );
}
