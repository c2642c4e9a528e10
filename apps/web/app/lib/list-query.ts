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
