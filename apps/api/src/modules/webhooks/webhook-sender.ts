// One signed HTTP POST of a webhook message (Standard Webhooks): `webhook-id`, `webhook-timestamp` and
// `webhook-signature` headers over the exact body sent. The connection goes only to the addresses the
// URL guard checked (webhook-url-guard.ts), redirects are not followed (a 3xx is a failed attempt), and
// the answer is cut to its first bytes for the delivery log.
import http from 'node:http';
import https from 'node:https';
import { Webhook } from 'standardwebhooks';
import {
  pinnedLookup,
  type Resolve,
  resolveSafeAddresses,
  UnsafeTargetError,
  urlHost,
} from './webhook-url-guard.ts';

export const RESPONSE_LOG_BYTES = 2048;
const DEFAULT_TIMEOUT_MS = 10_000;

export type WebhookMessage = { id: string; timestamp: Date; body: string };

export type SendOutcome = {
  succeeded: boolean;
  statusCode: number | null;
  durationMs: number;
  response: string | null;
  error: string | null;
  /** Nothing was sent: the URL is malformed or the guard refused its address. */
  refused?: true;
};

export type SendOptions = {
  allowPrivate: boolean;
  resolve?: Resolve;
  timeoutMs?: number;
};

export async function sendWebhook(
  target: { url: string; secret: string },
  message: WebhookMessage,
  options: SendOptions,
): Promise<SendOutcome> {
  const started = Date.now();
  const failed = (error: string): SendOutcome => ({
    succeeded: false,
    statusCode: null,
    durationMs: Date.now() - started,
    response: null,
    error,
  });
  const refused = (error: string): SendOutcome => ({ ...failed(error), refused: true });
  let url: URL;
  try {
    url = new URL(target.url);
  } catch {
    return refused('The endpoint URL is not valid.');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return refused('Only http and https URLs are supported.');
  let addresses: Awaited<ReturnType<typeof resolveSafeAddresses>>;
  try {
    addresses = await resolveSafeAddresses(urlHost(url), options);
  } catch (error) {
    if (error instanceof UnsafeTargetError) return refused(`Refused: ${error.message}`);
    return failed(String(error));
  }

  const timestamp = message.timestamp;
  const signature = new Webhook(target.secret).sign(message.id, timestamp, message.body);
  const headers = {
    'content-type': 'application/json',
    'user-agent': 'Shelf-Webhooks/1',
    'webhook-id': message.id,
    'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
    'webhook-signature': signature,
    'content-length': String(Buffer.byteLength(message.body)),
  };
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const transport = url.protocol === 'https:' ? https : http;

  return new Promise<SendOutcome>((resolve) => {
    let settled = false;
    const finish = (outcome: SendOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const request = transport.request(
      url,
      { method: 'POST', headers, lookup: pinnedLookup(addresses) as never, agent: false },
      (response) => {
        const chunks: Buffer[] = [];
        let kept = 0;
        response.on('data', (chunk: Buffer) => {
          if (kept < RESPONSE_LOG_BYTES) {
            chunks.push(chunk.subarray(0, RESPONSE_LOG_BYTES - kept));
            kept += Math.min(chunk.length, RESPONSE_LOG_BYTES - kept);
          }
        });
        const done = () => {
          const statusCode = response.statusCode ?? 0;
          const succeeded = statusCode >= 200 && statusCode < 300;
          finish({
            succeeded,
            statusCode,
            durationMs: Date.now() - started,
            response: Buffer.concat(chunks).toString('utf8'),
            error: succeeded ? null : `The endpoint answered ${statusCode}.`,
          });
        };
        response.on('end', done);
        response.on('error', done);
      },
    );
    const timer = setTimeout(() => {
      request.destroy();
      finish(failed(`No answer within ${Math.round(timeoutMs / 1000)} s.`));
    }, timeoutMs);
    request.on('error', (error) => finish(failed(error.message)));
    request.end(message.body);
  });
}
