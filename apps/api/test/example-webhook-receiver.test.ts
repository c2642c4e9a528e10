// examples/webhook-receiver run as its README says, against a real API's outbound webhooks: the receiver
// (started with tsx, as `pnpm start` in its folder does) gets the endpoint's secret, Shelf's test message
// reaches it signed and is answered 204 and printed; after the secret is rotated, the receiver with the
// old one refuses Shelf's next message with 400, which Shelf records.
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { findFreePort } from '@shelf/test-utils/free-port';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './harness.ts';

const exampleDir = join(import.meta.dirname, '../../../examples/webhook-receiver');
const tsx = join(import.meta.dirname, '../node_modules/.bin/tsx');

let api: TestApi;
let auth: Record<string, string>;
let receiver: { child: ChildProcess; output: () => string } | undefined;

function startReceiver(secret: string, port: number): { child: ChildProcess; output: () => string } {
  let output = '';
  const child = spawn(tsx, ['receiver.ts'], {
    cwd: exampleDir,
    env: { ...process.env, SHELF_WEBHOOK_SECRET: secret, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  return { child, output: () => output };
}

async function waitFor(check: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}:\n${receiver?.output()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

beforeAll(async () => {
  // The receiver listens on this machine: private addresses allowed, as the README says for local use.
  api = await startTestApi({ WEBHOOKS_ALLOW_PRIVATE: 'true' });
  const { data } = await api.graphql<{ login: { token: string } }>(
    'mutation { login(email: "owner@example.com", password: "correct horse battery staple") { token } }',
  );
  auth = { authorization: `Bearer ${data!.login.token}` };
});

afterAll(async () => {
  const child = receiver?.child;
  if (child && child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.kill('SIGTERM');
    await exited;
    clearTimeout(force);
  }
  await api?.close();
});

type Delivery = { eventType: string; lastStatusCode: number | null };

async function sendTest(endpointId: string): Promise<Delivery> {
  const { data, errors } = await api.graphql<{ sendTestWebhook: Delivery }>(
    'mutation($id: ID!) { sendTestWebhook(endpointId: $id) { eventType lastStatusCode } }',
    { id: endpointId },
    auth,
  );
  expect(errors).toBeUndefined();
  return data!.sendTestWebhook;
}

describe('examples/webhook-receiver', () => {
  it("verifies Shelf's signed messages with the endpoint secret, and refuses them with another", async () => {
    const port = await findFreePort();
    const { data, errors } = await api.graphql<{
      createWebhookEndpoint: { endpoint: { id: string }; secret: string };
    }>(
      `mutation($input: CreateWebhookEndpointInput!) {
        createWebhookEndpoint(input: $input) { endpoint { id } secret }
      }`,
      { input: { url: `http://127.0.0.1:${port}/`, events: ['order.paid'] } },
      auth,
    );
    expect(errors).toBeUndefined();
    const { endpoint, secret } = data!.createWebhookEndpoint;
    expect(secret).toMatch(/^whsec_/);

    receiver = startReceiver(secret, port);
    await waitFor(() => receiver!.output().includes('Listening for Shelf webhooks'), 'the receiver');

    expect(await sendTest(endpoint.id)).toEqual({ eventType: 'webhook.test', lastStatusCode: 204 });
    await waitFor(() => receiver!.output().includes('webhook.test'), 'the printed event');

    const rotated = await api.graphql(
      'mutation($id: ID!) { rotateWebhookSecret(id: $id) { secret } }',
      {
        id: endpoint.id,
      },
      auth,
    );
    expect(rotated.errors).toBeUndefined();
    // Signed with the new secret, which this receiver does not have.
    expect(await sendTest(endpoint.id)).toEqual({ eventType: 'webhook.test', lastStatusCode: 400 });
  });
});
