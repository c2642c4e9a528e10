// The creator's sign-in for the dashboard: email and password, then, for a creator with two-factor sign-in,
// a code from the authenticator app (or a recovery code) on the same page, the API's single-use challenge
// carried in a hidden field. Only the last step starts the session: its token goes into the httpOnly
// `shelf_session` cookie, replacing (and ending) any session the browser had, and the creator goes back
// to the dashboard page that asked.
import type {
  ActionFunctionArgs,
  HeadersFunction,
  LinksFunction,
  LoaderFunctionArgs,
  MetaFunction,
} from '@remix-run/node';
import { data, redirect } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { CsrfField } from '../components/csrf-field';
import {
  type CreatorSession,
  completeSignIn,
  logoutCreator,
  signInCreator,
} from '../graphql/accounts.server';
import { isApiError } from '../graphql/client.server';
import { requireCsrf } from '../lib/csrf.server';
import { safeRedirectTo } from '../lib/dashboard.server';
import { env } from '../lib/env.server';
import { pageTitle, storeNameFrom } from '../lib/meta';
import { cookieOptions, readSessionToken, sessionCookie } from '../lib/session.server';
import dashboardStyles from '../styles/dashboard.css?url';
import accountStyles from '../styles/dashboard-account.css?url';

const LOGIN_FAILED = 'We couldn’t sign you in just now. Please try again in a moment.';

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: dashboardStyles },
  { rel: 'stylesheet', href: accountStyles },
];

export const headers: HeadersFunction = () => ({ 'Cache-Control': 'private, no-store' });

export const meta: MetaFunction = ({ matches }) => [
  { title: pageTitle('Dashboard sign-in', storeNameFrom(matches)) },
  { name: 'robots', content: 'noindex' },
];

export function loader({ request }: LoaderFunctionArgs) {
  return { redirectTo: safeRedirectTo(new URL(request.url).searchParams.get('redirectTo')) };
}

type LoginResult =
  | {
      step: 'password';
      email: string;
      formError?: string;
      fieldErrors?: { email?: string; password?: string };
    }
  | { step: 'code'; challenge: string; formError?: string; codeError?: string };

function statusOf(error: unknown): number {
  return isApiError(error, 'RATE_LIMITED') ? 429 : 400;
}

/** The session cookie for `session`, after ending the session the browser had before, if any. */
async function startSession(
  caller: Pick<ActionFunctionArgs, 'request' | 'context'>,
  session: CreatorSession,
  redirectTo: string,
) {
  if (await readSessionToken(caller.request)) {
    // A session left behind would stay valid until it expires; the cookie is replaced either way.
    await logoutCreator(caller).catch((error: unknown) => {
      if (!isApiError(error, 'UNAUTHENTICATED')) console.error(error);
    });
  }
  const cookie = await sessionCookie.serialize(
    session.token,
    cookieOptions({ publicUrl: env.publicUrl, expiresAt: session.expiresAt }),
  );
  return redirect(redirectTo, { headers: { 'Set-Cookie': cookie } });
}

async function passwordStep(caller: Pick<ActionFunctionArgs, 'request' | 'context'>, form: FormData) {
  const email = String(form.get('email') ?? '').trim();
  const password = String(form.get('password') ?? '');
  const redirectTo = safeRedirectTo(String(form.get('redirectTo') ?? ''));
  const fieldErrors: { email?: string; password?: string } = {};
  if (!email) fieldErrors.email = 'Enter your email address.';
  if (!password) fieldErrors.password = 'Enter your password.';
  if (fieldErrors.email || fieldErrors.password) {
    return data<LoginResult>({ step: 'password', email, fieldErrors }, { status: 400 });
  }
  try {
    const answer = await signInCreator(caller, { email, password });
    if (answer.session) return startSession(caller, answer.session, redirectTo);
    if (!answer.challenge) throw new Error('signIn gave neither a session nor a challenge');
    return data<LoginResult>({ step: 'code', challenge: answer.challenge });
  } catch (error) {
    if (isApiError(error, 'UNAUTHENTICATED') || isApiError(error, 'RATE_LIMITED')) {
      return data<LoginResult>(
        { step: 'password', email, formError: error.message },
        { status: statusOf(error) },
      );
    }
    if (isApiError(error, 'BAD_USER_INPUT')) {
      const field = error.extensions.field === 'password' ? 'password' : 'email';
      return data<LoginResult>(
        { step: 'password', email, fieldErrors: { [field]: error.message } },
        { status: 400 },
      );
    }
    console.error(error);
    return data<LoginResult>({ step: 'password', email, formError: LOGIN_FAILED }, { status: 503 });
  }
}

