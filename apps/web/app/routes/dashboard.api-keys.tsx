// The owner's API keys page: every key (name, visible prefix, scopes, when it was made and last used,
// whether it is revoked), a form to make one (a name and scopes, grouped read and write) that shows the
// whole key once with a copy button, and revoking a key after a confirmation. Staff get a 403 page: the
// API refuses them all of it, and keys cannot manage keys.
import type { ActionFunctionArgs, LinksFunction, LoaderFunctionArgs } from '@remix-run/node';
import { Form, Link, useLoaderData } from '@remix-run/react';
import type { ApiKeyScope } from '@shelf/graphql';
import { CopyField } from '../components/copy-field';
import { CsrfField } from '../components/csrf-field';
import { DataTable } from '../components/data-table';
import { FormField, FormMessage } from '../components/form-feedback';
import { IntentForm } from '../components/intent-form';
import { OwnerOnlyNotice } from '../components/owner-only-notice';
import { Pager } from '../components/pager';
import {
  type ApiKeyPage,
  type ApiKeyRow,
  createApiKey,
  listApiKeys,
  revokeApiKey,
} from '../graphql/api-keys.server';
import { isApiError } from '../graphql/client.server';
import { requireCsrf } from '../lib/csrf.server';
import { invalid, performChange } from '../lib/dashboard-action.server';
import { dashboardMeta, privateHeaders } from '../lib/dashboard-route';
import { useBusy, useResultFor, useResultForAny } from '../lib/form-result';
import { formatDate } from '../lib/format';
import { loadOwnerOnly } from '../lib/owner-only.server';
import dashboardStyles from '../styles/dashboard.css?url';
import accountStyles from '../styles/dashboard-account.css?url';
import apiKeyStyles from '../styles/dashboard-api-keys.css?url';

const PAGE_SIZE = 50;

/** The scopes by what they reach, each with its read and write scope and what they allow. */
const SCOPE_GROUPS: ReadonlyArray<{
  label: string;
  read: ApiKeyScope;
  write: ApiKeyScope;
  readHint: string;
  writeHint: string;
}> = [
  {
    label: 'Catalog',
    read: 'CATALOG_READ',
    write: 'CATALOG_WRITE',
    readHint: 'Products, files and images',
    writeHint: 'Create and change products, upload files',
  },
  {
    label: 'Orders',
    read: 'ORDERS_READ',
    write: 'ORDERS_WRITE',
    readHint: 'Orders, customers, revenue, exports',
    writeHint: 'Refunds, delivery emails, download links',
  },
  {
    label: 'Licenses',
    read: 'LICENSES_READ',
    write: 'LICENSES_WRITE',
    readHint: 'License keys and activations',
    writeHint: 'Revoke, reinstate, reset, change limits',
  },
  {
    label: 'Affiliates',
    read: 'AFFILIATES_READ',
    write: 'AFFILIATES_WRITE',
    readHint: 'Affiliates, links, commissions, payouts',
    writeHint: 'Links, pausing affiliates, recording payouts',
  },
  {
    label: 'Webhooks',
    read: 'WEBHOOKS_READ',
    write: 'WEBHOOKS_WRITE',
    readHint: 'Endpoints and deliveries',
    writeHint: 'Register, change, replay endpoints',
  },
  {
    label: 'Emails',
    read: 'EMAILS_READ',
    write: 'EMAILS_WRITE',
    readHint: 'The email log',
    writeHint: 'Send failed emails again',
  },
  {
    label: 'Settings',
    read: 'SETTINGS_READ',
    write: 'SETTINGS_WRITE',
    readHint: 'Store settings',
    writeHint: 'Change store settings',
  },
  {
    label: 'Users',
    read: 'USERS_READ',
    write: 'USERS_WRITE',
    readHint: 'Who can sign in',
    writeHint: 'Invite and remove staff',
  },
];
const KNOWN_SCOPES = new Set<string>(SCOPE_GROUPS.flatMap((group) => [group.read, group.write]));

/** CATALOG_READ -> catalog:read, as the API's messages and docs name scopes. */
const scopeName = (scope: string) => scope.toLowerCase().replace('_', ':');

export const links: LinksFunction = () => [
  { rel: 'stylesheet', href: dashboardStyles },
  { rel: 'stylesheet', href: accountStyles },
  { rel: 'stylesheet', href: apiKeyStyles },
];

