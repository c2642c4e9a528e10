// Asking for a password reset link, signed out. The answer is the same whether or not the address belongs
// to anyone (the API answers alike), so the page tells nobody which emails have accounts.
import type { ActionFunctionArgs, HeadersFunction, LinksFunction, MetaFunction } from '@remix-run/node';
import { data } from '@remix-run/node';
import { Form, Link, useActionData, useNavigation } from '@remix-run/react';
import { CsrfField } from '../components/csrf-field';
import { requestPasswordReset } from '../graphql/accounts.server';
import { isApiError } from '../graphql/client.server';
import { requireCsrf } from '../lib/csrf.server';
import { pageTitle, storeNameFrom } from '../lib/meta';
import dashboardStyles from '../styles/dashboard.css?url';
import accountStyles from '../styles/dashboard-account.css?url';

const REQUEST_FAILED = 'We couldn’t send a link just now. Please try again in a moment.';

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: dashboardStyles },
  { rel: 'stylesheet', href: accountStyles },
];

export const headers: HeadersFunction = () => ({ 'Cache-Control': 'private, no-store' });

export const meta: MetaFunction = ({ matches }) => [
  { title: pageTitle('Forgot password', storeNameFrom(matches)) },
  { name: 'robots', content: 'noindex' },
];

type ForgotResult = { sentTo?: string; email?: string; emailError?: string; formError?: string };

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  await requireCsrf(request, form);
  const email = String(form.get('email') ?? '').trim();
  if (!email) return data<ForgotResult>({ email, emailError: 'Enter your email address.' }, { status: 400 });
  try {
    await requestPasswordReset({ request, context }, email);
    return data<ForgotResult>({ sentTo: email });
  } catch (error) {
    if (isApiError(error, 'BAD_USER_INPUT')) {
      return data<ForgotResult>({ email, emailError: error.message }, { status: 400 });
    }
    if (isApiError(error, 'RATE_LIMITED')) {
      return data<ForgotResult>({ email, formError: error.message }, { status: 429 });
    }
    console.error(error);
    return data<ForgotResult>({ email, formError: REQUEST_FAILED }, { status: 503 });
  }
}

export default function ForgotPassword() {
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  const busy = navigation.state !== 'idle' && navigation.formMethod === 'POST';
  return (
    <div className="container dashboard-login">
      <section className="dashboard-card" aria-labelledby="forgot-title">
        <p className="eyebrow">Dashboard</p>
        <h1 id="forgot-title">Forgot password</h1>
        {result?.sentTo ? (
          <div role="status">
            <p>
              If <strong>{result.sentTo}</strong> belongs to a dashboard account, a link to choose a new
              password is on its way. It works once, for 30 minutes.
            </p>
            <p className="muted small">No email? Check the spam folder, or ask again in a few minutes.</p>
          </div>
        ) : (
          <Form method="post" noValidate>
            <CsrfField />
            <p className="muted">
              Enter the email you sign in with and we’ll send you a link to choose a new password.
            </p>
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
                aria-invalid={result?.emailError ? true : undefined}
                aria-describedby={result?.emailError ? 'email-error' : undefined}
              />
              {result?.emailError && (
                <p id="email-error" className="form-error" role="alert">
                  {result.emailError}
                </p>
              )}
            </div>
            <button type="submit" className="button button-primary button-block" disabled={busy}>
              {busy ? 'Sending…' : 'Send the link'}
            </button>
          </Form>
        )}
        <p className="account-aside">
          <Link to="/dashboard/login" className="text-link">
            Back to sign-in
          </Link>
        </p>
      </section>
    </div>
  );
}
