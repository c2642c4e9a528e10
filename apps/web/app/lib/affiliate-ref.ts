// Affiliate attribution: `?ref=CODE` on any storefront URL is remembered in a first-party cookie for
// 30 days and sent as the affiliateCode when the shopper starts a checkout. The newest valid code wins.
export const REF_COOKIE_NAME = 'shelf_ref';
export const REF_COOKIE_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

const REF_CODE = /^[A-Za-z0-9_-]{1,64}$/;

/** The code when it is one we accept, else null. Anything else is ignored, never stored. */
export function parseRefCode(value: string | null | undefined): string | null {
  return value && REF_CODE.test(value) ? value : null;
}

/** The stored code from a Cookie request header. */
export function readRefCookie(cookieHeader: string | null): string | null {
  if (!cookieHeader) return null;
  for (const pair of cookieHeader.split(';')) {
    const separator = pair.indexOf('=');
    if (separator === -1 || pair.slice(0, separator).trim() !== REF_COOKIE_NAME) continue;
    return parseRefCode(pair.slice(separator + 1).trim());
  }
  return null;
}

/** A Set-Cookie value remembering the code. Only validated codes reach it, so no encoding is needed. */
export function serializeRefCookie(code: string, options: { secure: boolean }): string {
  const attributes = [
    `${REF_COOKIE_NAME}=${code}`,
    `Max-Age=${REF_COOKIE_MAX_AGE_SECONDS}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Lax',
  ];
  if (options.secure) attributes.push('Secure');
  return attributes.join('; ');
}

/** The Set-Cookie value to add to the response when the request URL carries a valid `?ref=`. */
export function refCookieForRequest(request: Request): string | null {
  const url = new URL(request.url);
  const code = parseRefCode(url.searchParams.get('ref'));
  return code ? serializeRefCookie(code, { secure: url.protocol === 'https:' }) : null;
}

/** The code a checkout is attributed to: the URL's own `?ref=` first, then the remembered one. */
export function affiliateCodeForRequest(request: Request): string | null {
  return (
    parseRefCode(new URL(request.url).searchParams.get('ref')) ?? readRefCookie(request.headers.get('Cookie'))
  );
}