export const headers = privateHeaders;

export const meta = dashboardMeta('API keys');

export async function loader({ request, context }: LoaderFunctionArgs) {
  const after = new URL(request.url).searchParams.get('after');
  return loadOwnerOnly(request, async () => {
    try {
      return { keys: await listApiKeys({ request, context }, { first: PAGE_SIZE, after: after || null }) };
    } catch (error) {
      if (isApiError(error, 'BAD_USER_INPUT')) throw new Response('Not found', { status: 404 });
      throw error;
    }
  });
}

type ActionResult = {
  form: string;
  notice?: string;
  error?: string;
  field?: string;
  doneAt?: number;
  /** The whole key, in this one answer only. */
  created?: { name: string; key: string; prefix: string };
  values?: { name: string; scopes: string[] };
};

export async function action({ request, context }: ActionFunctionArgs) {
  const form = await request.formData();
  await requireCsrf(request, form);
  const caller = { request, context };
  switch (String(form.get('intent') ?? '')) {
    case 'create': {
      const values = {
        name: String(form.get('name') ?? '').trim(),
        scopes: form.getAll('scope').map(String),
      };
      if (!values.name) {
        return invalid('create', 'name', 'Name the key, such as “Zapier” or “Course sync”.', values);
      }
      const scopes = values.scopes.filter((scope) => KNOWN_SCOPES.has(scope)) as ApiKeyScope[];
      if (scopes.length === 0) return invalid('create', 'scopes', 'Choose at least one scope.', values);
      return performChange(
        request,
        'create',
        async () => {
          const created = await createApiKey(caller, { name: values.name, scopes });
          const { name, prefix } = created.apiKey;
          return { created: { name, key: created.key, prefix } };
        },
        values,
      );
    }
    case 'revoke': {
      const id = String(form.get('id') ?? '');
      const name = String(form.get('name') ?? 'The key');
      return performChange(request, `revoke:${id}`, async () => {
        await revokeApiKey(caller, id);
        return { notice: `${name} is revoked: requests with it are refused from now on.` };
      });
    }
    default:
      throw new Response('Unknown action', { status: 400 });
  }
}

export default function ApiKeys() {
  const page = useLoaderData<typeof loader>();
  if (page.forbidden) {
    return (
      <OwnerOnlyNotice title="Only the store owner manages API keys">
        {page.message} Ask the owner if a script or integration needs a key.
      </OwnerOnlyNotice>
    );
  }
  return (
    <div className="container dashboard-page">
      <header className="dashboard-header">
        <div>
          <h1>API keys</h1>
          <p className="muted">
            Keys let your scripts and integrations use the store’s GraphQL API: send one as{' '}
            <code>Authorization: Bearer &lt;key&gt;</code>. Each key may do only what its scopes allow. See{' '}
            <Link to="/docs/api">the API docs</Link>.
          </p>
        </div>
      </header>
      <CreatedKey />
      <KeyTable keys={page.keys} />
      <CreateForm />
    </div>
  );
}

function CreatedKey() {
  const result = useResultFor<ActionResult>('create');
  if (!result?.created) return null;
  const { created } = result;
  return (
    <section className="dashboard-card api-key-created" aria-labelledby="created-title">
      <h2 id="created-title">Your new key “{created.name}”</h2>
      <p className="account-banner" role="status">
        Copy this key now and keep it somewhere safe: it is shown only once. The store keeps only a hash of
        it, so nobody can show it to you again. Lost it? Revoke it and make a new one.
      </p>
      <CopyField
        id="created-key"
        value={created.key}
        label={`The key “${created.name}”`}
        copyLabel={`Copy the key “${created.name}”`}
      />
    </section>
  );
}

function KeyTable({ keys }: { keys: ApiKeyPage }) {
  const revocation = useResultForAny<ActionResult>('revoke:');
  return (
    <section className="dashboard-card account-section" aria-labelledby="keys-title">
      <h2 id="keys-title">Keys</h2>
      <FormMessage result={revocation} />
      <DataTable
        columns={['Name', 'Key', 'Scopes', 'Created', 'Last used', 'Status']}
        actions
        isEmpty={keys.nodes.length === 0}
        empty="No keys yet. Make one below."
        className="data-table api-key-table"
      >
        {keys.nodes.map((key) => (
          <KeyRow key={key.id} apiKey={key} />
        ))}
      </DataTable>
      <Pager
        firstHref={null}
        nextHref={
          keys.pageInfo.hasNextPage && keys.pageInfo.endCursor
            ? `?after=${encodeURIComponent(keys.pageInfo.endCursor)}`
            : null
        }
        nextLabel="Older keys"
      />
    </section>
  );
}

