// What every dashboard page shares: a creator must be signed in (else to /dashboard/login and back), and
// where the login page may send them afterwards.
import { redirect } from '@remix-run/node';
import { isApiError } from '../graphql/client.server';
import { readSessionToken } from './session.server';

export const DASHBOARD_HOME = '/dashboard/affiliates';

/**
 * Where to go after signing in: a dashboard path of this site (with its query), else the dashboard's home.
 * Never another site (`//evil.example`, `/\evil.example`) and never the login page itself.
 */
export function safeRedirectTo(value: string | null | undefined): string {
  if (!value || !/^\/dashboard(?:[/?#]|$)/.test(value) || /[\\\s]/.test(value)) return DASHBOARD_HOME;
  const { pathname, search } = new URL(value, 'http://dashboard.invalid');
  if (!/^\/dashboard(?:\/|$)/.test(pathname) || pathname.startsWith('/dashboard/login'))
    return DASHBOARD_HOME;
  return `${pathname}${search}`;
}

/** The redirect to the login page that comes back to the page asked for. */
export function loginRedirect(request: Request): Response {
  // A client-side navigation asks for `/dashboard/x.data?_routes=...`: come back to the page itself.
  const url = new URL(request.url);
  url.searchParams.delete('_routes');
  const back = safeRedirectTo(`${url.pathname.replace(/\.data$/, '')}${url.search}`);
  return redirect(`/dashboard/login?redirectTo=${encodeURIComponent(back)}`);
}

/**
 * Runs a dashboard loader's or action's API work as the signed-in creator. Without a session cookie, or when
 * the API no longer knows the session (expired, signed out elsewhere), it throws the redirect to the login.
 */
export async function asCreator<T>(request: Request, work: () => Promise<T>): Promise<T> {
  if (!(await readSessionToken(request))) throw loginRedirect(request);
  try {
    return await work();
  } catch (error) {
    if (isApiError(error, 'UNAUTHENTICATED')) throw loginRedirect(request);
    throw error;
  }
}
