// The creator's sign-in for the dashboard: email and password to the API's login, whose session token is
// kept in the httpOnly `shelf_session` cookie; then back to the dashboard page that asked.
import type {
  ActionFunctionArgs,
  HeadersFunction,
  LinksFunction,
  LoaderFunctionArgs,
  MetaFunction,
} from '@remix-run/node';
import { data, redirect } from '@remix-run/node';
import { Form, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { loginCreator } from '../graphql/accounts.server';
import { isApiError } from '../graphql/client.server';
import { safeRedirectTo } from '../lib/dashboard.server';
import { env } from '../lib/env.server';
import { requireSameOrigin } from '../lib/http.server';
import { pageTitle, storeNameFrom } from '../lib/meta';
import { cookieOptions, sessionCookie } from '../lib/session.server';
import dashboardStyles from '../styles/dashboard.css?url';

const LOGIN_FAILED = 'We couldn’t sign you in just now. Please try again in a moment.';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: dashboardStyles }];

export const headers: HeadersFunction = () => ({ 'Cache-Control': 'private, no-store' });

export const meta: MetaFunction = ({ matches }) => [
  { title: pageTitle('Dashboard sign-in', storeNameFrom(matches)) },
  { name: 'robots', content: 'noindex' },
];

export function loader({ request }: LoaderFunctionArgs) {
  return { redirectTo: safeRedirectTo(new URL(request.url).searchParams.get('redirectTo')) };
}

type LoginError = { email: string; formError?: string; fieldErrors?: { email?: string; password?: string } };

export async function action({ request, context }: ActionFunctionArgs) {
  requireSameOrigin(request);
  const form = await request.formData();
  const email = String(form.get('email') ?? '').trim();
  const password = String(form.get('password') ?? '');
  const redirectTo = safeRedirectTo(String(form.get('redirectTo') ?? ''));
  const fieldErrors: LoginError['fieldErrors'] = {};
  if (!email) fieldErrors.email = 'Enter your email address.';
  if (!password) fieldErrors.password = 'Enter your password.';
  if (fieldErrors.email || fieldErrors.password) {
    return data<LoginError>({ email, fieldErrors }, { status: 400 });
  }
  try {
    const session = await loginCreator({ request, context }, { email, password });
    const cookie = await sessionCookie.serialize(
      session.token,
      cookieOptions({ publicUrl: env.publicUrl, expiresAt: session.expiresAt }),
    );
    return redirect(redirectTo, { headers: { 'Set-Cookie': cookie } });
  } catch (error) {
    if (isApiError(error, 'UNAUTHENTICATED') || isApiError(error, 'RATE_LIMITED')) {
      return data<LoginError>({ email, formError: error.message }, { status: 400 });
    }
    if (isApiError(error, 'BAD_USER_INPUT')) {
      const field = error.extensions.field === 'password' ? 'password' : 'email';
      return data<LoginError>({ email, fieldErrors: { [field]: error.message } }, { status: 400 });
    }
    console.error(error);
    return data<LoginError>({ email, formError: LOGIN_FAILED }, { status: 503 });
  }
}

export default function DashboardLogin() {
  const { redirectTo } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  const busy = navigation.state !== 'idle' && navigation.formMethod === 'POST';
  const emailError = result?.fieldErrors?.email;
  const passwordError = result?.fieldErrors?.password;
  return (
    <div className="container dashboard-login">
      <section className="dashboard-card" aria-labelledby="login-title">
        <p className="eyebrow">Dashboard</p>
        <h1 id="login-title">Sign in</h1>
        <Form method="post" noValidate>
          <input type="hidden" name="redirectTo" value={redirectTo} />
          {result?.formError && (
            <p className="form-error" role="alert">
              {result.formError}
            </p>
          )}
          <div className="field">
            <label htmlFor="email">Email address</label>
            <input
              id="email"
              name="email"
              type="email"
              autoComplete="username"
              required
              defaultValue={result?.email ?? ''}
              aria-invalid={emailError ? true : undefined}
              aria-describedby={emailError ? 'email-error' : undefined}
            />
            {emailError && (
              <p id="email-error" className="form-error" role="alert">
                {emailError}
              </p>
            )}
          </div>
          <div className="field">
            <label htmlFor="password">Password</label>
            <input
              id="password"
              name="password"
              type="password"
              autoComplete="current-password"
              required
              aria-invalid={passwordError ? true : undefined}
              aria-describedby={passwordError ? 'password-error' : undefined}
            />
            {passwordError && (
              <p id="password-error" className="form-error" role="alert">
                {passwordError}
              </p>
            )}
          </div>
          <button type="submit" className="button button-primary button-block" disabled={busy}>
            {busy ? 'Signing in…' : 'Sign in'}
          </button>
        </Form>
      </section>
    </div>
  );
}
