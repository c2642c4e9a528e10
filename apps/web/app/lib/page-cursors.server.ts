// The cursors of a page that shows one or more paged lists, each with its own search parameter
// (`/dashboard/customers/1?ordersAfter=...&licensesAfter=...`).
import { redirect } from '@remix-run/node';
import { isApiError } from '../graphql/client.server';

/** The named cursor parameters of a request's address; an empty one is no cursor. */
export function readCursors<N extends string>(
  request: Request,
  names: readonly N[],
): Record<N, string | null> {
  const search = new URL(request.url).searchParams;
  return Object.fromEntries(names.map((name) => [name, search.get(name) || null])) as Record<
    N,
    string | null
  >;
}

/**
 * Runs a loader's API work with the request's cursors. A cursor the API refuses (it names a row that has
 * since left the list, or the address was edited by hand) starts the page's lists again from their first
 * pages, a redirect without the cursors, rather than showing an error.
 */
export async function restartStaleCursors<T>(
  request: Request,
  names: readonly string[],
  work: () => Promise<T>,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    const url = new URL(request.url);
    const cursors = names.filter((name) => url.searchParams.get(name));
    if (cursors.length === 0 || !isApiError(error, 'BAD_USER_INPUT')) throw error;
    for (const name of cursors) url.searchParams.delete(name);
    url.searchParams.delete('_routes');
    throw redirect(`${url.pathname.replace(/\.data$/, '')}${url.search}`);
  }
}
