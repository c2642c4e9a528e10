// /dashboard/webhooks: the owner's outbound webhook endpoints (URL, events, on or off, failures in a row)
// and the form that registers one: a URL and the events it receives, each with what it means. The new
// endpoint's signing secret is shown once here and can be read again on its own page. Staff get a 403
// page: the API refuses them all of it.
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, useLoaderData } from '@remix-run/react';
import { CsrfField } from '../components/csrf-field';
import { DataTable } from '../components/data-table';
import { FormField, FormMessage, fieldError } from '../components/form-feedback';
import { OwnerOnlyNotice } from '../components/owner-only-notice';
import { Pager } from '../components/pager';
import { SecretValue } from '../components/secret-value';
import {
  createWebhookEndpoint,
  listWebhookEndpoints,
  type WebhookEndpointRow,
  type WebhookEventTypeRow,
} from '../graphql/webhooks.server';
import { requireCsrf } from '../lib/csrf.server';
import { invalid, performChange } from '../lib/dashboard-action.server';
import { dashboardMeta, privateHeaders } from '../lib/dashboard-route';
import { useBusy, useResultFor } from '../lib/form-result';
import { formatDate } from '../lib/format';
import { loadOwnerOnly } from '../lib/owner-only.server';
import dashboardStyles from '../styles/dashboard.css?url';
import accountStyles from '../styles/dashboard-account.css?url';
import webhookStyles from '../styles/dashboard-webhooks.css?url';

const ENDPOINTS_PER_PAGE = 50;

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: dashboardStyles },
  { rel: 'stylesheet', href: accountStyles },
  { rel: 'stylesheet', href: webhookStyles },
];

export const headers = privateHeaders;

export const meta = dashboardMeta('Webhooks');

export async function loader({ request, context }: LoaderFunctionArgs) {
  const after = new URL(request.url).searchParams.get('after') || null;
  return loadOwnerOnly(request, async () => {
    const overview = await listWebhookEndpoints({ request, context }, { first: ENDPOINTS_PER_PAGE, after });
    const { nodes, pageInfo, totalCount } = overview.webhookEndpoints;
    return {
      endpoints: nodes,
      totalCount,
      nextCursor: pageInfo.hasNextPage ? pageInfo.endCursor : null,
      firstPage: !after,
      eventTypes: overview.webhookEventTypes,
    };
  });
}

type ActionResult = {
  form: string;
  notice?: string;
  error?: string;
  field?: string;
  created?: { id: string; url: string; secret: string };
  values?: { url: string; description: string; events: string[] };
};

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  await requireCsrf(request, form);
  if (form.get('intent') !== 'create') throw new Response('Unknown action', { status: 400 });
  const values = {
    url: String(form.get('url') ?? '').trim(),
    description: String(form.get('description') ?? '').trim(),
    events: form.getAll('events').map(String),
  };
  if (!values.url) return invalid('create', 'url', 'Enter the URL to send events to.', values);
  if (values.events.length === 0) return invalid('create', 'events', 'Choose at least one event.', values);
  return performChange(
    request,
    'create',
    async () => {
      const created = await createWebhookEndpoint({ request, context }, values);
      return {
        notice: 'Endpoint added. Copy its signing secret into your receiver.',
        created: { id: created.endpoint.id, url: created.endpoint.url, secret: created.secret },
      };
    },
    values,
  );
}

export default function Webhooks() {
  const page = useLoaderData<typeof loader>();
  if (page.forbidden) {
    return <OwnerOnlyNotice title="Only the store owner manages webhooks">{page.message}</OwnerOnlyNotice>;
  }
  return (
    <div className="container dashboard-page">
      <header className="dashboard-header">
        <div>
          <h1>Webhooks</h1>
          <p className="muted">
            Shelf POSTs each event to your endpoints, signed the Standard Webhooks way with the endpoint’s
            secret. Failed deliveries are retried for about a day; after 5 in a row fail, the endpoint is
            switched off and you get an email.
          </p>
        </div>
      </header>
      <EndpointTable page={page} />
      <CreateForm eventTypes={page.eventTypes} />
    </div>
  );
}

