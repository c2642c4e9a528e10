// The integrator's reference at /docs/api: authentication, scopes, pagination, errors, rate limits,
// webhooks and example operations. Public and static: no loader, nothing read from the API. The names an
// integrator types (scopes, error codes, events, headers, operations) live in lib/api-docs.ts.
import type { LinksFunction, MetaFunction } from '@remix-run/node';
import {
  API_KEY_PREFIXES,
  AUTH_EXAMPLE,
  ERROR_CODES,
  ERROR_EXAMPLE,
  EXAMPLE_OPERATIONS,
  MAX_PAGE_SIZE,
  PAGINATION_EXAMPLE,
  RATE_LIMIT_HEADERS,
  SCHEMA_CHANGES,
  SCOPES,
  WEBHOOK_EVENTS,
  WEBHOOK_EXAMPLE,
  WEBHOOK_HEADERS,
} from '../lib/api-docs';
import { pageTitle, storeNameFrom } from '../lib/meta';
import docsStyles from '../styles/docs.css?url';

export const links: LinksFunction = () => [{ rel: 'stylesheet', href: docsStyles }];

export const meta: MetaFunction = ({ matches }) => {
  const storeName = storeNameFrom(matches);
  const description = `How to use the ${storeName} GraphQL API: keys, scopes, pagination, errors, rate limits and webhooks.`;
  return [
    { title: pageTitle('API documentation', storeName) },
    { name: 'description', content: description },
  ];
};

const SECTIONS = [
  ['authentication', 'Authentication'],
  ['scopes', 'Scopes'],
  ['pagination', 'Pagination'],
  ['errors', 'Errors'],
  ['rate-limits', 'Rate limits'],
  ['webhooks', 'Webhooks'],
  ['examples', 'Example queries'],
  ['schema-changes', 'Schema changes'],
] as const;

