// The signed-in creator's own account: changing the password, setting up two-factor sign-in (a QR code
// and the secret to type, confirmed with a code, then the recovery codes shown once), turning it off, and
// signing out everywhere. Staff the owner requires to use two-factor sign-in are sent here
// (`?setup=2fa`) until they have set it up.
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs } from '@remix-run/node';
import { data, redirect } from '@remix-run/node';
import { Form, useFetcher, useLoaderData } from '@remix-run/react';
import { CopyButton } from '../components/copy-button';
import { CsrfField } from '../components/csrf-field';
import { FormField, FormMessage, fieldError } from '../components/form-feedback';
import {
  changePassword,
  confirmTwoFactor,
  disableTwoFactor,
  logoutEverywhere,
  startTwoFactorSetup,
  type TwoFactorSetup,
} from '../graphql/accounts.server';
import { isApiError, shopperMessage } from '../graphql/client.server';
import { getDashboardViewer } from '../graphql/dashboard.server';
import { requireCsrf } from '../lib/csrf.server';
import { asCreator, loginRedirect } from '../lib/dashboard.server';
import { dashboardMeta, privateHeaders } from '../lib/dashboard-route';
import { env } from '../lib/env.server';
import { useBusy, useResultFor } from '../lib/form-result';
import { cookieOptions, sessionCookie } from '../lib/session.server';
import dashboardStyles from '../styles/dashboard.css?url';
import accountStyles from '../styles/dashboard-account.css?url';

const CHANGE_FAILED = 'That didn’t work just now. Please try again in a moment.';
const MIN_PASSWORD_LENGTH = 12;
// A Base32 TOTP secret, the only thing a confirm form posts back to show again.
const BASE32_SECRET = /^[A-Z2-7]{16,128}=*$/;

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: dashboardStyles },
  { rel: 'stylesheet', href: accountStyles },
];

export const headers = privateHeaders;

export const meta = dashboardMeta('Your account');

export async function loader({ request, context }: LoaderFunctionArgs) {
  const viewer = await asCreator(request, () => getDashboardViewer({ request, context }));
  if (!viewer) throw loginRedirect(request);
  return { viewer, setupRequired: new URL(request.url).searchParams.get('setup') === '2fa' };
}

/** What an action answers: which form it was (`form`), and a notice or an error (beside `field`, if any). */
type ActionResult = {
  form: string;
  notice?: string;
  /** When a change succeeded: a new value each time, so its form starts empty again. */
  doneAt?: number;
  error?: string;
  field?: string;
  /** A two-factor setup just started: the QR code and the secret, shown until it is confirmed. */
  setup?: TwoFactorSetup;
  /** The secret a failed confirmation posted back, to show again for typing (without JavaScript). */
  secret?: string;
  /** Two-factor sign-in just turned on: the recovery codes, shown this once. */
  recoveryCodes?: string[];
};

type Caller = Pick<ActionFunctionArgs, 'request' | 'context'>;

function refusal(form: string, error: unknown, extra: Partial<ActionResult> = {}) {
  const field =
    isApiError(error) && typeof error.extensions.field === 'string' ? error.extensions.field : undefined;
  const status = isApiError(error, 'RATE_LIMITED') ? 429 : 400;
  const message = isApiError(error, 'FORBIDDEN') ? error.message : shopperMessage(error, CHANGE_FAILED);
  return data<ActionResult>({ form, error: message, field, ...extra }, { status });
}

/** Runs one change as the signed-in creator; a refusal is answered beside the form it came from. */
async function perform(
  request: Request,
  form: string,
  work: () => Promise<ActionResult>,
  extra?: Partial<ActionResult>,
) {
  try {
    return data<ActionResult>(await asCreator(request, work));
  } catch (error) {
    if (error instanceof Response) throw error;
    return refusal(form, error, extra);
  }
}

