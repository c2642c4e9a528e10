// What every dashboard page shares: a creator must be signed in (else to /dashboard/login and back), staff
// the owner requires to set up two-factor sign-in are sent to do that first, and where the login page may
// send them afterwards.
import { redirect } from '@remix-run/node';
import { isApiError } from '../graphql/client.server';
import { readSessionToken } from './session.server';

export const DASHBOARD_HOME = '/dashboard';
/** Where staff who must set up two-factor sign-in before anything else are sent. */
export const TWO_FACTOR_SETUP_PATH = '/dashboard/account?setup=2fa';

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

/** True for the API's refusal of staff who must set up two-factor sign-in before anything else. */
export function isTwoFactorSetupRequired(error: unknown): boolean {
  return isApiError(error, 'FORBIDDEN') && error.extensions.reason === 'TWO_FACTOR_SETUP_REQUIRED';
}

/**
 * Runs a dashboard loader's or action's API work as the signed-in creator. Without a session cookie, or when
 * the API no longer knows the session (expired, signed out elsewhere), it throws the redirect to the login;
 * when the owner requires staff to set up two-factor sign-in first, the redirect to the account page that
 * does it (the account page itself gets the error, so it cannot loop).
 */
export async function asCreator<T>(request: Request, work: () => Promise<T>): Promise<T> {
  if (!(await readSessionToken(request))) throw loginRedirect(request);
  try {
    return await work();
  } catch (error) {
    if (isApiError(error, 'UNAUTHENTICATED')) throw loginRedirect(request);
    if (isTwoFactorSetupRequired(error) && !isAccountPage(request)) throw redirect(TWO_FACTOR_SETUP_PATH);
    throw error;
  }
}

function isAccountPage(request: Request): boolean {
  return /^\/dashboard\/account(?:\.data)?$/.test(new URL(request.url).pathname);
}
