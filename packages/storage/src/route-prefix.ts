// The URL path under which the API serves local files, and the way back from a path to a key.

export const DEFAULT_ROUTE_PREFIX = '/files';

/** `/files/` and `/files` are the same prefix; `` serves from the root. */
export function normaliseRoutePrefix(prefix: string): string {
  const trimmed = prefix.replace(/\/+$/, '');
  if (trimmed !== '' && !/^(?:\/[A-Za-z0-9_.~-]+)+$/.test(trimmed)) {
    throw new TypeError(`invalid route prefix ${JSON.stringify(prefix)}`);
  }
  return trimmed;
}

export function keyFromRoutePath(path: string, prefix: string): string | null {
  return path.startsWith(`${prefix}/`) ? path.slice(prefix.length + 1) : null;
}
