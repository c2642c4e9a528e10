// Signing a creator out: ends the API session and forgets the cookie. Only a POST from a dashboard page
// (its origin and CSRF token) signs out.
import type { ActionFunctionArgs } from '@remix-run/node';
import { redirect } from '@remix-run/node';
import { logoutCreator } from '../graphql/accounts.server';
import { requireCsrf } from '../lib/csrf.server';
import { env } from '../lib/env.server';
import { cookieOptions, readSessionToken, sessionCookie } from '../lib/session.server';

export function loader() {
  return redirect('/dashboard/login');
}

export async function action({ request, context }: ActionFunctionArgs) {
  await requireCsrf(request, await request.formData());
  if (await readSessionToken(request)) {
    try {
      await logoutCreator({ request, context });
    } catch (error) {
      // The cookie goes either way; a session the API could not end expires on its own.
      console.error(error);
    }
  }
  const cleared = await sessionCookie.serialize('', cookieOptions({ publicUrl: env.publicUrl }));
  return redirect('/dashboard/login', { headers: { 'Set-Cookie': cleared } });
}
