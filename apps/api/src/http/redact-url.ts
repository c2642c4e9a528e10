// What the request log may show of a URL: its route shape, never a credential. A download link's token
// is the whole key to a customer's files, and the API's query strings carry signatures, expiry stamps
// and session ids, so a credential path segment becomes its route parameter and every query value is
// hidden (the API takes no query parameter whose value is worth a log line; keys stay for debugging).
const REDACTED = '[redacted]';

/** Routes whose segments after the prefix are a credential, by their prefix segment. */
const credentialRoutes: Record<string, string> = { download: ':token' };

const originPattern = /^[a-z][a-z\d+.-]*:\/\/[^/?#]*/i;

export function redactUrl(url: string): string {
  const [beforeFragment = ''] = url.split('#', 1);
  const queryAt = beforeFragment.indexOf('?');
  const target = queryAt === -1 ? beforeFragment : beforeFragment.slice(0, queryAt);
  const origin = originPattern.exec(target)?.[0] ?? '';
  const path = redactPath(target.slice(origin.length));
  const query = queryAt === -1 ? '' : `?${redactQuery(beforeFragment.slice(queryAt + 1))}`;
  // user:password@ in an absolute-form request target is a credential too.
  return `${origin.replace(/\/\/[^@]*@/, '//')}${path}${query}`;
}

function redactPath(path: string): string {
  const segments = path.split('/');
  const at = segments.findIndex((segment) => credentialRoutes[normaliseSegment(segment)] !== undefined);
  if (at === -1 || segments.slice(at + 1).every((segment) => segment === '')) return path;
  // Everything after the prefix goes: Express routes /download/:token case-insensitively and with a
  // trailing slash, and a mistyped /download/<token>/x is still the token in a 404 line.
  return [...segments.slice(0, at + 1), credentialRoutes[normaliseSegment(segments[at] ?? '')]].join('/');
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
      return equals === -1 ? REDACTED : `${pair.slice(0, equals)}=${REDACTED}`;
    })
    .join('&');
}
