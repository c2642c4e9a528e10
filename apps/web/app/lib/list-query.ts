// The query of a paged, filtered dashboard list: which status it asks for and the addresses of its pages.

/** The status a query names, when it is one of `statuses` (not "All", the empty one), else null. */
export function readStatus<S extends string>(
  value: string | null,
  statuses: ReadonlyArray<readonly [S | '', string]>,
): S | null {
  return statuses.some(([status]) => status !== '' && status === value) ? (value as S) : null;
}

/** `base` with the query `params` (empty ones left out) and, when given, the cursor `after`. */
export function pageHref(base: string, params: Record<string, string | null>, after?: string | null): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) if (value) query.set(name, value);
  if (after) query.set('after', after);
  const text = query.toString();
  return text ? `${base}?${text}` : base;
}

/**
 * The address of `location` with the given search parameters set, or left out where null, and every other
 * parameter kept: for a page that shows several paged lists, each with its own cursor. `hash` (a section's
 * id) brings the reader back to the list they paged.
 */
export function withSearchParams(
  location: { pathname: string; search: string },
  params: Record<string, string | null>,
  hash?: string,
): string {
  const query = new URLSearchParams(location.search);
  for (const [name, value] of Object.entries(params)) {
    if (value) query.set(name, value);
    else query.delete(name);
  }
  const text = query.toString();
  return `${location.pathname}${text ? `?${text}` : ''}${hash ? `#${hash}` : ''}`;
}
