// The dashboard's sign-in redirects: back to the page asked for, never to another site.
import { describe, expect, it } from 'vitest';
import { DASHBOARD_HOME, loginRedirect, safeRedirectTo } from './dashboard.server.ts';

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