function Table({ head, rows }: { head: [string, string]; rows: ReadonlyArray<readonly [string, string]> }) {
  return (
    <div className="table-scroll">
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{head[0]}</th>
            <th scope="col">{head[1]}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([name, text]) => (
            <tr key={name}>
              <td>
                <code>{name}</code>
              </td>
              <td>{text}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Code({ children, label }: { children: string; label: string }) {
  return (
    <pre className="docs-code" title={label}>
      <code>{children}</code>
    </pre>
  );
}

export default function ApiDocs() {
  return (
    <div className="container docs">
      <header className="page-header">
        <p className="eyebrow">For developers</p>
        <h1>API documentation</h1>
        <p className="lead">
          One GraphQL endpoint, <code>/graphql</code> on the API's address, for your scripts, automations and
          apps; webhooks to be told when things happen.
        </p>
      </header>
      <div className="docs-layout">
        <nav className="docs-toc" aria-label="On this page">
          <ol>
            {SECTIONS.map(([id, title]) => (
              <li key={id}>
                <a href={`#${id}`}>{title}</a>
              </li>
            ))}
          </ol>
        </nav>
        <div className="docs-body">
          <section id="authentication" aria-labelledby="authentication-title">
            <h2 id="authentication-title">Authentication</h2>
            <p>
              Send an API key as a bearer token on every request:{' '}
              <code>Authorization: Bearer {API_KEY_PREFIXES.live}…</code> (or{' '}
              <code>{API_KEY_PREFIXES.test}…</code> while the store is in test mode). The store owner makes
              keys in <strong>Dashboard → API keys</strong>, with a name and the scopes it needs. The full key
              is shown once, when it is made: the store keeps only its hash and the visible prefix, and shows
              when each key was last used. Revoke a key there and its next request gets{' '}
              <code>UNAUTHENTICATED</code>.
            </p>
            <Code label="A request with an API key">{AUTH_EXAMPLE}</Code>
            <p className="muted small">
              Public fields (the published catalog, <code>validateLicense</code>) need no key.
            </p>
          </section>

          <section id="scopes" aria-labelledby="scopes-title">
            <h2 id="scopes-title">Scopes</h2>
            <p>
              Each creator field checks one scope. A key without it gets <code>FORBIDDEN</code>, and the
              message names the missing scope. Give each key only what it needs.
            </p>
            <Table head={['Scope', 'Allows']} rows={SCOPES} />
            <p className="muted small">
              In <code>createApiKey(input: {'{ name, scopes }'})</code> the scopes are written as the schema's
              enum values: <code>ORDERS_READ</code> for <code>orders:read</code>.
            </p>
          </section>

          <section id="pagination" aria-labelledby="pagination-title">
            <h2 id="pagination-title">Pagination</h2>
            <p>
              Every list is a cursor connection: ask for up to <code>first: {MAX_PAGE_SIZE}</code> items, read{' '}
              <code>pageInfo {'{ hasNextPage endCursor }'}</code>, and pass <code>endCursor</code> as{' '}
              <code>after</code> for the next page until <code>hasNextPage</code> is false. A larger{' '}
              <code>first</code> or a cursor that was not given to you is <code>BAD_USER_INPUT</code>. Orders,
              licenses and keys come newest first.
            </p>
            <Code label="Every page of orders">{PAGINATION_EXAMPLE}</Code>
          </section>

          <section id="errors" aria-labelledby="errors-title">
            <h2 id="errors-title">Errors</h2>
            <p>
              A failed field answers with an entry in <code>errors</code> whose <code>extensions.code</code>{' '}
              says what happened; the message is for people. For <code>BAD_USER_INPUT</code>,{' '}
              <code>extensions.field</code> names the argument and <code>extensions.fieldErrors</code> lists a
              message per field. An unexpected failure is masked as <code>INTERNAL_SERVER_ERROR</code> with a
              generic message and <code>extensions.requestId</code>, the same id as the response's{' '}
              <code>X-Request-Id</code> header: quote it and the owner finds the real error in the log.
            </p>
            <Code label="A validation error">{ERROR_EXAMPLE}</Code>
            <Table head={['Code', 'Meaning']} rows={ERROR_CODES} />
          </section>

          <section id="rate-limits" aria-labelledby="rate-limits-title">
            <h2 id="rate-limits-title">Rate limits</h2>
            <p>
              Each API key has its own budget of requests per minute, shared by all the store's processes, on
              top of the limit per address. Every answer to a key carries its budget:
            </p>
            <Table head={['Header', 'Meaning']} rows={RATE_LIMIT_HEADERS} />
            <p>
              A spent budget is answered <code>429 Too Many Requests</code> with a <code>Retry-After</code>{' '}
              header (in seconds) and a <code>RATE_LIMITED</code> error; nothing ran. Wait that long, then
              retry. Operations that are too large are refused before they run (
              <code>OPERATION_TOO_COMPLEX</code>).
            </p>
          </section>

          <section id="webhooks" aria-labelledby="webhooks-title">
            <h2 id="webhooks-title">Webhooks</h2>
            <p>
              Register an endpoint in <strong>Dashboard → Webhooks</strong>, or with{' '}
              <code>createWebhookEndpoint(input: {'{ url, events }'})</code> (scope{' '}
              <code>webhooks:write</code>), which answers with the endpoint and its signing secret{' '}
              <code>whsec_…</code> (readable again by the owner on the endpoint, and replaced by
              rotateWebhookSecret). Shelf POSTs a JSON event to it for each event it subscribes to:
            </p>
            <Table head={['Event', 'When']} rows={WEBHOOK_EVENTS} />
            <p>
              Deliveries follow <a href="https://www.standardwebhooks.com/">Standard Webhooks</a>, with three
              headers:
            </p>
            <Table head={['Header', 'Meaning']} rows={WEBHOOK_HEADERS} />
            <h3>Verifying a delivery</h3>
            <p>
              With the <code>standardwebhooks</code> package, on the <strong>raw body</strong>: parsing and
              re-serialising the JSON first changes the bytes and the signature no longer matches.
            </p>
            <Code label="Verifying a webhook in TypeScript">{WEBHOOK_EXAMPLE}</Code>
            <h3>Retries, replay and disabling</h3>
            <ul>
              <li>
                Anything but a 2xx within 10 seconds is retried with growing delays (5 s, 5 min, 30 min, 2 h,
                5 h, 10 h, 10 h: about a day), with the same <code>webhook-id</code>. Every attempt is logged
                in the dashboard with its status code, duration and the start of your answer.
              </li>
              <li>
                A delivery can be replayed with its message id (<code>replayWebhookDelivery</code>), or every
                delivery of a time range (<code>replayWebhookDeliveries</code>).
              </li>
              <li>
                An endpoint that keeps failing is disabled and the owner gets an email; switch it back on once
                it is fixed. <strong>Send test event</strong> checks an endpoint at any time.
              </li>
              <li>
                Endpoints must resolve to public addresses, checked at every delivery. For a receiver on your
                own machine during development, start the store with <code>WEBHOOKS_ALLOW_PRIVATE=true</code>.
              </li>
            </ul>
          </section>

          <section id="examples" aria-labelledby="examples-title">
            <h2 id="examples-title">Example queries</h2>
            <p>
              The repository's <code>examples/</code> folder has a script that lists today's orders with a key
              and a webhook receiver, each runnable against a local store.
            </p>
            {EXAMPLE_OPERATIONS.map((example) => (
              <article key={example.title} className="docs-example">
                <h3>{example.title}</h3>
                <p className="muted small">
                  Scope: <code>{example.scope}</code>
                </p>
                <Code label={example.title}>{example.operation}</Code>
                <p className="small">{example.note}</p>
              </article>
            ))}
          </section>

          <section id="schema-changes" aria-labelledby="schema-changes-title">
            <h2 id="schema-changes-title">Schema changes</h2>
            <ul>
              {SCHEMA_CHANGES.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </section>
        </div>
      </div>
    </div>
  );
}
