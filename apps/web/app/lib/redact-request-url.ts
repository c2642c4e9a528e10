// What the web server's logs may show of a request URL: its route shape, never a credential. The checkout
// session id alone unlocks an order's downloads and license keys, and it travels in `?session_id=` (the
// success page) and in the path of the test-mode payment page, so those become their route parameters.
// Query values are hidden unless their key is known to be harmless; keys stay for debugging.
const REDACTED = '[redacted]';

/** Query parameters whose values are safe to log: the catalog cursor, the affiliate code, Remix's own. */
const loggableQueryKeys = new Set(['after', 'ref', '_routes', 'index']);

/** Path prefixes whose remaining segments are a credential, and the route parameter they become. */
const credentialRoutes: ReadonlyArray<{ prefix: string[]; parameter: string }> = [
  { prefix: ['checkout', 'test'], parameter: ':id' },
  { prefix: ['download'], parameter: ':token' },
];

// Single-fetch data requests add `.data` to the path; keeping it says which kind of request it was.
const DATA_SUFFIX = '.data';

export function redactRequestUrl(url: string): string {
  const [beforeFragment = ''] = url.split('#', 1);
  const queryAt = beforeFragment.indexOf('?');
  const path = queryAt === -1 ? beforeFragment : beforeFragment.slice(0, queryAt);
  const query = queryAt === -1 ? '' : `?${redactQuery(beforeFragment.slice(queryAt + 1))}`;
  return `${redactPath(path)}${query}`;
}

function redactPath(rawPath: string): string {
  // `//checkout/test/<id>` reaches the same route handling as the single-slash form.
  const path = rawPath.replace(/\/{2,}/g, '/');
  const segments = path.split('/');
  const names = segments.map(normaliseSegment);
  for (const { prefix, parameter } of credentialRoutes) {
    // Segment 0 is the empty string before the leading slash.
    const matches = prefix.every((name, index) => names[index + 1] === name);
    const rest = segments.slice(prefix.length + 1);
    if (!matches || rest.every((segment) => segment === '')) continue;
    const suffix = path.endsWith(DATA_SUFFIX) ? DATA_SUFFIX : '';
    return ['', ...segments.slice(1, prefix.length + 1), `${parameter}${suffix}`].join('/');
  }
  return rawPath;
}

function normaliseSegment(segment: string): string {
  try {
    return decodeURIComponent(segment).toLowerCase();
  } catch {
    return segment.toLowerCase();
  }
}

function redactQuery(query: string): string {
  return query
    .split('&')
    .map((pair) => {
      if (pair === '') return pair;
      const equals = pair.indexOf('=');
      const key = equals === -1 ? pair : pair.slice(0, equals);
      if (loggableQueryKeys.has(normaliseSegment(key))) return pair;
      return equals === -1 ? REDACTED : `${key}=${REDACTED}`;
    })
    .join('&');
}
