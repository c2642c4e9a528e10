// Where an affiliate's emailed sign-in link lands. Opening it (GET) only shows a Sign in button: mail
// scanners and link previews open links, and the link works once. The button's POST exchanges the token
// for a portal session kept in an httpOnly cookie for /affiliate pages, then goes to the earnings page.
import type {
  ActionFunctionArgs,
  HeadersFunction,
  LinksFunction,
  LoaderFunctionArgs,
  MetaFunction,
} from '@remix-run/node';
import { data, redirect } from '@remix-run/node';
import { Form, useActionData, useLoaderData } from '@remix-run/react';
import { signInAffiliate } from '../graphql/affiliates.server';
import { isApiError } from '../graphql/client.server';
import { env } from '../lib/env.server';
import { requireSameOrigin } from '../lib/http.server';
import { pageTitle, storeNameFrom } from '../lib/meta';
import { affiliateSessionCookie, cookieOptions } from '../lib/session.server';
import affiliateStyles from '../styles/affiliate.css?url';

const LINK_INVALID = 'This sign-in link has expired or was already used.';
const SIGN_IN_FAILED = 'We couldn’t sign you in just now. Please try again in a moment.';
// A token is what the API put in the link: url-safe characters only, and never long.
const TOKEN_SHAPE = /^[\w-]{16,256}$/;

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: affiliateStyles }];

export const headers: HeadersFunction = () => ({ 'Cache-Control': 'private, no-store' });

export const meta: MetaFunction = ({ matches }) => [
  { title: pageTitle('Sign in', storeNameFrom(matches)) },
  { name: 'robots', content: 'noindex' },
  // The token in the URL is a credential until used: never send it to another site as a Referer. Not
  // no-referrer, under which the browser posts the Sign in form with `Origin: null`, refused as cross-site.
  { name: 'referrer', content: 'same-origin' },
];

export function loader({ request }: LoaderFunctionArgs) {
  const token = new URL(request.url).searchParams.get('token') ?? '';
  return { token: TOKEN_SHAPE.test(token) ? token : null };
}

export async function action({ request, context }: ActionFunctionArgs) {
  requireSameOrigin(request);
  const token = String((await request.formData()).get('token') ?? '');
  if (!TOKEN_SHAPE.test(token)) return data({ error: LINK_INVALID, invalid: true }, { status: 400 });
  try {
    const session = await signInAffiliate({ request, context }, token);
    const cookie = await affiliateSessionCookie.serialize(
      session.token,
      cookieOptions({ publicUrl: env.publicUrl, expiresAt: session.expiresAt }),
    );
    return redirect('/affiliate', { headers: { 'Set-Cookie': cookie } });
  } catch (error) {
    if (isApiError(error, 'UNAUTHENTICATED') || isApiError(error, 'BAD_USER_INPUT')) {
      return data({ error: LINK_INVALID, invalid: true }, { status: 400 });
    }
    if (isApiError(error, 'RATE_LIMITED')) {
      return data({ error: error.message, invalid: false }, { status: 429 });
    }
    console.error(error);
    return data({ error: SIGN_IN_FAILED, invalid: false }, { status: 503 });
  }
}

export default function AffiliateSignIn() {
  const { token } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const invalid = !token || result?.invalid;
  return (
    <div className="container affiliate-page">
      <section className="affiliate-card affiliate-sign-in" aria-labelledby="sign-in-title">
        <p className="eyebrow">Affiliates</p>
        {invalid ? (
          <>
            <h1 id="sign-in-title">This link no longer works</h1>
            <p className="lead" role="alert">
              {LINK_INVALID} Each sign-in link works once, for 15 minutes.
            </p>
            <a href="/affiliate" className="button button-primary">
              Email me a new link
            </a>
          </>
        ) : (
          <>
            <h1 id="sign-in-title">Sign in to your earnings</h1>
            <p className="lead">Press the button to finish signing in on this device.</p>
            {result?.error && (
              <p className="form-error" role="alert">
                {result.error}
              </p>
            )}
            {/* A whole-document post: the session cookie it sets is for /affiliate pages only. */}
            <Form method="post" action="/affiliate/sign-in" reloadDocument>
              <input type="hidden" name="token" value={token} />
              <button type="submit" className="button button-primary button-large button-block">
                Sign in
              </button>
            </Form>
          </>
        )}
      </section>
    </div>
  );
}
