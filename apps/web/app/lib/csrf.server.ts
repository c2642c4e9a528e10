// Cross-site request forgery protection for the dashboard: every form post (and every upload the browser
// sends with fetch) must come from this site's origin AND carry the token the page was rendered with. The
// token is a random value kept in an httpOnly cookie of its own (double submit): another site can make the
// browser send the cookie, but cannot read it or the page, so it cannot put the same value in the form.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createCookie } from '@remix-run/node';
import { env } from './env.server';
import { isSameOriginPost } from './http.server';

/** The form field, and the header for fetch uploads, that carry the token. */
export const CSRF_FIELD = 'csrf';
export const CSRF_HEADER = 'X-CSRF-Token';

const TOKEN = /^[\w-]{43}$/;

const csrfCookie = createCookie('shelf_csrf', {
  httpOnly: true,
  sameSite: 'lax',
  path: '/dashboard',
  // Long enough that a tab left open over a weekend still posts; a new one is issued when it is missing.
  maxAge: 60 * 60 * 24 * 30,
});

async function readCookieToken(request: Request): Promise<string | null> {
  const value: unknown = await csrfCookie.parse(request.headers.get('Cookie'));
  return typeof value === 'string' && TOKEN.test(value) ? value : null;
}

/**
 * The token for the page being rendered, and the Set-Cookie header to send when the browser has none yet
 * (the dashboard layout's loader sends it, so every dashboard page and its forms carry the same token).
 */
export async function issueCsrfToken(request: Request): Promise<{ token: string; setCookie: string | null }> {
  const existing = await readCookieToken(request);
  if (existing) return { token: existing, setCookie: null };
  const token = randomBytes(32).toString('base64url');
  const secure = new URL(env.publicUrl).protocol === 'https:';
  return { token, setCookie: await csrfCookie.serialize(token, { secure }) };
}

function sameToken(cookieToken: string | null, sent: unknown): boolean {
  if (!cookieToken || typeof sent !== 'string' || !TOKEN.test(sent)) return false;
  return timingSafeEqual(Buffer.from(cookieToken), Buffer.from(sent));
}

function forbidden(): Response {
  return new Response('Forbidden: this form has expired. Reload the page and try again.', {
    status: 403,
    statusText: 'Forbidden',
  });
}

/** Throws 403 unless a form post comes from this site and carries the page's token; call it first. */
export async function requireCsrf(request: Request, form: FormData): Promise<void> {
  if (!isSameOriginPost(request, env.publicUrl)) throw forbidden();
  if (!sameToken(await readCookieToken(request), form.get(CSRF_FIELD))) throw forbidden();
}

/** The same check for a fetch or XHR request from a dashboard page, with the token in X-CSRF-Token. */
export async function requireCsrfHeader(request: Request): Promise<void> {
  if (!isSameOriginPost(request, env.publicUrl)) throw forbidden();
  if (!sameToken(await readCookieToken(request), request.headers.get(CSRF_HEADER))) throw forbidden();
}
