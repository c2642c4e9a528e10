// The two sign-ins the web keeps, each an API session token in its own cookie: the creator's
// (`shelf_session`, the dashboard) and the affiliate's (`shelf_affiliate`, the earnings page at /affiliate).
// The API client forwards at most one of them, as a bearer token, and only the one a call asks for.
import { createCookie } from '@remix-run/node';

// Unsigned on purpose: each value is an opaque token the API looks up by its hash, so a forged or edited
// value signs no one in. Secure and the lifetime are given when a cookie is written (cookieOptions).
export const sessionCookie = createCookie('shelf_session', { httpOnly: true, sameSite: 'lax', path: '/' });

// Sent only to /affiliate pages: the storefront and the dashboard never see the affiliate's token.
export const affiliateSessionCookie = createCookie('shelf_affiliate', {
  httpOnly: true,
  sameSite: 'lax',
  path: '/affiliate',
});

// RFC 6750's b64token: what can follow "Bearer " in an Authorization header without quoting.
const BEARER_TOKEN = /^[\w.~+/-]{1,1024}=*$/;

async function readToken(
  cookie: typeof sessionCookie | typeof affiliateSessionCookie,
  request: Request,
): Promise<string | null> {
  const value: unknown = await cookie.parse(request.headers.get('Cookie'));
  return typeof value === 'string' && BEARER_TOKEN.test(value) ? value : null;
}

/** The API session token of the signed-in creator, or null when there is none or it is malformed. */
export function readSessionToken(request: Request): Promise<string | null> {
  return readToken(sessionCookie, request);
}

/** The affiliate's portal session token, or null when there is none or it is malformed. */
export function readAffiliateToken(request: Request): Promise<string | null> {
  return readToken(affiliateSessionCookie, request);
}

/**
 * How to write a session cookie that lasts until the API session's `expiresAt` (never negative), Secure
 * when the storefront's public URL is https. Without `expiresAt` the cookie is cleared.
 */
export function cookieOptions(options: { publicUrl: string; expiresAt?: string; now?: Date }): {
  secure: boolean;
  maxAge: number;
} {
  const secure = new URL(options.publicUrl).protocol === 'https:';
  if (!options.expiresAt) return { secure, maxAge: 0 };
  const seconds = Math.floor((Date.parse(options.expiresAt) - (options.now ?? new Date()).getTime()) / 1000);
  return { secure, maxAge: Number.isFinite(seconds) ? Math.max(0, seconds) : 0 };
}
