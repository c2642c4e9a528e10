// /dashboard/webhooks/:id: one endpoint: its signing secret (on request), switching it on or off, a new
// secret, deleting it, a test event, and its delivery log (status, HTTP code, time taken, the start of the
// answer, every attempt) with a replay button per delivery and a replay of a stretch of time.
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs } from '@remix-run/node';
import { data, redirect } from '@remix-run/node';
import { Form, Link, useLoaderData } from '@remix-run/react';
import type { WebhookDeliveryStatus } from '@shelf/graphql';
import { CsrfField } from '../components/csrf-field';
import { DataTable } from '../components/data-table';
import { FormMessage } from '../components/form-feedback';
import { IntentForm } from '../components/intent-form';
import { OwnerOnlyNotice } from '../components/owner-only-notice';
import { Pager } from '../components/pager';
import { SecretValue } from '../components/secret-value';
import { StatusFilter } from '../components/status-filter';
import {
  deleteWebhookEndpoint,
  getWebhookEndpoint,
  replayWebhookDeliveries,
  replayWebhookDelivery,
  rotateWebhookSecret,
  sendTestWebhook,
  setWebhookEndpointEnabled,
  type WebhookDeliveryRow,
  type WebhookEndpointDetail,
} from '../graphql/webhooks.server';
import { requireCsrf } from '../lib/csrf.server';
import { asCreator } from '../lib/dashboard.server';
import { performChange, refusal } from '../lib/dashboard-action.server';
import { dashboardMeta, privateHeaders } from '../lib/dashboard-route';
import { useBusy, useResultFor } from '../lib/form-result';
import { formatDate } from '../lib/format';
import { pageHref, readStatus } from '../lib/list-query';
import { loadOwnerOnly } from '../lib/owner-only.server';
import dashboardStyles from '../styles/dashboard.css?url';
import accountStyles from '../styles/dashboard-account.css?url';
import webhookStyles from '../styles/dashboard-webhooks.css?url';

const DELIVERIES_PER_PAGE = 25;
const STATUSES: Array<[WebhookDeliveryStatus | '', string]> = [
  ['', 'All'],
  ['FAILED', 'Failed'],
  ['PENDING', 'Pending'],
  ['SUCCEEDED', 'Succeeded'],
];

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: dashboardStyles },
  { rel: 'stylesheet', href: accountStyles },
  { rel: 'stylesheet', href: webhookStyles },
];

export const headers = privateHeaders;

export const meta = dashboardMeta('Webhook endpoint');

export async function loader({ request, context, params }: LoaderFunctionArgs) {
  const search = new URL(request.url).searchParams;
  const status = readStatus(search.get('status'), STATUSES);
  const after = search.get('after') || null;
  return loadOwnerOnly(request, async () => {
    const endpoint = await getWebhookEndpoint(
      { request, context },
      { id: params.id ?? '', first: DELIVERIES_PER_PAGE, after, status },
    );
    if (!endpoint) throw new Response('Not found', { status: 404 });
    return { endpoint, status, firstPage: !after };
  });
}

type ActionResult = { form: string; notice?: string; error?: string; secret?: string };