async function changeOwnPassword(caller: Caller, form: FormData) {
  const currentPassword = String(form.get('currentPassword') ?? '');
  const newPassword = String(form.get('newPassword') ?? '');
  const refuse = (field: string, error: string) =>
    data<ActionResult>({ form: 'password', field, error }, { status: 400 });
  if (!currentPassword) return refuse('currentPassword', 'Enter your current password.');
  if (!newPassword) return refuse('newPassword', 'Enter a new password.');
  if (newPassword !== String(form.get('confirmPassword') ?? '')) {
    return refuse('confirmPassword', 'The two new passwords are not the same.');
  }
  return perform(caller.request, 'password', async () => {
    await changePassword(caller, { currentPassword, newPassword });
    return {
      form: 'password',
      notice: 'Password changed. Your other sign-ins have ended.',
      doneAt: Date.now(),
    };
  });
}

async function signOutEverywhere(caller: Caller) {
  try {
    await asCreator(caller.request, () => logoutEverywhere(caller));
  } catch (error) {
    if (error instanceof Response) throw error;
    return refusal('everywhere', error);
  }
  // This browser's session ended with the others.
  const cleared = await sessionCookie.serialize('', cookieOptions({ publicUrl: env.publicUrl }));
  return redirect('/dashboard/login', { headers: { 'Set-Cookie': cleared } });
}

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  await requireCsrf(request, form);
  const caller = { request, context };
  switch (String(form.get('intent') ?? '')) {
    case 'change-password':
      return changeOwnPassword(caller, form);
    case 'start-2fa':
      return perform(request, 'start-2fa', async () => ({
        form: 'start-2fa',
        setup: await startTwoFactorSetup(caller),
      }));
    case 'confirm-2fa': {
      const code = String(form.get('code') ?? '').trim();
      const posted = String(form.get('secret') ?? '');
      const secret = BASE32_SECRET.test(posted) ? posted : undefined;
      if (!code) {
        return data<ActionResult>(
          { form: 'confirm-2fa', field: 'code', error: 'Enter the 6-digit code from your app.', secret },
          { status: 400 },
        );
      }
      return perform(
        request,
        'confirm-2fa',
        async () => ({ form: 'confirm-2fa', recoveryCodes: await confirmTwoFactor(caller, code) }),
        { secret },
      );
    }
    case 'disable-2fa': {
      const password = String(form.get('password') ?? '');
      const code = String(form.get('code') ?? '').trim();
      if (!password || !code) {
        const field = password ? 'code' : 'password';
        const error = password ? 'Enter a code from your app, or a recovery code.' : 'Enter your password.';
        return data<ActionResult>({ form: 'disable-2fa', field, error }, { status: 400 });
      }
      return perform(request, 'disable-2fa', async () => {
        await disableTwoFactor(caller, { password, code });
        return { form: 'disable-2fa', notice: 'Two-factor sign-in is off.', doneAt: Date.now() };
      });
    }
    case 'logout-everywhere':
      return signOutEverywhere(caller);
    default:
      throw new Response('Unknown action', { status: 400 });
  }
}

export default function Account() {
  const { viewer, setupRequired } = useLoaderData<typeof loader>();
  return (
    <div className="container dashboard-page account-page">
      <header className="dashboard-header">
        <div>
          <p className="eyebrow">{viewer.role === 'OWNER' ? 'Owner' : 'Staff'}</p>
          <h1>Your account</h1>
          <p className="muted">
            {viewer.name ? `${viewer.name} · ` : ''}
            {viewer.email}
          </p>
        </div>
      </header>
      {setupRequired && !viewer.twoFactorEnabled && (
        <p className="account-banner" role="alert">
          The store owner requires two-factor sign-in. Set it up below to use the rest of the dashboard.
        </p>
      )}
      <TwoFactorSection enabled={viewer.twoFactorEnabled} />
      <PasswordSection />
      <EverywhereSection />
    </div>
  );
}

