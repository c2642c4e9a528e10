// A local HTTP receiver for outbound webhooks: records every request and verifies its signature with the
// standardwebhooks package, as a creator's own endpoint would. `answer` decides each response.
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

export type ReceivedWebhook = {
  id: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** The parsed message when the signature verified with the current secret, else null. */
  verified: { type: string; timestamp: string; data: Record<string, unknown> } | null;
};

export type WebhookReceiver = {
  url: string;
  port: number;
  received: ReceivedWebhook[];
  /** The secret to verify with (set once the endpoint is created). */
  secret: string | null;
  answer: (request: ReceivedWebhook, index: number) => { status: number; body?: string };
  waitFor(count: number, timeoutMs?: number): Promise<ReceivedWebhook[]>;
  close(): Promise<void>;
};

export async function startWebhookReceiver(path = '/hooks'): Promise<WebhookReceiver> {
  const receiver = {
    received: [] as ReceivedWebhook[],
    secret: null as string | null,
    answer: (() => ({ status: 204 })) as WebhookReceiver['answer'],
  };
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      let verified: ReceivedWebhook['verified'] = null;
      if (receiver.secret) {
        try {
          verified = new Webhook(receiver.secret).verify(
            body,
            request.headers as Record<string, string>,
          ) as ReceivedWebhook['verified'];
        } catch {
          verified = null;
        }
      }
      const entry = { id: String(request.headers['webhook-id']), headers: request.headers, body, verified };
      const index = receiver.received.push(entry) - 1;
      const { status, body: answerBody } = receiver.answer(entry, index);
      response.writeHead(status, { 'content-type': 'text/plain' });
      response.end(answerBody ?? '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(receiver, {
    port,
    url: `http://127.0.0.1:${port}${path}`,
    async waitFor(count: number, timeoutMs = 20_000) {
      const deadline = Date.now() + timeoutMs;
      while (receiver.received.length < count) {
        if (Date.now() > deadline) {
          throw new Error(`expected ${count} webhooks, received ${receiver.received.length}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      return receiver.received;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}
