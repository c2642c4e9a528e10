// What a log line may show of a request URL: its route shape, never a credential. Paths whose segments
// after a known prefix are a credential (a download token, a checkout session id) become their route
// parameter, query values are hidden unless their key is known to be harmless (keys stay, for
// debugging), the fragment is dropped, and `user:password@` in an absolute-form URL is removed. Both
// servers configure one redactor each from here, so the rules cannot drift apart.
const REDACTED = '[redacted]';
const ORIGIN = /^[a-z][a-z\d+.-]*:\/\/[^/?#]*/i;

export type UrlRedactionRules = {
  /**
   * Consecutive path segments (compared decoded and case-insensitively, anywhere in the path) after
   * which everything is a credential, and the route parameter logged in its place.
   */
  credentialRoutes: ReadonlyArray<{ prefix: readonly string[]; parameter: string }>;
  /** Query keys (lower case) whose values may be logged as they are. */
  loggableQueryKeys?: ReadonlySet<string>;
  /** A suffix of the last segment worth keeping, such as Remix's single-fetch `.data`. */
  keepSuffix?: string;
  /** Collapse `//` first, for servers that route `//a//b` like `/a/b`. */
  collapseSlashes?: boolean;
};

export function createUrlRedactor(rules: UrlRedactionRules): (url: string) => string {
  const loggable = rules.loggableQueryKeys ?? new Set<string>();
  return (url) => {
    const [beforeFragment = ''] = url.split('#', 1);
    const queryAt = beforeFragment.indexOf('?');
    const target = queryAt === -1 ? beforeFragment : beforeFragment.slice(0, queryAt);
    const origin = ORIGIN.exec(target)?.[0] ?? '';
    const rawPath = target.slice(origin.length);
    const path = redactPath(rules.collapseSlashes ? rawPath.replace(/\/{2,}/g, '/') : rawPath, rules);
    const query = queryAt === -1 ? '' : `?${redactQuery(beforeFragment.slice(queryAt + 1), loggable)}`;
    return `${origin.replace(/\/\/[^@]*@/, '//')}${path}${query}`;
  };
}

function redactPath(path: string, rules: UrlRedactionRules): string {
  const segments = path.split('/');
  const names = segments.map(normaliseSegment);
  for (const { prefix, parameter } of rules.credentialRoutes) {
    for (let start = 0; start + prefix.length <= segments.length; start++) {
      if (!prefix.every((name, offset) => names[start + offset] === name)) continue;
      const end = start + prefix.length;
      // A bare prefix (`/download/`) carries nothing secret.
      if (segments.slice(end).every((segment) => segment === '')) break;
      const suffix = rules.keepSuffix && path.endsWith(rules.keepSuffix) ? rules.keepSuffix : '';
      // Everything after the prefix goes: routes match case-insensitively and with a trailing slash,
      // and a mistyped /download/<token>/x is still the token in a 404 line.
      return `${segments.slice(0, end).join('/')}/${parameter}${suffix}`;
    }
  }
  return path;
}

function normaliseSegment(segment: string): string {
  try {
    return decodeURIComponent(segment).toLowerCase();
  } catch {
    return segment.toLowerCase();
  }
}

function redactQuery(query: string, loggable: ReadonlySet<string>): string {
  return query
    .split('&')
    .map((pair) => {
      if (pair === '') return pair;
      const equals = pair.indexOf('=');
      const key = equals === -1 ? pair : pair.slice(0, equals);
      if (loggable.has(normaliseSegment(key))) return pair;
      return equals === -1 ? REDACTED : `${key}=${REDACTED}`;
    })
    .join('&');
}
