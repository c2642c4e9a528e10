// /dashboard/emails: the email log, newest first, filtered by status, with a Resend button on failed (and
// still queued) emails. It shows each email's redacted preview from the API, never its bodies: those hold
// live download, sign-in and reset links.
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs } from '@remix-run/node';
import { data } from '@remix-run/node';
import { useLoaderData } from '@remix-run/react';
import type { EmailStatus } from '@shelf/graphql';
import { FormMessage } from '../components/form-feedback';
import { IntentForm } from '../components/intent-form';
import { Pager } from '../components/pager';
import { StatusFilter } from '../components/status-filter';
import { type DashboardEmail, listEmails, resendEmail } from '../graphql/emails.server';
import { requireCsrf } from '../lib/csrf.server';
import { asCreator } from '../lib/dashboard.server';
import { performChange } from '../lib/dashboard-action.server';
import { dashboardMeta, privateHeaders } from '../lib/dashboard-route';
import { useBusy, useResultFor } from '../lib/form-result';
import { formatDate } from '../lib/format';
import { pageHref, readStatus } from '../lib/list-query';
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

export const headers = privateHeaders;

export const meta = dashboardMeta('Emails');

export async function loader({ request, context }: LoaderFunctionArgs) {
  const params = new URL(request.url).searchParams;
  const status = readStatus(params.get('status'), STATUSES);
  const after = params.get('after') || null;
  const emails = await asCreator(request, () =>
    listEmails({ request, context }, { first: EMAILS_PER_PAGE, after, status }),
  );
  return { emails, status, firstPage: !after };
}

type ActionResult = { form: string; notice?: string; error?: string };

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  await requireCsrf(request, form);
  const id = String(form.get('id') ?? '');
  if (form.get('intent') !== 'resend' || !id) {
    return data<ActionResult>({ form: `resend:${id}`, error: 'Unknown action.' }, { status: 400 });
  }
  return performChange(request, `resend:${id}`, async () => {
    const email = await resendEmail({ request, context }, id);
    return { notice: `Queued again for ${email.to}.` };
  });
}

export default function DashboardEmails() {
  const { emails, status, firstPage } = useLoaderData<typeof loader>();
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
      <StatusFilter
        statuses={STATUSES}
        current={status}
        hrefFor={(value) => pageHref('/dashboard/emails', { status: value })}
        listClassName="overview-presets"
      />
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
        <Pager
          firstHref={firstPage ? null : pageHref('/dashboard/emails', { status })}
          nextHref={
            emails.pageInfo.hasNextPage && emails.pageInfo.endCursor
              ? pageHref('/dashboard/emails', { status }, emails.pageInfo.endCursor)
              : null
          }
        />
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
  const mine = useResultFor<ActionResult>(`resend:${email.id}`);
  const busy = useBusy('resend', { id: email.id });
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
        <IntentForm
          intent="resend"
          fields={{ id: email.id }}
          label={busy ? 'Resending…' : 'Resend'}
          disabled={busy}
        />
      ) : null}
      <FormMessage result={mine} />
    </li>
  );
}