async function codeStep(caller: Pick<ActionFunctionArgs, 'request' | 'context'>, form: FormData) {
  const challenge = String(form.get('challenge') ?? '');
  const code = String(form.get('code') ?? '').trim();
  const redirectTo = safeRedirectTo(String(form.get('redirectTo') ?? ''));
  if (!code) {
    return data<LoginResult>(
      { step: 'code', challenge, codeError: 'Enter the 6-digit code from your app, or a recovery code.' },
      { status: 400 },
    );
  }
  try {
    return await startSession(caller, await completeSignIn(caller, { challenge, code }), redirectTo);
  } catch (error) {
    // A wrong code leaves the challenge for another try; an expired one says to start again.
    if (isApiError(error, 'UNAUTHENTICATED') || isApiError(error, 'RATE_LIMITED')) {
      return data<LoginResult>(
        { step: 'code', challenge, codeError: error.message },
        { status: statusOf(error) },
      );
    }
    console.error(error);
    return data<LoginResult>({ step: 'code', challenge, formError: LOGIN_FAILED }, { status: 503 });
  }
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  await requireCsrf(request, form);
  const caller = { request, context };
  return form.get('step') === 'code' ? codeStep(caller, form) : passwordStep(caller, form);
}

export default function DashboardLogin() {
  const { redirectTo } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  const busy = navigation.state !== 'idle' && navigation.formMethod === 'POST';
  return (
    <div className="container dashboard-login">
      <section className="dashboard-card" aria-labelledby="login-title">
        <p className="eyebrow">Dashboard</p>
        <h1 id="login-title">{result?.step === 'code' ? 'Two-factor sign-in' : 'Sign in'}</h1>
        {result?.step === 'code' ? (
          <CodeForm result={result} redirectTo={redirectTo} busy={busy} />
        ) : (
          <PasswordForm result={result} redirectTo={redirectTo} busy={busy} />
        )}
      </section>
    </div>
  );
}

function FieldError({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="form-error" role="alert">
      {message}
    </p>
  );
}

function PasswordForm({
  result,
  redirectTo,
  busy,
}: {
  result: Extract<LoginResult, { step: 'password' }> | undefined;
  redirectTo: string;
  busy: boolean;
}) {
  const emailError = result?.fieldErrors?.email;
  const passwordError = result?.fieldErrors?.password;
  return (
    <Form method="post" noValidate>
      <CsrfField />
      <input type="hidden" name="step" value="password" />
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
        <FieldError id="email-error" message={emailError} />
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
        <FieldError id="password-error" message={passwordError} />
      </div>
      <button type="submit" className="button button-primary button-block" disabled={busy}>
        {busy ? 'Signing in…' : 'Sign in'}
      </button>
      <p className="account-aside">
        <Link to="/dashboard/forgot-password" className="text-link">
          Forgot password?
        </Link>
      </p>
    </Form>
  );
}

function CodeForm({
  result,
  redirectTo,
  busy,
}: {
  result: Extract<LoginResult, { step: 'code' }>;
  redirectTo: string;
  busy: boolean;
}) {
  return (
    <Form method="post" noValidate>
      <CsrfField />
      <input type="hidden" name="step" value="code" />
      <input type="hidden" name="challenge" value={result.challenge} />
      <input type="hidden" name="redirectTo" value={redirectTo} />
      {result.formError && (
        <p className="form-error" role="alert">
          {result.formError}
        </p>
      )}
      <div className="field">
        <label htmlFor="code">Code</label>
        <p id="code-hint" className="field-hint">
          The 6-digit code from your authenticator app, or one of your recovery codes.
        </p>
        <input
          id="code"
          name="code"
          type="text"
          autoComplete="one-time-code"
          autoCapitalize="characters"
          spellCheck={false}
          required
          // biome-ignore lint/a11y/noAutofocus: the only field of the step the creator just arrived at
          autoFocus
          aria-invalid={result.codeError ? true : undefined}
          aria-describedby={result.codeError ? 'code-hint code-error' : 'code-hint'}
        />
        <FieldError id="code-error" message={result.codeError} />
      </div>
      <button type="submit" className="button button-primary button-block" disabled={busy}>
        {busy ? 'Checking…' : 'Sign in'}
      </button>
      <p className="account-aside">
        <Link to={`/dashboard/login?redirectTo=${encodeURIComponent(redirectTo)}`} className="text-link">
          Start again
        </Link>
      </p>
    </Form>
  );
}
