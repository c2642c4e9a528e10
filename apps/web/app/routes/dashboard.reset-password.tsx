// Choosing a new password with the token of an emailed link, signed out: a password reset, or a staff
// invitation (the same kind of link, lasting longer). The link only opens this page; the password is set
// by the form's POST, once, and every session of that user ends with it.
import type {
  ActionFunctionArgs,
  HeadersFunction,
  LinksFunction,
  LoaderFunctionArgs,
  MetaFunction,
} from '@remix-run/node';
import { data } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import { CsrfField } from '../components/csrf-field';
import { resetPassword } from '../graphql/accounts.server';
import { isApiError } from '../graphql/client.server';
import { requireCsrf } from '../lib/csrf.server';
import { pageTitle, storeNameFrom } from '../lib/meta';
import dashboardStyles from '../styles/dashboard.css?url';
import accountStyles from '../styles/dashboard-account.css?url';

const RESET_FAILED = 'We couldn’t set your password just now. Please try again in a moment.';
const MIN_PASSWORD_LENGTH = 12;

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: dashboardStyles },
  { rel: 'stylesheet', href: accountStyles },
];

// The token is in this page's URL: no other page learns it from a Referer.
export const headers: HeadersFunction = () => ({
  'Cache-Control': 'private, no-store',
  'Referrer-Policy': 'no-referrer',
});

export const meta: MetaFunction = ({ matches }) => [
  { title: pageTitle('Choose a password', storeNameFrom(matches)) },
  { name: 'robots', content: 'noindex' },
];

export function loader({ request }: LoaderFunctionArgs) {
  return { token: new URL(request.url).searchParams.get('token')?.trim() ?? '' };
}

type Field = 'newPassword' | 'confirmPassword';
type ResetResult =
  | { done: true }
  | { done?: false; linkError?: string; formError?: string; field?: Field; fieldError?: string };

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  await requireCsrf(request, form);
  const token = String(form.get('token') ?? '');
  const newPassword = String(form.get('newPassword') ?? '');
  const confirmPassword = String(form.get('confirmPassword') ?? '');
  const refuse = (field: Field, fieldError: string) =>
    data<ResetResult>({ field, fieldError }, { status: 400 });
  if (!newPassword) return refuse('newPassword', 'Enter a new password.');
  if (newPassword !== confirmPassword)
    return refuse('confirmPassword', 'The two passwords are not the same.');
  try {
    await resetPassword({ request, context }, { token, newPassword });
    return data<ResetResult>({ done: true });
  } catch (error) {
    if (isApiError(error, 'BAD_USER_INPUT')) return refuse('newPassword', error.message);
    if (isApiError(error, 'UNAUTHENTICATED')) {
      return data<ResetResult>({ linkError: error.message }, { status: 400 });
    }
    if (isApiError(error, 'RATE_LIMITED'))
      return data<ResetResult>({ formError: error.message }, { status: 429 });
    console.error(error);
    return data<ResetResult>({ formError: RESET_FAILED }, { status: 503 });
  }
}

export default function ResetPassword() {
  const { token } = useLoaderData<typeof loader>();
  const result = useActionData<typeof action>();
  const navigation = useNavigation();
  const busy = navigation.state !== 'idle' && navigation.formMethod === 'POST';
  const linkError = result && !result.done ? result.linkError : undefined;
  return (
    <div className="container dashboard-login">
      <section className="dashboard-card" aria-labelledby="reset-title">
        <p className="eyebrow">Dashboard</p>
        <h1 id="reset-title">Choose a password</h1>
        {result?.done ? (
          <div role="status">
            <p>Your password is set. Sign in with it now; any other sign-ins of your account have ended.</p>
            <p>
              <Link to="/dashboard/login" className="button button-primary button-block">
                Sign in
              </Link>
            </p>
          </div>
        ) : !token || linkError ? (
          <div role="alert">
            <p className="form-error">
              {linkError ??
                'This link is incomplete. Open the link from the email again, or ask for a new one.'}
            </p>
            <p>
              <Link to="/dashboard/forgot-password" className="button button-primary button-block">
                Ask for a new link
              </Link>
            </p>
          </div>
        ) : (
          <Form method="post" noValidate>
            <CsrfField />
            <input type="hidden" name="token" value={token} />
            {result?.formError && (
              <p className="form-error" role="alert">
                {result.formError}
              </p>
            )}
            <PasswordField
              name="newPassword"
              label="New password"
              hint={`At least ${MIN_PASSWORD_LENGTH} characters. A few unrelated words make a strong one.`}
              error={result?.field === 'newPassword' ? result.fieldError : undefined}
            />
            <PasswordField
              name="confirmPassword"
              label="New password, again"
              error={result?.field === 'confirmPassword' ? result.fieldError : undefined}
            />
            <button type="submit" className="button button-primary button-block" disabled={busy}>
              {busy ? 'Saving…' : 'Set password'}
            </button>
          </Form>
        )}
      </section>
    </div>
  );
}

function PasswordField({
  name,
  label,
  hint,
  error,
}: {
  name: string;
  label: string;
  hint?: string;
  error: string | undefined;
}) {
  const describedBy = [hint && `${name}-hint`, error && `${name}-error`].filter(Boolean).join(' ');
  return (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      {hint && (
        <p id={`${name}-hint`} className="field-hint">
          {hint}
        </p>
      )}
      <input
        id={name}
        name={name}
        type="password"
        autoComplete="new-password"
        minLength={MIN_PASSWORD_LENGTH}
        required
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
      />
      {error && (
        <p id={`${name}-error`} className="form-error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