function EndpointTable({
  page,
}: {
  page: {
    endpoints: WebhookEndpointRow[];
    totalCount: number;
    nextCursor: string | null;
    firstPage: boolean;
  };
}) {
  return (
    <section className="dashboard-card account-section" aria-labelledby="endpoints-title">
      <h2 id="endpoints-title">
        Endpoints <span className="muted">({page.totalCount})</span>
      </h2>
      <DataTable
        columns={['URL', 'Events', 'Status', 'Failures in a row', 'Added']}
        isEmpty={page.endpoints.length === 0}
        empty="No endpoints yet. Add one below."
      >
        {page.endpoints.map((endpoint) => (
          <tr key={endpoint.id}>
            <td>
              <Link to={`/dashboard/webhooks/${endpoint.id}`} className="text-link">
                {endpoint.url}
              </Link>
              {endpoint.description ? <p className="muted">{endpoint.description}</p> : null}
            </td>
            <td>{endpoint.events.join(', ')}</td>
            <td>
              <span className={`badge ${endpoint.enabled ? 'badge-approved' : 'badge-reversed'}`}>
                {endpoint.enabled ? 'Enabled' : 'Disabled'}
              </span>
              {endpoint.disabledReason ? <p className="muted">{endpoint.disabledReason}</p> : null}
            </td>
            <td>{endpoint.consecutiveFailures}</td>
            <td>{formatDate(endpoint.createdAt)}</td>
          </tr>
        ))}
      </DataTable>
      <Pager
        firstHref={page.firstPage ? null : '/dashboard/webhooks'}
        nextHref={page.nextCursor ? `/dashboard/webhooks?after=${encodeURIComponent(page.nextCursor)}` : null}
      />
    </section>
  );
}

function CreateForm({ eventTypes }: { eventTypes: WebhookEventTypeRow[] }) {
  const result = useResultFor<ActionResult>('create');
  const busy = useBusy('create');
  const values = result?.error ? result.values : undefined;
  const eventsError = fieldError(result, 'events');
  return (
    <section className="dashboard-card account-section" aria-labelledby="create-title">
      <h2 id="create-title">Add an endpoint</h2>
      <FormMessage result={result} />
      {result?.created ? (
        <section className="dashboard-card webhook-created" aria-label="New endpoint secret">
          <p>
            Signing secret for{' '}
            <Link to={`/dashboard/webhooks/${result.created.id}`} className="text-link">
              {result.created.url}
            </Link>
            :
          </p>
          <SecretValue
            id="webhook-secret"
            value={result.created.secret}
            copyLabel="Copy the signing secret"
            testId="webhook-secret"
          />
        </section>
      ) : null}
      <Form
        method="post"
        noValidate
        className="account-form webhook-form"
        key={result?.created?.id ?? 'form'}
      >
        <CsrfField />
        <input type="hidden" name="intent" value="create" />
        <FormField
          id="webhook-url"
          label="URL"
          error={fieldError(result, 'url')}
          hint="Where events are POSTed: https://… (a private address only when WEBHOOKS_ALLOW_PRIVATE is on)."
        >
          {(props) => (
            <input
              {...props}
              name="url"
              type="url"
              required
              autoComplete="off"
              defaultValue={values?.url ?? ''}
            />
          )}
        </FormField>
        <FormField
          id="webhook-description"
          label="Description (optional)"
          error={fieldError(result, 'description')}
        >
          {(props) => (
            <input
              {...props}
              name="description"
              type="text"
              autoComplete="off"
              defaultValue={values?.description ?? ''}
            />
          )}
        </FormField>
        <fieldset
          className="webhook-event-picker"
          aria-invalid={eventsError ? true : undefined}
          aria-describedby={eventsError ? 'webhook-events-error' : undefined}
        >
          <legend>Events</legend>
          {eventTypes.map((type) => (
            <label key={type.name} className="webhook-event-option">
              <input
                type="checkbox"
                name="events"
                value={type.name}
                defaultChecked={values?.events.includes(type.name) ?? false}
              />{' '}
              <code>{type.name}</code> <span className="muted">{type.description}</span>
            </label>
          ))}
          {eventsError && (
            <p id="webhook-events-error" className="form-error" role="alert">
              {eventsError}
            </p>
          )}
        </fieldset>
        <div className="account-form-submit">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? 'Adding…' : 'Add endpoint'}
          </button>
        </div>
      </Form>
    </section>
  );
}
