// With WEBHOOKS_ALLOW_PRIVATE off (the default), webhooks never reach loopback, private or otherwise
// internal addresses: such URLs are refused when saved, and checked again on every delivery, so an
// endpoint whose name later resolves inside (DNS rebinding) gets nothing.
import { WebhookEndpoint } from '@shelf/db/webhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './harness.ts';
import { startWebhookReceiver, type WebhookReceiver } from './webhook-receiver.ts';

let api: TestApi;
let auth: Record<string, string>;
let target: WebhookReceiver;

beforeAll(async () => {
  api = await startTestApi({ WEBHOOKS_ALLOW_PRIVATE: 'false' });
  target = await startWebhookReceiver();
  const { data } = await api.graphql<{ login: { token: string } }>(
    'mutation { login(email: "owner@example.com", password: "correct horse battery staple") { token } }',
  );
  auth = { authorization: `Bearer ${data!.login.token}` };
});
afterAll(async () => {
  await target.close();
  await api.close();
});

const CREATE = `mutation($input: CreateWebhookEndpointInput!) {
  createWebhookEndpoint(input: $input) { endpoint { id } secret } }`;

describe('webhook SSRF guard', () => {
  it.each([
    ['loopback IPv4', () => target.url],
    ['a private network', () => 'http://10.1.2.3/hooks'],
    ['loopback IPv6', () => `http://[::1]:${target.port}/hooks`],
    ['IPv4-mapped loopback', () => `http://[::ffff:127.0.0.1]:${target.port}/hooks`],
    ['cloud metadata (link-local)', () => 'http://169.254.169.254/latest/meta-data'],
    ['carrier-grade NAT', () => 'http://100.64.0.1/hooks'],
    ['a name that resolves to loopback', () => `http://localhost:${target.port}/hooks`],
  ])('refuses %s when the endpoint is saved', async (_name, url) => {
    const { errors } = await api.graphql(CREATE, { input: { url: url(), events: ['order.paid'] } }, auth);
    expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'url' });
  });

  it('refuses at delivery time when the address became internal after the URL was saved', async () => {
    const { data, errors } = await api.graphql<{ createWebhookEndpoint: { endpoint: { id: string } } }>(
      CREATE,
      { input: { url: 'http://93.184.215.14/hooks', events: ['order.paid'] } },
      auth,
    );
    expect(errors).toBeUndefined();
    const id = data!.createWebhookEndpoint.endpoint.id;
    // As if the name now resolved to the store's own machine.
    for (const url of [target.url, `http://localhost:${target.port}/hooks`]) {
      await api.em().nativeUpdate(WebhookEndpoint, { id }, { url });
      const { data: sent } = await api.graphql<{
        sendTestWebhook: { status: string; lastError: string; lastStatusCode: number | null };
      }>(
        'mutation($id: ID!) { sendTestWebhook(endpointId: $id) { status lastError lastStatusCode } }',
        { id },
        auth,
      );
      expect(sent!.sendTestWebhook.lastStatusCode).toBeNull();
      expect(sent!.sendTestWebhook.lastError).toMatch(/^Refused: .*(127\.0\.0\.1|::1)/);
    }
    expect(target.received).toHaveLength(0);
  });
});
