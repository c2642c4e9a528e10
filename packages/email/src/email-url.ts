// Links that go into an email. Escaping keeps a URL from breaking out of its attribute, but only
// the scheme check keeps a `javascript:` URL from reaching a customer, so every href goes through here.
const allowedProtocols = new Set(['http:', 'https:', 'mailto:']);

export function assertEmailUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new TypeError(`Email link is not an absolute URL: ${url}`);
  }
  if (!allowedProtocols.has(parsed.protocol)) {
    throw new TypeError(`Email link must be http(s) or mailto, got ${parsed.protocol} in ${url}`);
  }
  return url;
}
