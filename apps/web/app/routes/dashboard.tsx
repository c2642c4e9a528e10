// The frame of every /dashboard page: the navigation for a signed-in creator (what only the owner may use
// is shown to the owner only), the sign-out button, and the CSRF token every dashboard form posts. Signed
// out (the sign-in and password-reset pages) it is only the page itself. Each page checks the sign-in
// itself: this loader runs beside theirs, not before them.
import type { HeadersFunction, LinksFunction, LoaderFunctionArgs } from '@remix-run/node';
import { data } from '@remix-run/node';
import { Form, NavLink, Outlet, useLoaderData } from '@remix-run/react';
import { CsrfField } from '../components/csrf-field';
import { isApiError } from '../graphql/client.server';
import { type DashboardViewer, getDashboardViewer } from '../graphql/dashboard.server';
import { issueCsrfToken } from '../lib/csrf.server';
import { readSessionToken } from '../lib/session.server';
import dashboardStyles from '../styles/dashboard.css?url';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: dashboardStyles }];

export const headers: HeadersFunction = () => ({ 'Cache-Control': 'private, no-store' });

type NavItem = { to: string; label: string; ownerOnly?: boolean; end?: boolean };

/** The dashboard's pages, in the order the navigation lists them. */
export const DASHBOARD_NAV: NavItem[] = [
  { to: '/dashboard', label: 'Overview', end: true },
  { to: '/dashboard/products', label: 'Products' },
  { to: '/dashboard/orders', label: 'Orders' },
  { to: '/dashboard/customers', label: 'Customers' },
  { to: '/dashboard/licenses', label: 'Licenses' },
  { to: '/dashboard/affiliates', label: 'Affiliates' },
  { to: '/dashboard/emails', label: 'Emails' },
  { to: '/dashboard/users', label: 'Users', ownerOnly: true },
  { to: '/dashboard/api-keys', label: 'API keys', ownerOnly: true },
  { to: '/dashboard/webhooks', label: 'Webhooks', ownerOnly: true },
  { to: '/dashboard/settings', label: 'Settings', ownerOnly: true },
  { to: '/dashboard/account', label: 'Your account' },
];

async function viewerOf(request: Request, context: LoaderFunctionArgs['context']) {
  if (!(await readSessionToken(request))) return null;
  try {
    return await getDashboardViewer({ request, context });
  } catch (error) {
    // The page's own loader answers for an expired session or an API that is down; the frame just
    // leaves its navigation out.
    if (!isApiError(error, 'UNAUTHENTICATED')) console.error(error);
    return null;
  }
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  const [csrf, viewer] = await Promise.all([issueCsrfToken(request), viewerOf(request, context)]);
  const body: { csrfToken: string; viewer: DashboardViewer | null } = { csrfToken: csrf.token, viewer };
  return csrf.setCookie ? data(body, { headers: { 'Set-Cookie': csrf.setCookie } }) : body;
}

export default function DashboardLayout() {
  const { viewer } = useLoaderData<typeof loader>();
  if (!viewer) return <Outlet />;
  const items = DASHBOARD_NAV.filter((item) => !item.ownerOnly || viewer.role === 'OWNER');
  return (
    <div className="dashboard-shell">
      <nav className="dashboard-nav" aria-label="Dashboard">
        <p className="dashboard-nav-who">
          <span className="dashboard-nav-name">{viewer.name || viewer.email}</span>
          <span className="dashboard-nav-role">
            {viewer.role === 'OWNER' ? 'Owner' : 'Staff'}
            {viewer.name ? ` · ${viewer.email}` : ''}
          </span>
        </p>
        <ul>
          {items.map((item) => (
            <li key={item.to}>
              <NavLink to={item.to} end={item.end} prefetch="intent">
                {item.label}
              </NavLink>
            </li>
          ))}
        </ul>
        <Form method="post" action="/dashboard/logout" className="dashboard-nav-signout">
          <CsrfField />
          <button type="submit" className="button button-secondary button-block">
            Sign out
          </button>
        </Form>
      </nav>
      <div className="dashboard-main">
        <Outlet />
      </div>
    </div>
  );
}
