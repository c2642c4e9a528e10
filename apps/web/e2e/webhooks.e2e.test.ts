// The owner's webhooks page in a real browser: registers an endpoint at a receiver on this machine, copies
// the secret shown once, sends a test event and finds it in the delivery log as succeeded, while the
// receiver verified the signature with the standardwebhooks package.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Stack, screenshotPath, startStack, waitForPage } from './support/stack.ts';

let stack: Stack;
let receiver: Server;
let receiverUrl: string;
let secret = '';
const received: Array<{ id: string; verified: boolean; type: string | null }> = [];

beforeAll(async () => {
  // The receiver listens on 127.0.0.1, which only WEBHOOKS_ALLOW_PRIVATE lets endpoints reach.
  stack = await startStack({ apiEnv: { WEBHOOKS_ALLOW_PRIVATE: 'true' } });
  receiver = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      let type: string | null = null;
      try {
        type = (
          new Webhook(secret).verify(body, request.headers as Record<string, string>) as { type: string }
        ).type;
      } catch {
        type = null;
      }
      received.push({ id: String(request.headers['webhook-id']), verified: type !== null, type });
      response.writeHead(type ? 204 : 400).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => receiver?.close(() => resolve()));
  await stack?.close();
});

async function signIn(page: Page): Promise<void> {
  await page.goto(`${stack.webUrl}/dashboard/webhooks`);
  await waitForPage(page, /\/dashboard\/login\?redirectTo=%2Fdashboard%2Fwebhooks$/);
  await page.getByLabel('Email address').fill(stack.owner.email);
  await page.getByLabel('Password').fill(stack.owner.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await waitForPage(page, `${stack.webUrl}/dashboard/webhooks`);
}

describe('the webhooks page', () => {
  it('registers an endpoint, sends a test event and shows it delivered, signed', async () => {
    const owner = await stack.newPage();
    await signIn(owner);

    await owner.getByLabel('URL').fill(receiverUrl);
    await owner.getByLabel('Description (optional)').fill('Local receiver');
    await owner.getByRole('checkbox', { name: /order\.paid/ }).check();
    await owner.getByRole('button', { name: 'Add endpoint' }).click();
    const shown = owner.getByTestId('webhook-secret');
    await shown.waitFor();
    secret = (await shown.textContent())?.trim() ?? '';
    expect(secret).toMatch(/^whsec_/);
    await owner.screenshot({ path: screenshotPath('dashboard-webhooks.png'), fullPage: true });

    await owner.getByRole('link', { name: receiverUrl }).first().click();
    await waitForPage(owner, /\/dashboard\/webhooks\/[0-9a-f-]{36}$/);
    await owner.getByRole('button', { name: 'Send test event' }).click();
    await owner.getByText(/Test event delivered \(HTTP 204\)/).waitFor();

    const log = owner.getByRole('table', { name: 'Delivery log' });
    // The log is read again after the action; waitFor fails the test if the row never shows.
    await log.getByText('webhook.test', { exact: true }).waitFor();
    await log.getByText('succeeded', { exact: true }).waitFor();
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ verified: true, type: 'webhook.test' });
    const row = log.locator(`tr[data-delivery-id="${received[0]!.id}"]`);
    await row.getByText('204', { exact: true }).waitFor();
    await owner.screenshot({ path: screenshotPath('dashboard-webhook-endpoint.png'), fullPage: true });
  });
});
