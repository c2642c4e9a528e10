// The dashboard's sign-in redirects: back to the page asked for, never to another site; staff who must
// set up two-factor sign-in first are sent to their account page.
import { describe, expect, it } from 'vitest';
import { ApiError } from '../graphql/client.server.ts';
import {
  asCreator,
  DASHBOARD_HOME,
  loginRedirect,
  safeRedirectTo,
  TWO_FACTOR_SETUP_PATH,
} from './dashboard.server.ts';
import { sessionCookie } from './session.server.ts';

describe('safeRedirectTo', () => {
  it('keeps dashboard paths with their query', () => {
    expect(safeRedirectTo('/dashboard/affiliates')).toBe('/dashboard/affiliates');
    expect(safeRedirectTo('/dashboard/affiliates?after=abc')).toBe('/dashboard/affiliates?after=abc');
    expect(safeRedirectTo('/dashboard')).toBe('/dashboard');
  });

  it.each([
    null,
    '',
    'https://evil.example/dashboard',
    '//evil.example/dashboard',
    '/\\evil.example',
    '/dashboard/../products',
    '/dashboardx',
    '/products',
    '/dashboard/login',
    '/dashboard/login?redirectTo=/dashboard',
    '/dashboard/\tx',
  ])('sends %j to the dashboard home instead', (value) => {
    expect(safeRedirectTo(value)).toBe(DASHBOARD_HOME);
  });
});

describe('loginRedirect', () => {
  it('sends the visitor to the login page with the page to come back to', () => {
    const response = loginRedirect(new Request('http://shop.test/dashboard/affiliates?after=x'));
    expect(response.status).toBe(302);
    expect(response.headers.get('Location')).toBe(
      `/dashboard/login?redirectTo=${encodeURIComponent('/dashboard/affiliates?after=x')}`,
    );
  });

  it('comes back to the page, not its data URL, after a client-side navigation', () => {
    const response = loginRedirect(
      new Request('http://shop.test/dashboard/affiliates.data?_routes=routes%2Fdashboard.affiliates'),
    );
    expect(response.headers.get('Location')).toBe(
      `/dashboard/login?redirectTo=${encodeURIComponent('/dashboard/affiliates')}`,
    );
  });
});

describe('asCreator', () => {
  const signedIn = async (path: string) =>
    new Request(`http://shop.test${path}`, {
      headers: { Cookie: await sessionCookie.serialize('session-token') },
    });
  const refusal = (code: 'UNAUTHENTICATED' | 'FORBIDDEN', extensions: Record<string, unknown> = {}) =>
    new ApiError('refused', { code, operation: 'Test', extensions });
  const thrown = async (work: Promise<unknown>): Promise<unknown> =>
    work.then(
      () => 'no error',
      (e) => e,
    );

  it('runs the work for a signed-in creator and gives its result', async () => {
    expect(await asCreator(await signedIn('/dashboard/orders'), async () => 42)).toBe(42);
  });

  it('sends a visitor without a session, or with one the API no longer knows, to the login', async () => {
    let ran = false;
    const anonymous = await thrown(
      asCreator(new Request('http://shop.test/dashboard/orders'), async () => {
        ran = true;
      }),
    );
    expect(ran).toBe(false);
    expect((anonymous as Response).headers.get('Location')).toMatch(/^\/dashboard\/login\?redirectTo=/);
    const ended = await thrown(
      asCreator(await signedIn('/dashboard/orders'), () => Promise.reject(refusal('UNAUTHENTICATED'))),
    );
    expect((ended as Response).headers.get('Location')).toMatch(/^\/dashboard\/login\?redirectTo=/);
  });

  it('sends staff who must set up two-factor sign-in to the account page, and only there', async () => {
    const setupRequired = refusal('FORBIDDEN', { reason: 'TWO_FACTOR_SETUP_REQUIRED' });
    const elsewhere = await thrown(
      asCreator(await signedIn('/dashboard/orders'), () => Promise.reject(setupRequired)),
    );
    expect(elsewhere).toBeInstanceOf(Response);
    expect((elsewhere as Response).headers.get('Location')).toBe(TWO_FACTOR_SETUP_PATH);
    // On the account page itself the error is the page's to show: no redirect loop.
    const onAccount = await thrown(
      asCreator(await signedIn('/dashboard/account'), () => Promise.reject(setupRequired)),
    );
    expect(onAccount).toBe(setupRequired);
  });

  it('passes other refusals on to the page', async () => {
    const ownerOnly = refusal('FORBIDDEN');
    expect(await thrown(asCreator(await signedIn('/dashboard/users'), () => Promise.reject(ownerOnly)))).toBe(
      ownerOnly,
    );
  });
});