function KeyRow({ apiKey }: { apiKey: ApiKeyRow }) {
  return (
    <tr data-key-prefix={apiKey.prefix}>
      <td>{apiKey.name}</td>
      <td>
        <code>{apiKey.prefix}…</code>
      </td>
      <td>
        <ul className="api-key-scopes">
          {apiKey.scopes.map((scope) => (
            <li key={scope}>
              <code>{scopeName(scope)}</code>
            </li>
          ))}
        </ul>
      </td>
      <td>
        {formatDate(apiKey.createdAt)}
        {apiKey.createdBy && <span className="muted"> by {apiKey.createdBy.email}</span>}
      </td>
      <td>{apiKey.lastUsedAt ? formatDate(apiKey.lastUsedAt) : <span className="muted">Never</span>}</td>
      <td>
        {apiKey.revokedAt ? (
          <span className="badge badge-muted">Revoked {formatDate(apiKey.revokedAt)}</span>
        ) : (
          <span className="badge badge-approved">Active</span>
        )}
      </td>
      <td>{!apiKey.revokedAt && <RevokeButton apiKey={apiKey} />}</td>
    </tr>
  );
}

function RevokeButton({ apiKey }: { apiKey: ApiKeyRow }) {
  return (
    <IntentForm
      intent="revoke"
      fields={{ id: apiKey.id, name: apiKey.name }}
      confirm={`Revoke the key “${apiKey.name}”? Anything using it stops working at once. This cannot be undone.`}
      label="Revoke"
      accessibleLabel={`Revoke ${apiKey.name}`}
    />
  );
}

function CreateForm() {
  const result = useResultFor<ActionResult>('create');
  const busy = useBusy('create');
  const values = result?.error ? result.values : undefined;
  const chosen = new Set(values?.scopes ?? []);
  const nameError = result?.field === 'name' ? result.error : undefined;
  const scopesError = result?.field === 'scopes' ? result.error : undefined;
  return (
    <section className="dashboard-card account-section" aria-labelledby="create-title">
      <h2 id="create-title">Make a key</h2>
      <p className="muted">Give it only the scopes it needs; you can revoke it at any time.</p>
      <FormMessage result={result?.created ? undefined : result} />
      <Form method="post" noValidate className="account-form" key={result?.doneAt ?? 'form'}>
        <CsrfField />
        <input type="hidden" name="intent" value="create" />
        <FormField id="api-key-name" label="Name" error={nameError}>
          {(props) => (
            <input
              {...props}
              name="name"
              type="text"
              maxLength={200}
              autoComplete="off"
              required
              defaultValue={values?.name ?? ''}
            />
          )}
        </FormField>
        <fieldset
          className="api-key-scope-picker"
          aria-invalid={scopesError ? true : undefined}
          aria-describedby={scopesError ? 'api-key-scopes-error' : undefined}
        >
          <legend>Scopes</legend>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Area</th>
                <th scope="col">Read</th>
                <th scope="col">Write</th>
              </tr>
            </thead>
            <tbody>
              {SCOPE_GROUPS.map((group) => (
                <tr key={group.label}>
                  <th scope="row">{group.label}</th>
                  {(
                    [
                      [group.read, group.readHint],
                      [group.write, group.writeHint],
                    ] as const
                  ).map(([scope, hint]) => (
                    <td key={scope}>
                      <label className="api-key-scope">
                        <input
                          type="checkbox"
                          name="scope"
                          value={scope}
                          defaultChecked={chosen.has(scope)}
                        />
                        <span>
                          <code>{scopeName(scope)}</code>
                          <span className="field-hint">{hint}</span>
                        </span>
                      </label>
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          {scopesError && (
            <p id="api-key-scopes-error" className="form-error" role="alert">
              {scopesError}
            </p>
          )}
        </fieldset>
        <div className="account-form-submit">
          <button type="submit" className="button button-primary" disabled={busy}>
            {busy ? 'Making the key…' : 'Make the key'}
          </button>
        </div>
      </Form>
    </section>
  );
}
