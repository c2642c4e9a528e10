// Affiliate attribution: a visit to any storefront URL with `?ref=CODE` is counted by the API
// (recordAffiliateClick), and only when the API says the code names a link that earns is it remembered in
// a first-party cookie for 30 days, to be sent as the affiliateCode when the shopper starts a checkout.
// So the newest valid code wins, and an unknown, paused or archived one leaves the cookie as it was.
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

/** What the API is told about a `?ref=` visit (RecordAffiliateClickInput). */
export type RefVisit = { code: string; landingPath: string; referrer: string | null };

/**
 * The visit to count for this request: a GET (a page, or the data request of a client-side navigation)
 * whose URL carries a well-formed `?ref=`. Form posts are not visits; a malformed code is not sent at all.
 */
export function refVisitForRequest(request: Request): RefVisit | null {
  if (request.method !== 'GET') return null;
  const url = new URL(request.url);
  const code = parseRefCode(url.searchParams.get('ref'));
  if (!code) return null;
  // A client-side navigation fetches `/products/x.data` (`/_root.data` for the home page): the shopper
  // landed on the page itself.
  const landingPath = url.pathname.replace(/\.data$/, '').replace(/^\/_root$/, '/');
  return { code, landingPath, referrer: request.headers.get('Referer') };
}

/**
 * Counts the visit with `record` (the API's recordAffiliateClick) and answers the Set-Cookie to add to the
 * response: one remembering the code when the API calls it valid, else null. Attribution must never cost
 * the shopper the page, so a failed or slow call (the caller bounds its wait) is logged and sets nothing.
 */
export async function refCookieForVisit(
  visit: RefVisit,
  record: (visit: RefVisit) => Promise<{ valid: boolean }>,
  options: { secure: boolean },
): Promise<string | null> {
  try {
    const { valid } = await record(visit);
    return valid ? serializeRefCookie(visit.code, options) : null;
  } catch (error) {
    const reason = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    console.error(`[web] an affiliate visit was not recorded (${reason}); no referral cookie set`);
    return null;
  }
}

/**
 * The code a checkout is attributed to: the remembered one, which only a valid click sets, so it is the
 * last valid click; the URL's own `?ref=` only when there is none (a browser that keeps no cookies). The
 * API ignores codes that earn nothing, so a purchase is never refused for one.
 */
export function affiliateCodeForRequest(request: Request): string | null {
  return (
    readRefCookie(request.headers.get('Cookie')) ?? parseRefCode(new URL(request.url).searchParams.get('ref'))
  );
}
