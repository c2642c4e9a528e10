// The hidden field every dashboard form posts its CSRF token in: the token comes from the dashboard
// layout's loader, which issued it with its cookie.
import { useRouteLoaderData } from '@remix-run/react';
import type { loader as dashboardLoader } from '../routes/dashboard';

/** The page's CSRF token (for a fetch upload's X-CSRF-Token header), or '' outside the dashboard. */
export function useCsrfToken(): string {
  return useRouteLoaderData<typeof dashboardLoader>('routes/dashboard')?.csrfToken ?? '';
}

export function CsrfField() {
  return <input type="hidden" name="csrf" value={useCsrfToken()} />;
}
