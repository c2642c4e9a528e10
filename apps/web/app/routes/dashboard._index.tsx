// /dashboard: the affiliates page is all the dashboard has so far (through its sign-in check).
import { redirect } from '@remix-run/node';
import { DASHBOARD_HOME } from '../lib/dashboard.server';

export function loader() {
  return redirect(DASHBOARD_HOME);
}