function TwoFactorSection({ enabled }: { enabled: boolean }) {
  const started = useResultFor<ActionResult>('start-2fa');
  const confirm = useFetcher<typeof action>();
  // Without JavaScript the confirmation is an ordinary post: its answer is the page's action data.
  const posted = useResultFor<ActionResult>('confirm-2fa');
  const confirmed = confirm.data?.form === 'confirm-2fa' ? confirm.data : posted;
  const recoveryCodes = confirmed?.recoveryCodes;
  const secret = started?.setup?.secret ?? confirmed?.secret;
  return (
    <section className="dashboard-card account-section" aria-labelledby="two-factor-title">
      <div className="section-head">
        <h2 id="two-factor-title">Two-factor sign-in</h2>
        <span className={`badge ${enabled ? 'badge-approved' : 'badge-muted'}`}>
          {enabled ? 'On' : 'Off'}
        </span>
      </div>
      {recoveryCodes ? (
        <RecoveryCodes codes={recoveryCodes} />
      ) : enabled ? (
        <DisableTwoFactorForm />
      ) : secret ? (
        <div className="two-factor-setup">
          <ol className="two-factor-steps">
            <li>
              Scan this code with an authenticator app (1Password, Google Authenticator, Authy…)
              {started?.setup && (
                <div
                  className="two-factor-qr"
                  role="img"
                  aria-label="QR code of your two-factor secret"
                  // The API renders the SVG from the secret it generated: no text of anyone's in it.
                  // biome-ignore lint/security/noDangerouslySetInnerHtml: markup made by the API's QR encoder
                  dangerouslySetInnerHTML={{ __html: started.setup.qrSvg }}
                />
              )}
            </li>
            <li>
              Or type this key into the app:{' '}
              <code id="two-factor-secret" className="two-factor-secret">
                {secret}
              </code>{' '}
              <CopyButton text={secret} targetId="two-factor-secret" label="Copy the key" />
            </li>
            <li>Enter the 6-digit code the app shows to turn two-factor sign-in on.</li>
          </ol>
          <confirm.Form method="post" noValidate className="account-form">
            <CsrfField />
            <input type="hidden" name="intent" value="confirm-2fa" />
            <input type="hidden" name="secret" value={secret} />
            {confirmed?.error && !confirmed.field && (
              <p className="form-error" role="alert">
                {confirmed.error}
              </p>
            )}
            <FormField id="confirm-code" label="Code from the app" error={fieldError(confirmed, 'code')}>
              {(props) => (
                <input
                  {...props}
                  name="code"
                  type="text"
                  inputMode="numeric"
                  autoComplete="one-time-code"
                  pattern="[0-9 ]*"
                  required
                />
              )}
            </FormField>
            <button type="submit" className="button button-primary" disabled={confirm.state !== 'idle'}>
              {confirm.state !== 'idle' ? 'Checking…' : 'Turn on'}
            </button>
          </confirm.Form>
        </div>
      ) : (
        <StartTwoFactorForm />
      )}
    </section>
  );
}

function StartTwoFactorForm() {
  // Also where turning it off is confirmed: that form is gone once it is off.
  const started = useResultFor<ActionResult>('start-2fa');
  const turnedOff = useResultFor<ActionResult>('disable-2fa');
  const result = started ?? turnedOff;
  const busy = useBusy('start-2fa');
  return (
    <>
      <p className="muted">
        Besides your password, signing in will ask for a code from an app on your phone, so a stolen password
        alone does not get in.
      </p>
      <FormMessage result={result} />
      <Form method="post">
        <CsrfField />
        <input type="hidden" name="intent" value="start-2fa" />
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Starting…' : 'Set up two-factor sign-in'}
        </button>
      </Form>
    </>
  );
}

