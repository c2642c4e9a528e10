// What the API documentation page (/docs/api) names: key prefixes, scopes, error codes, webhook events and
// headers, and the example operations. One place to change when the schema changes; the example
// operations are validated against the API's SDL by api-docs.test.ts.

export const API_KEY_PREFIXES = { live: 'shelf_live_', test: 'shelf_test_' } as const;
export const MAX_PAGE_SIZE = 100;

/**
 * Every scope an API key can hold, and what it allows (the schema's ApiKeyScope enum, ORDERS_READ for
 * orders:read; api-docs.test.ts keeps the two lists equal).
 */
export const SCOPES: ReadonlyArray<readonly [scope: string, allows: string]> = [
  ['catalog:read', 'Products whatever their status, their files, preview images and uploads.'],
  ['catalog:write', 'Create, change, publish and archive products; upload and replace files and images.'],
  ['orders:read', 'Orders, customers, payment history, revenue reports and the CSV exports.'],
  ['orders:write', "Refunds, resending delivery emails, an order's download links."],
  ['licenses:read', 'License keys and their activations.'],
  ['licenses:write', 'Revoke, reinstate and reset license keys; change activation limits.'],
  ['affiliates:read', 'Affiliates, their links, commissions and payouts.'],
  ['affiliates:write', "Add and change affiliates and links; record payouts (the owner's keys only)."],
  ['webhooks:read', "Webhook endpoints and their deliveries (the owner's keys only)."],
  ['webhooks:write', "Register, change, replay and remove webhook endpoints (the owner's keys only)."],
  ['emails:read', 'The email log.'],
  ['emails:write', 'Queue a failed email again.'],
  ['settings:read', "The store settings (the owner's keys only)."],
  ['settings:write', "Change the store settings (the owner's keys only)."],
  ['users:read', "Who may sign in to the dashboard (the owner's keys only)."],
  ['users:write', "Invite and remove staff (the owner's keys only)."],
];

/** `extensions.code` of a GraphQL error, and what the client should do about it. */
export const ERROR_CODES: ReadonlyArray<readonly [code: string, meaning: string]> = [
  [
    'BAD_USER_INPUT',
    'An argument is invalid. extensions.field names it; fieldErrors lists each field. Fix and resend.',
  ],
  ['UNAUTHENTICATED', 'No valid credential: the key is unknown, revoked or missing. HTTP 401.'],
  ['FORBIDDEN', 'The key lacks a scope (the message names it) or the resource is not yours.'],
  ['NOT_FOUND', 'What the operation names does not exist.'],
  ['CONFLICT', 'The change clashes with the current state, e.g. refunding an order that is not paid.'],
  ['GONE', 'It existed but can no longer be used; extensions.reason says why.'],
  ['LIMIT_REACHED', 'A usage limit was reached, e.g. every activation of a license key is taken.'],
  ['RATE_LIMITED', 'Too many requests. Nothing ran. HTTP 429; wait Retry-After seconds.'],
  ['OPERATION_TOO_COMPLEX', 'Too deep, too many aliases or too costly. extensions.limit and max say which.'],
  [
    'FIELD_LIMIT_EXCEEDED',
    'An expensive field is asked for too often in one operation; send separate requests.',
  ],
  ['PAYMENT_PROVIDER_ERROR', 'The payment provider failed or refused; trying again later may work.'],
  ['GRAPHQL_VALIDATION_FAILED', 'The document does not match the schema (unknown field, wrong type).'],
  ['INTERNAL_SERVER_ERROR', 'Something unexpected failed. Quote extensions.requestId when you report it.'],
];

/** The events a webhook endpoint can subscribe to (the API lists them too: `webhookEventTypes`). */
export const WEBHOOK_EVENTS: ReadonlyArray<readonly [event: string, when: string]> = [
  ['order.paid', 'An order was paid: its number, customer and amounts.'],
  ['order.refunded', 'Money was refunded on an order: the amount of this refund and the total so far.'],
  ['subscription.renewed', 'A subscription was paid for another period.'],
  ['subscription.canceled', 'A subscription was canceled; access lasts until the paid period ends.'],
  ['license.activated', 'A license key was activated on a new instance.'],
  ['license.deactivated', 'An instance gave its license seat back.'],
  ['license.revoked', 'A license key was disabled or revoked.'],
  ['license.reinstated', 'A disabled license key was switched back on.'],
  ['license.updated', "A license key's activation limit changed."],
  ['commission.created', 'A paid order earned an affiliate a commission.'],
  ['commission.reversed', 'A refund or lost dispute took back a pending commission.'],
  ['commission.approved', 'A commission passed its refund window and is payable.'],
  ['commission.owed_back', 'A refund after approval: the affiliate owes part of a commission back.'],
  ['payout.recorded', 'A payout to an affiliate was recorded.'],
  ['product.published', 'A product was published.'],
  ['product.updated', 'A product changed (price, status, details).'],
  ['webhook.test', 'Sent by Send test event (sendTestWebhook), to every endpoint on request.'],
];

export const WEBHOOK_HEADERS: ReadonlyArray<readonly [header: string, meaning: string]> = [
  ['webhook-id', 'The delivery id, the same on every retry: handle each id once.'],
  ['webhook-timestamp', 'When it was sent, in Unix seconds. Refuse ones more than 5 minutes off.'],
  ['webhook-signature', 'v1,<base64 HMAC-SHA256 over id.timestamp.body> with your endpoint secret.'],
];

