// A connection over a list that is already loaded whole: a detail that is batch-loaded for a page of
// parents (an order's emails, a license's activations) and then paged per parent. The cursor names the
// last row's id, so a page stays where it was when rows are added to the end; a cursor whose row is no
// longer in the list is bad input.
import { badInput } from '../../errors.ts';
import { decodeCursor, encodeCursor, parsePageSize } from './cursor.ts';
import type { Page } from './newest-first-page.ts';

/** The default page size of the connections that page a loaded list. */
export const LIST_PAGE_DEFAULT = 20;

const isIdCursor = (value: unknown[]): value is [string] =>
  value.length === 1 && typeof value[0] === 'string';

export function pageOfList<T>(
  rows: readonly T[],
  args: { first?: number | null; after?: string | null },
  idOf: (row: T) => string,
): Page<T> {
  const size = parsePageSize(args.first, LIST_PAGE_DEFAULT);
  let start = 0;
  if (args.after) {
    const [afterId] = decodeCursor(args.after, isIdCursor);
    const index = rows.findIndex((row) => idOf(row) === afterId);
    if (index < 0) throw badInput('The cursor names a row that is no longer in this list.', 'after');
    start = index + 1;
  }
  const page = rows.slice(start, start + size);
  const edges = page.map((row) => ({ cursor: encodeCursor([idOf(row)]), node: row }));
  return {
    edges,
    nodes: page,
    pageInfo: { hasNextPage: start + size < rows.length, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount: rows.length,
  };
}
