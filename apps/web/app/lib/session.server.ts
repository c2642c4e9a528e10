// The signed-in user's session on the web: the API session token, kept in the `shelf_session` cookie.
import { createCookie } from '@remix-run/node';

// Unsigned on purpose: the value is an opaque token the API looks up by its hash, so a forged or edited
// value signs no one in.
export const sessionCookie = createCookie('shelf_session', { httpOnly: true, sameSite: 'lax', path: '/' });

// RFC 6750's b64token: what can follow "Bearer " in an Authorization header without quoting.
const BEARER_TOKEN = /^[\w.~+/-]{1,1024}=*$/;

/** The API session token of the signed-in user, or null when there is none or it is malformed. */
export async function readSessionToken(request: Request): Promise<string | null> {
  const value: unknown = await sessionCookie.parse(request.headers.get('Cookie'));
  return typeof value === 'string' && BEARER_TOKEN.test(value) ? value : null;
}
