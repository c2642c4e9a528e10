// Outbound webhooks end to end: endpoints registered through GraphQL, domain events fanned out from the
// outbox, signed deliveries to a local receiver that verifies them with the standardwebhooks package,
// retries, replays, auto-disable with the owner's email, and the event filter.
import { Email } from '@shelf/db/messaging';
import { WebhookDelivery, WebhookEndpoint } from '@shelf/db/webhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fanOutDomainEvents } from '../src/modules/webhooks/webhook-deliveries.service.ts';
import { startTestApi, type TestApi } from './harness.ts';
import { buyInTestMode } from './test-checkout.ts';
import { startWebhookReceiver, type WebhookReceiver } from './webhook-receiver.ts';

let api: TestApi;
let auth: Record<string, string>;
const receivers: WebhookReceiver[] = [];

beforeAll(async () => {
  // Local receivers live on 127.0.0.1; retries wait 1 s, then 2 s.
  api = await startTestApi({ WEBHOOKS_ALLOW_PRIVATE: 'true', WEBHOOK_RETRY_SCHEDULE: '1,2' });
  const { data } = await api.graphql<{ login: { token: string } }>(
    'mutation { login(email: "owner@example.com", password: "correct horse battery staple") { token } }',
  );
  auth = { authorization: `Bearer ${data!.login.token}` };
});
afterAll(async () => {
  for (const receiver of receivers) await receiver.close();
  await api.close();
});

async function receiver(): Promise<WebhookReceiver> {
  const started = await startWebhookReceiver();
  receivers.push(started);
  return started;
}

type Endpoint = { id: string; url: string; events: string[]; enabled: boolean; consecutiveFailures: number };

async function createEndpoint(target: WebhookReceiver, events: string[]): Promise<Endpoint> {
  const { data, errors } = await api.graphql<{
    createWebhookEndpoint: { endpoint: Endpoint; secret: string };
  }>(
    `mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) {
      endpoint { id url events enabled consecutiveFailures } secret } }`,
    { input: { url: target.url, events, description: 'test receiver' } },
    auth,
  );
  expect(errors).toBeUndefined();
  target.secret = data!.createWebhookEndpoint.secret;
  return data!.createWebhookEndpoint.endpoint;
}

async function payOrder(): Promise<number> {
  const { data } = await api.graphql<{ product: { id: string } }>(
    '{ product(slug: "golden-hour-lightroom-presets") { id } }',
  );
  const purchase = await buyInTestMode(api, { productId: data!.product.id, email: 'buyer@example.com' });
  return purchase.orderNumber;
}

