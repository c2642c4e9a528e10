// The receiver as Shelf reaches it: real HTTP requests signed with the `standardwebhooks` package, as
// Shelf signs its deliveries. A genuine delivery gets 204 and reaches the handler once; a tampered body,
// a wrong secret, a missing signature and a stale timestamp get 400 and reach nothing.
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createWebhookReceiver, type ShelfEvent } from './receiver.ts';

const secret = `whsec_${randomBytes(24).toString('base64')}`;
const signer = new Webhook(secret);
const received: Array<{ event: ShelfEvent; id: string }> = [];
let server: Server;
let url: string;

const payload = JSON.stringify({
  type: 'order.paid',
  timestamp: '2026-12-02T10:00:00.000Z',
  data: { orderId: '0193a6b2-0000-7000-8000-000000000001', number: 1001 },
});

function signed(
  body: string,
  options: { id?: string; at?: Date; by?: Webhook } = {},
): Record<string, string> {
  const id = options.id ?? `msg_${randomBytes(8).toString('hex')}`;
  const at = options.at ?? new Date();
  return {
    'content-type': 'application/json',
    'webhook-id': id,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': (options.by ?? signer).sign(id, at, body),
  };
}

const post = (body: string, headers: Record<string, string>) => fetch(url, { method: 'POST', headers, body });

beforeAll(async () => {
  server = createWebhookReceiver({ secret, onEvent: (event, id) => void received.push({ event, id }) });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhooks/shelf`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

beforeEach(() => {
  received.length = 0;
});

describe('the webhook receiver', () => {
  it('answers 204 to a delivery signed with the secret and hands over the event', async () => {
    const response = await post(payload, signed(payload, { id: 'msg_genuine' }));
    expect(response.status).toBe(204);
    expect(received).toEqual([{ id: 'msg_genuine', event: JSON.parse(payload) }]);
  });

  it('answers 400 to a body changed after signing', async () => {
    const headers = signed(payload);
    const tampered = payload.replace('1001', '1002');
    const response = await post(tampered, headers);
    expect(response.status).toBe(400);
    expect(received).toEqual([]);
  });

  it('answers 400 to a timestamp older than the tolerance, even with a valid signature for it', async () => {
    const response = await post(payload, signed(payload, { at: new Date(Date.now() - 10 * 60 * 1000) }));
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/timestamp/i);
    expect(received).toEqual([]);
  });

  it('answers 400 to another secret and to a delivery without signature headers', async () => {
    const stranger = new Webhook(`whsec_${randomBytes(24).toString('base64')}`);
    expect((await post(payload, signed(payload, { by: stranger }))).status).toBe(400);
    expect((await post(payload, { 'content-type': 'application/json' })).status).toBe(400);
    expect(received).toEqual([]);
  });
});
