// A tiny receiver for Shelf's outbound webhooks: it verifies each delivery's Standard Webhooks signature
// (webhook-id, webhook-timestamp, webhook-signature) on the raw body with the `standardwebhooks` package,
// answers 204 to a genuine one and 400 to anything else, and prints the event. Run it with `pnpm start`
// in this folder (README.md); copy `createWebhookReceiver` into your own server.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { pathToFileURL } from 'node:url';
import { Webhook } from 'standardwebhooks';

/** A verified event: its dotted type (`order.paid`), when it happened and what it is about. */
export type ShelfEvent = { type: string; timestamp?: string; data?: unknown };

export type ReceiverOptions = {
  /** The endpoint's signing secret, shown once when it was created (`whsec_…`). */
  secret: string;
  /** Called once per verified delivery, before the 204. `id` is the delivery's webhook-id. */
  onEvent: (event: ShelfEvent, id: string) => void | Promise<void>;
  /** The largest body accepted, in bytes. */
  maxBodyBytes?: number;
};

async function readRawBody(request: IncomingMessage, limit: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function header(request: IncomingMessage, name: string): string {
  const value = request.headers[name];
  return Array.isArray(value) ? (value[0] ?? '') : (value ?? '');
}

export function createWebhookReceiver(options: ReceiverOptions): Server {
  const webhook = new Webhook(options.secret);
  const limit = options.maxBodyBytes ?? 1024 * 1024;
  return createServer(async (request, response) => {
    if (request.method !== 'POST') {
      response.writeHead(405, { allow: 'POST', 'content-type': 'text/plain' }).end('POST only\n');
      return;
    }
    // The signature covers the exact bytes sent: verify the raw body, never a re-serialised JSON.parse.
    const body = await readRawBody(request, limit);
    if (!body) {
      response.writeHead(413, { 'content-type': 'text/plain' }).end('Body too large\n');
      return;
    }
    const headers = {
      'webhook-id': header(request, 'webhook-id'),
      'webhook-timestamp': header(request, 'webhook-timestamp'),
      'webhook-signature': header(request, 'webhook-signature'),
    };
    let event: ShelfEvent;
    try {
      // Throws on a missing or wrong signature, and on a timestamp more than 5 minutes off (replays).
      event = webhook.verify(body, headers) as ShelfEvent;
    } catch (error) {
      response.writeHead(400, { 'content-type': 'text/plain' }).end(`${(error as Error).message}\n`);
      return;
    }
    try {
      await options.onEvent(event, headers['webhook-id']);
    } catch (error) {
      // Anything but 2xx makes Shelf retry the delivery later.
      console.error(error);
      response.writeHead(500, { 'content-type': 'text/plain' }).end('Handler failed\n');
      return;
    }
    response.writeHead(204).end();
  });
}

// Started as a program (not imported by a test): read the settings and listen.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const secret = process.env.SHELF_WEBHOOK_SECRET?.trim();
  if (!secret) {
    console.error(
      'Set SHELF_WEBHOOK_SECRET to the endpoint secret Shelf showed when you created it (whsec_…).',
    );
    process.exit(1);
  }
  const port = Number(process.env.PORT || 8787);
  const server = createWebhookReceiver({
    secret,
    onEvent: (event, id) => {
      console.log(`${new Date().toISOString()}  ${event.type}  (${id})`);
      console.log(JSON.stringify(event.data ?? event, null, 2));
    },
  });
  server.listen(port, () => console.log(`Listening for Shelf webhooks on http://localhost:${port}/`));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      server.close();
      // Senders keep connections open between deliveries: let the idle ones go now.
      server.closeIdleConnections();
    });
  }
}
