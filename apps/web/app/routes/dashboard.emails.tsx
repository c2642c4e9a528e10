// /dashboard/emails: the email log, newest first, filtered by status, with a Resend button on failed (and
// still queued) emails. It shows each email's redacted preview from the API, never its bodies: those hold
// live download, sign-in and reset links.
import type {
  ActionFunctionArgs,
  HeadersFunction,
  LinksFunction,
  LoaderFunctionArgs,
  MetaFunction,
} from '@remix-run/node';
import { data } from '@remix-run/node';
import { Form, Link, useActionData, useLoaderData, useNavigation } from '@remix-run/react';
import type { EmailStatus } from '@shelf/graphql';
import { CsrfField } from '../components/csrf-field';
import { isApiError, shopperMessage } from '../graphql/client.server';
import { type DashboardEmail, listEmails, resendEmail } from '../graphql/emails.server';
import { requireCsrf } from '../lib/csrf.server';
import { asCreator } from '../lib/dashboard.server';
import { formatDate } from '../lib/format';
import { pageTitle, storeNameFrom } from '../lib/meta';
import dashboardStyles from '../styles/dashboard.css?url';
import overviewStyles from '../styles/dashboard-overview.css?url';

const EMAILS_PER_PAGE = 50;
const STATUSES: Array<[EmailStatus | '', string]> = [
  ['', 'All'],
  ['FAILED', 'Failed'],
  ['QUEUED', 'Queued'],
  ['SENT', 'Sent'],
];

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: dashboardStyles },
  { rel: 'stylesheet', href: overviewStyles },
];

export const headers: HeadersFunction = () => ({ 'Cache-Control': 'private, no-store' });

export const meta: MetaFunction = ({ matches }) => [
  { title: pageTitle('Emails', storeNameFrom(matches)) },
  { name: 'robots', content: 'noindex' },
];

function readStatus(value: string | null): EmailStatus | null {
  return value === 'FAILED' || value === 'QUEUED' || value === 'SENT' ? value : null;
}

export async function loader({ request, context }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  const status = readStatus(params.get('status'));
  const after = params.get('after') || null;
  const emails = await asCreator(request, () =>
    listEmails({ request, context }, { first: EMAILS_PER_PAGE, after, status }),
  );
  return { emails, status, firstPage: !after };
}

type ActionResult = { id: string; notice?: string; error?: string };

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  await requireCsrf(request, form);
  const id = String(form.get('id') ?? '');
  if (form.get('intent') !== 'resend' || !id) {
    return data<ActionResult>({ id, error: 'Unknown action.' }, { status: 400 });
  }
  try {
    const email = await asCreator(request, () => resendEmail({ request, context }, id));
    return data<ActionResult>({ id, notice: `Queued again for ${email.to}.` });
  } catch (error) {
    if (error instanceof Response) throw error;
    const status = isApiError(error, 'CONFLICT') ? 409 : isApiError(error, 'NOT_FOUND') ? 404 : 400;
    const message = isApiError(error, 'CONFLICT')
      ? error.message
      : shopperMessage(error, 'That didn’t work just now. Please try again in a moment.');
    return data<ActionResult>({ id, error: message }, { status });
  }
}

export default function DashboardEmails() {
  const { emails, status, firstPage } = useLoaderData<typeof loader>();
  const filter = status ? `status=${status}&` : '';
  return (
    <div className="container dashboard-page">
      <header className="dashboard-header">
        <div>
          <p className="eyebrow">Dashboard</p>
          <h1>Emails</h1>
          <p className="muted">
            {emails.totalCount} {emails.totalCount === 1 ? 'email' : 'emails'}
            {status ? ` ${status.toLowerCase()}` : ''}. Failed emails are retried with backoff; Resend queues
            one again now. Links and keys in previews are cut short (…): they are the customer’s.
          </p>
        </div>
      </header>
      <nav aria-label="Filter by status">
        <ul className="overview-presets">
          {STATUSES.map(([value, label]) => (
            <li key={label}>
              <Link
                to={value ? `/dashboard/emails?status=${value}` : '/dashboard/emails'}
                className={`button button-small ${(status ?? '') === value ? 'button-primary' : 'button-secondary'}`}
                aria-current={(status ?? '') === value ? 'page' : undefined}
              >
                {label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <section className="dashboard-section" aria-label="Email log">
        {emails.nodes.length === 0 ? (
          <p className="empty-state">No emails here.</p>
        ) : (
          <ul className="email-log">
            {emails.nodes.map((email) => (
              <EmailRow key={email.id} email={email} />
            ))}
          </ul>
        )}
        <p className="pager">
          {!firstPage && (
            <Link to={`/dashboard/emails${status ? `?status=${status}` : ''}`} className="text-link">
              ← First page
            </Link>
          )}
          {emails.pageInfo.hasNextPage && emails.pageInfo.endCursor && (
            <Link
              to={`/dashboard/emails?${filter}after=${encodeURIComponent(emails.pageInfo.endCursor)}`}
              className="button button-secondary"
            >
              Next page
            </Link>
          )}
        </p>
      </section>
    </div>
  );
}

const BADGES: Record<EmailStatus, string> = {
  SENT: 'badge badge-approved',
  QUEUED: 'badge badge-pending',
  FAILED: 'badge badge-reversed',
};

function EmailRow({ email }: { email: DashboardEmail }) {
  const result = useActionData<typeof action>();
  const mine = result?.id === email.id ? result : undefined;
  const navigation = useNavigation();
  const busy = navigation.state !== 'idle' && navigation.formData?.get('id') === email.id;
  return (
    <li className="dashboard-card email-entry">
      <div className="email-entry-head">
        <div>
          <p className="email-subject">{email.subject}</p>
          <p className="muted">
            To {email.to} · {email.template}
            {email.orderNumber ? ` · order #${email.orderNumber}` : ''} · {formatDate(email.createdAt)}
            {email.sentAt ? ` · sent ${formatDate(email.sentAt)}` : ''}
          </p>
        </div>
        <span className={BADGES[email.status]}>{email.status.toLowerCase()}</span>
      </div>
      {email.status === 'FAILED' && email.lastError ? (
        <p className="form-error">
          After {email.attempts} {email.attempts === 1 ? 'attempt' : 'attempts'}: {email.lastError}
        </p>
      ) : null}
      <details>
        <summary>Preview</summary>
        <pre className="email-preview">{email.preview}</pre>
      </details>
      {email.status !== 'SENT' ? (
        <Form method="post" className="inline-form">
          <CsrfField />
          <input type="hidden" name="intent" value="resend" />
          <input type="hidden" name="id" value={email.id} />
          <button type="submit" className="button button-small button-secondary" disabled={busy}>
            {busy ? 'Resending…' : 'Resend'}
          </button>
        </Form>
      ) : null}
      {mine?.notice ? (
        <p className="form-notice" role="status">
          {mine.notice}
        </p>
      ) : null}
      {mine?.error ? (
        <p className="form-error" role="alert">
          {mine.error}
        </p>
      ) : null}
    </li>
  );
}
