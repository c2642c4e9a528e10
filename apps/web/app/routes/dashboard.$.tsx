// Any other /dashboard address: the sign-in first, then a 404 for a page the dashboard does not have.
import type { LoaderFunctionArgs } from '@remix-run/node';
import { loginRedirect } from '../lib/dashboard.server';
import { notFound } from '../lib/http.server';
import { readSessionToken } from '../lib/session.server';

export async function loader({ request }: LoaderFunctionArgs) {
  if (!(await readSessionToken(request))) throw loginRedirect(request);
  throw notFound();
}

export default function DashboardNotFound() {
  return null;
}