/** A `datetime-local` value read as UTC, or null. */
function utcInstant(value: FormDataEntryValue | null): string | null {
  const text = String(value ?? '');
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(text)) return null;
  const date = new Date(`${text}Z`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

export async function action({ request, context, params }: ActionFunctionArgs) {
  const form = await request.formData();
  await requireCsrf(request, form);
  const caller = { request, context };
  const id = params.id ?? '';
  const intent = String(form.get('intent') ?? '');
  const run = (formName: string, work: () => Promise<Omit<ActionResult, 'form'>>) =>
    performChange(request, formName, work);
  switch (intent) {
    case 'test':
      return run('endpoint', async () => {
        const delivery = await sendTestWebhook(caller, id);
        return {
          notice:
            delivery.status === 'SUCCEEDED'
              ? `Test event delivered (HTTP ${delivery.lastStatusCode}).`
              : `Test event not delivered yet: ${delivery.lastError ?? 'pending'}. It is retried on the schedule.`,
        };
      });
    case 'enable':
    case 'disable':
      return run('endpoint', async () => {
        await setWebhookEndpointEnabled(caller, id, intent === 'enable');
        return { notice: intent === 'enable' ? 'Endpoint enabled.' : 'Endpoint disabled.' };
      });
    case 'rotate':
      return run('secret', async () => ({
        notice: 'New signing secret made; the old one no longer verifies.',
        secret: await rotateWebhookSecret(caller, id),
      }));
    case 'delete':
      try {
        await asCreator(request, () => deleteWebhookEndpoint(caller, id));
      } catch (error) {
        return refusal('endpoint', error);
      }
      return redirect('/dashboard/webhooks');
    case 'replay': {
      const deliveryId = String(form.get('deliveryId') ?? '');
      return run(`replay:${deliveryId}`, async () => {
        await replayWebhookDelivery(caller, deliveryId);
        return { notice: 'Queued again with the same message id.' };
      });
    }
    case 'replay-range': {
      const from = utcInstant(form.get('from'));
      const to = utcInstant(form.get('to'));
      if (!from || !to) {
        return data<ActionResult>({ form: 'range', error: 'Enter both ends of the range.' }, { status: 400 });
      }
      return run('range', async () => {
        const count = await replayWebhookDeliveries(caller, { endpointId: id, from, to });
        return { notice: `${count} ${count === 1 ? 'delivery' : 'deliveries'} queued again.` };
      });
    }
    default:
      throw new Response('Unknown action', { status: 400 });
  }
}

export default function WebhookEndpointPage() {
  const page = useLoaderData<typeof loader>();
  if (page.forbidden) {
    return <OwnerOnlyNotice title="Only the store owner manages webhooks">{page.message}</OwnerOnlyNotice>;
  }
  const { endpoint } = page;
  return (
    <div className="container dashboard-page">
      <header className="dashboard-header">
        <div>
          <p className="eyebrow">
            <Link to="/dashboard/webhooks" className="text-link">
              Webhooks
            </Link>
          </p>
          <h1>{endpoint.url}</h1>
          <p className="muted">
            {endpoint.description ? `${endpoint.description} · ` : ''}
            {endpoint.events.join(', ')}
          </p>
        </div>
      </header>
      <EndpointActions endpoint={endpoint} />
      <SecretSection secret={endpoint.secret} />
      <DeliveryLog endpoint={endpoint} status={page.status} firstPage={page.firstPage} />
      <ReplayRange />
    </div>
  );
}

function EndpointActions({ endpoint }: { endpoint: WebhookEndpointDetail }) {
  const result = useResultFor<ActionResult>('endpoint');
  const testing = useBusy('test');
  return (
    <section className="dashboard-card account-section" aria-labelledby="status-title">
      <div className="section-head">
        <h2 id="status-title">Status</h2>
        <span className={`badge ${endpoint.enabled ? 'badge-approved' : 'badge-reversed'}`}>
          {endpoint.enabled ? 'Enabled' : 'Disabled'}
        </span>
      </div>
      {endpoint.disabledReason ? (
        <p className="form-error">
          {endpoint.disabledReason}
          {endpoint.disabledAt ? ` (${formatDate(endpoint.disabledAt)})` : ''}
        </p>
      ) : null}
      <p className="muted">Deliveries failed in a row: {endpoint.consecutiveFailures} (5 disable it).</p>
      <FormMessage result={result} />
      <div className="webhook-actions">
        <IntentForm
          intent="test"
          label={testing ? 'Sending…' : 'Send test event'}
          className="button button-primary button-small"
          disabled={testing || !endpoint.enabled}
        />
        <IntentForm
          intent={endpoint.enabled ? 'disable' : 'enable'}
          label={endpoint.enabled ? 'Disable' : 'Enable'}
        />
        <IntentForm intent="delete" confirm="Delete this endpoint and its delivery log?" label="Delete" />
      </div>
    </section>
  );
}

function SecretSection({ secret }: { secret: string }) {
  const result = useResultFor<ActionResult>('secret');
  return (
    <section className="dashboard-card account-section" aria-labelledby="secret-title">
      <h2 id="secret-title">Signing secret</h2>
      <p className="muted">
        Verify each message’s <code>webhook-signature</code> with this secret (the{' '}
        <code>standardwebhooks</code> package does it in one call).
      </p>
      <FormMessage result={result} />
      <details className="webhook-secret-reveal">
        <summary>Show secret</summary>
        <SecretValue
          id="endpoint-secret"
          value={result?.secret ?? secret}
          copyLabel="Copy the signing secret"
        />
      </details>
      <IntentForm intent="rotate" label="Make a new secret" />
    </section>
  );
}

const BADGES: Record<WebhookDeliveryStatus, string> = {
  SUCCEEDED: 'badge badge-approved',
  PENDING: 'badge badge-pending',
  FAILED: 'badge badge-reversed',
};

function DeliveryLog({
  endpoint,
  status,
  firstPage,
}: {
  endpoint: WebhookEndpointDetail;
  status: WebhookDeliveryStatus | null;
  firstPage: boolean;
}) {
  const { deliveries } = endpoint;
  const base = `/dashboard/webhooks/${endpoint.id}`;
  return (
    <section className="dashboard-card account-section" aria-labelledby="log-title">
      <h2 id="log-title">
        Deliveries <span className="muted">({deliveries.totalCount})</span>
      </h2>
      <StatusFilter
        statuses={STATUSES}
        current={status}
        hrefFor={(value) => pageHref(base, { status: value })}
        listClassName="webhook-filters"
      />
      <DataTable
        columns={['Event', 'Status', 'HTTP', 'Time', 'Attempts', 'Answer']}
        actions
        isEmpty={deliveries.nodes.length === 0}
        empty="No deliveries here."
        label="Delivery log"
      >
        {deliveries.nodes.map((delivery) => (
          <DeliveryRow key={delivery.id} delivery={delivery} />
        ))}
      </DataTable>
      <Pager
        firstHref={firstPage ? null : pageHref(base, { status })}
        nextHref={
          deliveries.pageInfo.hasNextPage && deliveries.pageInfo.endCursor
            ? pageHref(base, { status }, deliveries.pageInfo.endCursor)
            : null
        }
      />
    </section>
  );
}

function DeliveryRow({ delivery }: { delivery: WebhookDeliveryRow }) {
  const result = useResultFor<ActionResult>(`replay:${delivery.id}`);
  return (
    <tr data-delivery-id={delivery.id}>
      <td>
        <code>{delivery.eventType}</code>
        <p className="muted">{formatDate(delivery.occurredAt)}</p>
      </td>
      <td>
        <span className={BADGES[delivery.status]}>{delivery.status.toLowerCase()}</span>
        {delivery.nextAttemptAt ? <p className="muted">next {formatDate(delivery.nextAttemptAt)}</p> : null}
      </td>
      <td>{delivery.lastStatusCode ?? '—'}</td>
      <td>{delivery.lastDurationMs === null ? '—' : `${delivery.lastDurationMs} ms`}</td>
      <td>
        <details>
          <summary>{delivery.attempts}</summary>
          <ol>
            {delivery.attemptLog.map((attempt) => (
              <li key={attempt.id}>
                {formatDate(attempt.createdAt)}: {attempt.statusCode ?? 'no answer'} in {attempt.durationMs}{' '}
                ms
                {attempt.error ? ` (${attempt.error})` : ''}
              </li>
            ))}
          </ol>
        </details>
      </td>
      <td>
        {delivery.lastError ? <p className="form-error">{delivery.lastError}</p> : null}
        {delivery.lastResponse ? <pre className="webhook-response">{delivery.lastResponse}</pre> : null}
      </td>
      <td>
        <IntentForm intent="replay" fields={{ deliveryId: delivery.id }} label="Replay" />
        <FormMessage result={result} />
      </td>
    </tr>
  );
}

function ReplayRange() {
  const result = useResultFor<ActionResult>('range');
  const busy = useBusy('replay-range');
  return (
    <section className="dashboard-card account-section" aria-labelledby="range-title">
      <h2 id="range-title">Replay a stretch of time</h2>
      <p className="muted">Sends again every delivery whose event happened in the range (UTC).</p>
      <FormMessage result={result} />
      <Form method="post" className="account-form account-form-row">
        <CsrfField />
        <input type="hidden" name="intent" value="replay-range" />
        <div className="field">
          <label htmlFor="replay-from">From (UTC)</label>
          <input id="replay-from" name="from" type="datetime-local" required />
        </div>
        <div className="field">
          <label htmlFor="replay-to">To (UTC)</label>
          <input id="replay-to" name="to" type="datetime-local" required />
        </div>
        <div className="account-form-submit">
          <button type="submit" className="button button-secondary" disabled={busy}>
            {busy ? 'Replaying…' : 'Replay'}
          </button>
        </div>
      </Form>
    </section>
  );
}