export const RATE_LIMIT_HEADERS: ReadonlyArray<readonly [header: string, meaning: string]> = [
  ['RateLimit-Limit', "The key's requests per window (600 a minute unless the owner changed it)."],
  ['RateLimit-Remaining', 'What is left of it.'],
  ['RateLimit-Reset', 'Seconds until the window refills.'],
  ['RateLimit-Policy', 'The budget and its window, e.g. 600;w=60.'],
];

export const AUTH_EXAMPLE = `curl https://shop.example.com/graphql \\
  -H 'Authorization: Bearer ${API_KEY_PREFIXES.live}…' \\
  -H 'Content-Type: application/json' \\
  -d '{"query":"{ orders(first: 5) { nodes { number status } } }"}'`;

export const PAGINATION_EXAMPLE = `let after: string | null = null;
do {
  const { orders } = await shelf(
    \`query($after: String) {
      orders(first: ${MAX_PAGE_SIZE}, after: $after) {
        nodes { number total { amount currency } }
        pageInfo { hasNextPage endCursor }
      }
    }\`,
    { after },
  );
  handle(orders.nodes);
  after = orders.pageInfo.hasNextPage ? orders.pageInfo.endCursor : null;
} while (after);`;

export const ERROR_EXAMPLE = `{
  "data": null,
  "errors": [{
    "message": "The amount must be more than 0.",
    "path": ["refundOrder"],
    "extensions": {
      "code": "BAD_USER_INPUT",
      "field": "amount",
      "fieldErrors": [{ "field": "amount", "message": "The amount must be more than 0." }]
    }
  }]
}`;

export const WEBHOOK_EXAMPLE = `import { Webhook } from 'standardwebhooks';

const webhook = new Webhook(process.env.SHELF_WEBHOOK_SECRET); // whsec_…

// rawBody: the request body exactly as it arrived (a Buffer or string), never JSON.parse'd first.
const event = webhook.verify(rawBody, {
  'webhook-id': req.headers['webhook-id'],
  'webhook-timestamp': req.headers['webhook-timestamp'],
  'webhook-signature': req.headers['webhook-signature'],
}); // throws on a wrong signature or a stale timestamp: answer 400
// event: { type: 'order.paid', timestamp, data: { id, orderNumber, totalCents, currency, … } }
// Answer 2xx quickly and do the work afterwards.`;

/** Example operations; each is valid against the current schema. */
export const EXAMPLE_OPERATIONS: ReadonlyArray<{
  title: string;
  scope: string;
  operation: string;
  note: string;
}> = [
  {
    title: "Today's orders",
    scope: 'orders:read',
    operation: `query TodaysOrders($from: DateTime!, $to: DateTime!, $after: String) {
  orders(first: ${MAX_PAGE_SIZE}, after: $after, from: $from, to: $to, status: PAID) {
    nodes {
      number
      email
      paidAt
      total { amount currency formatted }
      items { productName quantity }
    }
    pageInfo { hasNextPage endCursor }
    totalCount
  }
}
# variables: { "from": "2026-12-02T00:00:00Z", "to": "2026-12-03T00:00:00Z" }`,
    note: 'from is inclusive, to exclusive; leave out status for every order, pending ones included.',
  },
  {
    title: 'A product list',
    scope: 'catalog:read',
    operation: `query Products($after: String) {
  adminProducts(first: 50, after: $after, status: PUBLISHED) {
    nodes { id slug name status price { amount currency formatted } sales { count } }
    pageInfo { hasNextPage endCursor }
  }
}`,
    note: 'products(first, after) lists the published catalog without a key, as the storefront sees it.',
  },
  {
    title: 'Register a webhook endpoint',
    scope: 'webhooks:write',
    operation: `mutation Register($input: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $input) {
    endpoint { id }
    secret
  }
}
# variables: { "input": { "url": "https://example.com/shelf-webhooks", "events": ["order.paid", "order.refunded"] } }`,
    note: 'The secret (whsec_…) comes back here; the owner can read it again as WebhookEndpoint.secret, and rotateWebhookSecret makes a new one.',
  },
  {
    title: 'Validate a license key',
    scope: 'none (the key is the credential)',
    operation: `query Validate($key: String!, $instanceId: ID) {
  validateLicense(key: $key, instanceId: $instanceId) {
    valid
    error
    message
    license { state activationLimit activationUsage expiresAt }
  }
}`,
    note: 'activateLicense and deactivateLicense manage seats; the REST twins are POST /v1/licenses/activate | validate | deactivate.',
  },
  {
    title: 'Refund an order',
    scope: 'orders:write',
    operation: `mutation Refund($id: ID!, $amount: MoneyInput) {
  refundOrder(id: $id, amount: $amount) {
    number
    status
    refunded { amount currency }
    refundable { amount currency }
  }
}
# variables: { "id": "…" } refunds the rest; { "id": "…", "amount": { "amount": 500, "currency": "usd" } } $5.00`,
    note: 'A full refund revokes downloads and license keys; a partial one keeps access. CONFLICT if the order is not paid.',
  },
];

export const SCHEMA_CHANGES = [
  'Additions (new types, fields, arguments with defaults, enum values) ship without notice: ignore what you do not know.',
  'Nothing is removed or changed in place. A field to be replaced is marked @deprecated with the reason and its replacement first, and keeps working.',
  'Every list is a connection whose first is at most 100; amounts are Money with integer minor units (MinorUnits).',
  'The full SDL is schema.graphql at the root of the repository, checked on every test run against the running schema; docs/schema-changelog.md lists each change with its date.',
];