function RecoveryCodes({ codes }: { codes: string[] }) {
  return (
    <div className="recovery-codes" role="status">
      <p className="form-notice">Two-factor sign-in is on.</p>
      <h3>Your recovery codes</h3>
      <p>
        Each one signs you in once without your phone. Keep them somewhere safe now:{' '}
        <strong>they are shown only this once.</strong>
      </p>
      <ul id="recovery-code-list" className="recovery-code-list">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <CopyButton text={codes.join('\n')} targetId="recovery-code-list" label="Copy the recovery codes" />
    </div>
  );
}

function DisableTwoFactorForm() {
  const result = useResultFor<ActionResult>('disable-2fa');
  const busy = useBusy('disable-2fa');
  return (
    <>
      <p className="muted">
        Signing in asks for a code from your authenticator app. To turn it off, confirm with your password and
        a code (or a recovery code).
      </p>
      <FormMessage result={result} />
      <Form method="post" noValidate className="account-form" key={result?.doneAt ?? 'form'}>
        <CsrfField />
        <input type="hidden" name="intent" value="disable-2fa" />
        <FormField id="disable-password" label="Password" error={fieldError(result, 'password')}>
          {(props) => (
            <input {...props} name="password" type="password" autoComplete="current-password" required />
          )}
        </FormField>
        <FormField
          id="disable-code"
          label="Code from the app, or a recovery code"
          error={fieldError(result, 'code')}
        >
          {(props) => (
            <input
              {...props}
              name="code"
              type="text"
              autoComplete="one-time-code"
              spellCheck={false}
              required
            />
          )}
        </FormField>
        <button type="submit" className="button button-secondary" disabled={busy}>
          {busy ? 'Turning off…' : 'Turn off two-factor sign-in'}
        </button>
      </Form>
    </>
  );
}

function PasswordSection() {
  const result = useResultFor<ActionResult>('password');
  const busy = useBusy('change-password');
  return (
    <section className="dashboard-card account-section" aria-labelledby="password-title">
      <h2 id="password-title">Password</h2>
      <FormMessage result={result} />
      <Form method="post" noValidate className="account-form" key={result?.doneAt ?? 'form'}>
        <CsrfField />
        <input type="hidden" name="intent" value="change-password" />
        <FormField
          id="current-password"
          label="Current password"
          error={fieldError(result, 'currentPassword')}
        >
          {(props) => (
            <input
              {...props}
              name="currentPassword"
              type="password"
              autoComplete="current-password"
              required
            />
          )}
        </FormField>
        <FormField
          id="new-password"
          label="New password"
          hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
          error={fieldError(result, 'newPassword')}
        >
          {(props) => (
            <input
              {...props}
              name="newPassword"
              type="password"
              autoComplete="new-password"
              minLength={MIN_PASSWORD_LENGTH}
              required
            />
          )}
        </FormField>
        <FormField
          id="confirm-password"
          label="New password, again"
          error={fieldError(result, 'confirmPassword')}
        >
          {(props) => (
            <input {...props} name="confirmPassword" type="password" autoComplete="new-password" required />
          )}
        </FormField>
        <button type="submit" className="button button-primary" disabled={busy}>
          {busy ? 'Saving…' : 'Change password'}
        </button>
      </Form>
    </section>
  );
}

function EverywhereSection() {
  const result = useResultFor<ActionResult>('everywhere');
  const busy = useBusy('logout-everywhere');
  return (
    <section className="dashboard-card account-section" aria-labelledby="everywhere-title">
      <h2 id="everywhere-title">Sign out everywhere</h2>
      <p className="muted">
        Ends every sign-in of your account, on every device, this one included. Use it after signing in on a
        computer that is not yours, or if you think someone else has your password.
      </p>
      <FormMessage result={result} />
      <Form method="post">
        <CsrfField />
        <input type="hidden" name="intent" value="logout-everywhere" />
        <button type="submit" className="button button-secondary" disabled={busy}>
          {busy ? 'Signing out…' : 'Sign out everywhere'}
        </button>
      </Form>
    </section>
  );
}
