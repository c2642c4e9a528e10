// Signing out of the affiliate earnings page: ends the portal session at the API and forgets the cookie.
// Only a POST signs out; a GET (a link, a prefetch) just goes back to the page.
import type { ActionFunctionArgs } from '@remix-run/node';
import { redirect } from '@remix-run/node';
import { signOutAffiliate } from '../graphql/affiliates.server';
import { env } from '../lib/env.server';
import { requireSameOrigin } from '../lib/http.server';
import { affiliateSessionCookie, cookieOptions, readAffiliateToken } from '../lib/session.server';

export function loader() {
  return redirect('/affiliate');
}

export async function action({ request, context }: ActionFunctionArgs) {
  requireSameOrigin(request);
  if (await readAffiliateToken(request)) {
    try {
      await signOutAffiliate({ request, context });
    } catch (error) {
      // The cookie goes either way; a session the API could not end expires on its own.
      console.error(error);
    }
  }
  const cleared = await affiliateSessionCookie.serialize('', cookieOptions({ publicUrl: env.publicUrl }));
  return redirect('/affiliate', { headers: { 'Set-Cookie': cleared } });
}