async function waitUntil(check: () => Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

const DELIVERIES = `query($id: ID!) { webhookEndpoint(id: $id) { deliveries(first: 20) { totalCount nodes {
  id domainEventId eventType status attempts lastStatusCode lastDurationMs lastResponse lastError body
  attemptLog { succeeded statusCode durationMs response error createdAt }
} } } }`;

type DeliveryView = {
  id: string;
  domainEventId: string | null;
  eventType: string;
  status: string;
  attempts: number;
  lastStatusCode: number | null;
  lastResponse: string | null;
  lastError: string | null;
  body: string;
  attemptLog: Array<{
    succeeded: boolean;
    statusCode: number | null;
    response: string | null;
    createdAt: string;
  }>;
};

async function deliveriesOf(endpointId: string): Promise<DeliveryView[]> {
  const { data, errors } = await api.graphql<{ webhookEndpoint: { deliveries: { nodes: DeliveryView[] } } }>(
    DELIVERIES,
    { id: endpointId },
    auth,
  );
  expect(errors).toBeUndefined();
  return data!.webhookEndpoint.deliveries.nodes;
}

describe('outbound webhooks', () => {
  it('delivers a paid order, signed, only to endpoints subscribed to order.paid, once', async () => {
    const paidReceiver = await receiver();
    const refundReceiver = await receiver();
    const paidEndpoint = await createEndpoint(paidReceiver, ['order.paid']);
    const refundEndpoint = await createEndpoint(refundReceiver, ['order.refunded']);

    const orderNumber = await payOrder();
    await fanOutDomainEvents(api.ctx());
    const [received] = await paidReceiver.waitFor(1);

    expect(received!.verified).not.toBeNull();
    expect(received!.headers['user-agent']).toBe('Shelf-Webhooks/1');
    expect(received!.headers['content-type']).toBe('application/json');
    expect(received!.verified).toMatchObject({
      type: 'order.paid',
      data: { orderNumber, currency: 'usd', totalCents: 1900, subtotalCents: 1900 },
    });
    await waitUntil(async () => (await deliveriesOf(paidEndpoint.id))[0]?.status === 'SUCCEEDED', 'success');
    const [delivery] = await deliveriesOf(paidEndpoint.id);
    expect(delivery).toMatchObject({
      id: received!.id,
      eventType: 'order.paid',
      attempts: 1,
      lastStatusCode: 204,
    });

    // Running the fan-out again creates no second delivery, even when the event is handed to it again
    // (its pending row put back, as a restore from a backup taken mid-way would): the unique
    // (endpoint, event) keeps the delivery single.
    expect(await fanOutDomainEvents(api.ctx())).toBe(0);
    const handedBack = await api
      .em()
      .getConnection()
      .execute(
        `insert into domain_event_pending (consumer, event_id, event_seq)
         select 'webhooks', event.id, event.seq from domain_event event
          where event.id = ? on conflict do nothing`,
        [delivery!.domainEventId],
        'run',
      );
    expect(handedBack).toMatchObject({ affectedRows: 1 });
    expect(await fanOutDomainEvents(api.ctx())).toBe(0);
    expect(await api.em().count(WebhookDelivery, { endpoint: paidEndpoint.id })).toBe(1);

    expect(await api.em().count(WebhookDelivery, { endpoint: refundEndpoint.id })).toBe(0);
    expect(refundReceiver.received).toHaveLength(0);
  });

  it('retries a failing receiver with growing waits until it answers 2xx, and logs every attempt', async () => {
    const flaky = await receiver();
    flaky.answer = (_request, index) =>
      index < 2 ? { status: 500, body: `boom ${index}` } : { status: 200, body: 'ok' };
    const endpoint = await createEndpoint(flaky, ['order.paid']);

    const { data, errors } = await api.graphql<{
      sendTestWebhook: { id: string; status: string; lastStatusCode: number };
    }>(
      'mutation($id: ID!) { sendTestWebhook(endpointId: $id) { id status lastStatusCode } }',
      { id: endpoint.id },
      auth,
    );
    expect(errors).toBeUndefined();
    // The first attempt happens within the request.
    expect(data!.sendTestWebhook).toMatchObject({ status: 'PENDING', lastStatusCode: 500 });

    await flaky.waitFor(3);
    await waitUntil(async () => (await deliveriesOf(endpoint.id))[0]?.status === 'SUCCEEDED', 'the retry');
    const [delivery] = await deliveriesOf(endpoint.id);
    expect(delivery!.attempts).toBe(3);
    expect(delivery!.attemptLog.map((attempt) => [attempt.statusCode, attempt.response])).toEqual([
      [500, 'boom 0'],
      [500, 'boom 1'],
      [200, 'ok'],
    ]);
    // Waits follow the schedule (1 s, then 2 s), never shorter.
    const starts = delivery!.attemptLog.map((attempt) => Date.parse(attempt.createdAt));
    expect(starts[1]! - starts[0]!).toBeGreaterThanOrEqual(1000);
    expect(starts[2]! - starts[1]!).toBeGreaterThanOrEqual(2000);
    // One message: the same webhook-id on every attempt, each verified, typed webhook.test.
    expect(new Set(flaky.received.map((request) => request.id))).toEqual(new Set([data!.sendTestWebhook.id]));
    expect(flaky.received.every((request) => request.verified?.type === 'webhook.test')).toBe(true);
  });

  it('replays one delivery and a time range with the same message id', async () => {
    const target = await receiver();
    const endpoint = await createEndpoint(target, ['order.paid']);
    const before = new Date();
    await payOrder();
    await fanOutDomainEvents(api.ctx());
    const [first] = await target.waitFor(1);
    await waitUntil(async () => (await deliveriesOf(endpoint.id))[0]?.status === 'SUCCEEDED', 'delivery');

    const { data: one, errors } = await api.graphql<{ replayWebhookDelivery: { id: string } }>(
      'mutation($id: ID!) { replayWebhookDelivery(id: $id) { id } }',
      { id: first!.id },
      auth,
    );
    expect(errors).toBeUndefined();
    expect(one!.replayWebhookDelivery.id).toBe(first!.id);
    const [, again] = await target.waitFor(2);
    expect(again!.id).toBe(first!.id);
    expect(again!.body).toBe(first!.body);
    expect(again!.verified).not.toBeNull();
    await waitUntil(async () => (await deliveriesOf(endpoint.id))[0]?.status === 'SUCCEEDED', 'replay');

    const { data: range } = await api.graphql<{ replayWebhookDeliveries: number }>(
      'mutation($id: ID!, $from: DateTime!, $to: DateTime!) { replayWebhookDeliveries(endpointId: $id, from: $from, to: $to) }',
      { id: endpoint.id, from: before.toISOString(), to: new Date().toISOString() },
      auth,
    );
    expect(range!.replayWebhookDeliveries).toBe(1);
    const [, , third] = await target.waitFor(3);
    expect(third!.id).toBe(first!.id);

    const { data: empty } = await api.graphql<{ replayWebhookDeliveries: number }>(
      'mutation($id: ID!, $from: DateTime!, $to: DateTime!) { replayWebhookDeliveries(endpointId: $id, from: $from, to: $to) }',
      { id: endpoint.id, from: '2020-01-01T00:00:00Z', to: '2020-01-02T00:00:00Z' },
      auth,
    );
    expect(empty!.replayWebhookDeliveries).toBe(0);
  });

  it('disables an endpoint after 5 deliveries in a row fail for good, emails the owner once, and enables it again', async () => {
    const broken = await receiver();
    broken.answer = () => ({ status: 503, body: 'down' });
    const endpoint = await createEndpoint(broken, ['order.paid']);
    for (let index = 0; index < 5; index++) {
      const { errors } = await api.graphql(
        'mutation($id: ID!) { sendTestWebhook(endpointId: $id) { id } }',
        { id: endpoint.id },
        auth,
      );
      expect(errors).toBeUndefined();
    }
    await waitUntil(
      async () => !(await api.em().findOneOrFail(WebhookEndpoint, { id: endpoint.id })).enabled,
      'the endpoint to be disabled',
      30_000,
    );
    const disabled = await api.em().findOneOrFail(WebhookEndpoint, { id: endpoint.id });
    expect(disabled.disabledReason).toContain('5 deliveries');
    expect(disabled.consecutiveFailures).toBe(5);
    expect(await api.em().count(WebhookDelivery, { endpoint: endpoint.id, status: 'failed' })).toBe(5);

    const emails = await api.em().find(Email, { template: 'webhook-disabled' });
    expect(emails).toHaveLength(1);
    expect(emails[0]!.to).toBe('owner@example.com');
    expect(emails[0]!.text).toContain(broken.url);

    const { errors: refused } = await api.graphql(
      'mutation($id: ID!) { sendTestWebhook(endpointId: $id) { id } }',
      { id: endpoint.id },
      auth,
    );
    expect(refused?.[0]?.extensions?.code).toBe('CONFLICT');

    const { data } = await api.graphql<{ enableWebhookEndpoint: Endpoint }>(
      'mutation($id: ID!) { enableWebhookEndpoint(id: $id) { id enabled consecutiveFailures } }',
      { id: endpoint.id },
      auth,
    );
    expect(data!.enableWebhookEndpoint).toMatchObject({ enabled: true, consecutiveFailures: 0 });
    expect(await api.em().count(Email, { template: 'webhook-disabled' })).toBe(1);
  });

  it('lets an owner API key read endpoints with webhooks:read and change them only with webhooks:write', async () => {
    const keyWith = async (scopes: string[]) => {
      const { data, errors } = await api.graphql<{ createApiKey: { key: string } }>(
        'mutation($input: CreateApiKeyInput!) { createApiKey(input: $input) { key } }',
        { input: { name: `webhooks ${scopes.join(' ')}`, scopes } },
        auth,
      );
      expect(errors).toBeUndefined();
      return { authorization: `Bearer ${data!.createApiKey.key}` };
    };
    const reader = await keyWith(['WEBHOOKS_READ']);
    const writer = await keyWith(['WEBHOOKS_WRITE']);
    const target = await receiver();
    const input = { url: target.url, events: ['order.paid'] };
    const CREATE =
      'mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { endpoint { id } } }';

    const listed = await api.graphql<{ webhookEndpoints: { totalCount: number } }>(
      '{ webhookEndpoints { totalCount } }',
      {},
      reader,
    );
    expect(listed.errors).toBeUndefined();
    expect(listed.data!.webhookEndpoints.totalCount).toBeGreaterThan(0);
    const refused = await api.graphql(CREATE, { input }, reader);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const created = await api.graphql(CREATE, { input }, writer);
    expect(created.errors).toBeUndefined();
  });

  it('refuses unknown events and malformed URLs as bad input, naming the field', async () => {
    const target = await receiver();
    const create = (input: Record<string, unknown>) =>
      api.graphql(
        'mutation($input: CreateWebhookEndpointInput!) { createWebhookEndpoint(input: $input) { secret } }',
        { input },
        auth,
      );
    const unknown = await create({ url: target.url, events: ['order.shipped'] });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'events' });
    const none = await create({ url: target.url, events: [] });
    expect(none.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'events' });
    const ftp = await create({ url: 'ftp://example.com/hooks', events: ['order.paid'] });
    expect(ftp.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'url' });
    const created = await create({ url: target.url, events: ['order.paid', 'product.updated'] });
    expect(
      (created.data as { createWebhookEndpoint: { secret: string } }).createWebhookEndpoint.secret,
    ).toMatch(/^whsec_[A-Za-z0-9+/]{43}=$/);
  });
});
