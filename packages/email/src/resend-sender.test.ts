import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:net';
import { type ResendStandIn, startResendStandIn } from '@shelf/test-utils/resend-stand-in';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EmailMessage } from './email-message.ts';
import { createResendSender } from './resend-sender.ts';

const apiKey = 're_test_123';

function buildMessage(overrides: Partial<EmailMessage> = {}): EmailMessage {
  return {
    to: 'ada@example.com',
    from: 'Pixel Shop <shop@example.com>',
    subject: 'Your Pixel Shop order SHELF-1042',
    html: '<p>Your downloads are ready.</p>',
    text: 'Your downloads are ready.',
    idempotencyKey: 'email-8f14e45f',
    tags: { template: 'delivery', order: 'SHELF-1042' },
    ...overrides,
  };
}

// A port nothing listens on, to see what the SDK reports when no response ever arrives.
async function findClosedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

describe('createResendSender against the Resend stand-in', () => {
  let standIn: ResendStandIn;

  beforeEach(async () => {
    standIn = await startResendStandIn({ apiKey });
  });

  afterEach(async () => {
    await standIn.close();
  });

  it('sends the email through the real SDK with the key as Bearer and the idempotency key as a header', async () => {
    const sender = createResendSender({ apiKey, baseUrl: standIn.url });
    const result = await sender.send(buildMessage());

    expect(result.ok).toBe(true);
    expect(standIn.emails).toHaveLength(1);
    const [email] = standIn.emails;
    expect(result).toEqual({ ok: true, providerMessageId: email!.id });
    expect(email).toMatchObject({
      idempotencyKey: 'email-8f14e45f',
      from: 'Pixel Shop <shop@example.com>',
      to: ['ada@example.com'],
      subject: 'Your Pixel Shop order SHELF-1042',
      html: '<p>Your downloads are ready.</p>',
      text: 'Your downloads are ready.',
      tags: [
        { name: 'template', value: 'delivery' },
        { name: 'order', value: 'SHELF-1042' },
      ],
    });
    const [request] = standIn.requests;
    expect(request).toMatchObject({ method: 'POST', path: '/emails' });
    expect(request!.headers.authorization).toBe(`Bearer ${apiKey}`);
    expect(request!.headers['idempotency-key']).toBe('email-8f14e45f');
  });

  it('stores one email for a repeated idempotency key and returns the same id', async () => {
    const sender = createResendSender({ apiKey, baseUrl: standIn.url });
    const first = await sender.send(buildMessage());
    const second = await sender.send(buildMessage());

    expect(first.ok && second.ok).toBe(true);
    expect(second).toEqual(first);
    expect(standIn.requests).toHaveLength(2);
    expect(standIn.emails).toHaveLength(1);
  });

  it('classifies a 429 as retryable and honours its Retry-After header', async () => {
    standIn.failNext(
      429,
      {
        statusCode: 429,
        name: 'rate_limit_exceeded',
        message: 'Too many requests. You can only make 2 requests per second.',
      },
      { 'retry-after': '3' },
    );
    const sender = createResendSender({ apiKey, baseUrl: standIn.url });
    const result = await sender.send(buildMessage());

    expect(result).toEqual({
      ok: false,
      retryable: true,
      retryAfterMs: 3000,
      statusCode: 429,
      error: 'Resend rate_limit_exceeded: Too many requests. You can only make 2 requests per second.',
    });
    expect(standIn.emails).toHaveLength(0);
  });

  it('classifies a 500 as retryable, and the retry with the same key then succeeds once', async () => {
    standIn.failNext(500);
    const sender = createResendSender({ apiKey, baseUrl: standIn.url });
    const failed = await sender.send(buildMessage());
    expect(failed).toMatchObject({ ok: false, retryable: true, statusCode: 500 });
    expect(failed).not.toHaveProperty('retryAfterMs');

    const retried = await sender.send(buildMessage());
    expect(retried.ok).toBe(true);
    expect(standIn.emails).toHaveLength(1);
  });

  it('classifies a non-JSON 502 from a proxy as retryable', async () => {
    standIn.failNext(502, '<html><body>Bad gateway</body></html>');
    const sender = createResendSender({ apiKey, baseUrl: standIn.url });
    expect(await sender.send(buildMessage())).toMatchObject({ ok: false, retryable: true, statusCode: 502 });
  });

  it('classifies a 422 validation error as not retryable', async () => {
    standIn.failNext(422, {
      statusCode: 422,
      name: 'validation_error',
      message: 'Invalid `to` field. The email address needs to follow the `email@example.com` format.',
    });
    const sender = createResendSender({ apiKey, baseUrl: standIn.url });
    const result = await sender.send(buildMessage());

    expect(result).toEqual({
      ok: false,
      retryable: false,
      statusCode: 422,
      error:
        'Resend validation_error: Invalid `to` field. The email address needs to follow the `email@example.com` format.',
    });
  });

  it('classifies a rejected API key as not retryable', async () => {
    const sender = createResendSender({ apiKey: 're_wrong', baseUrl: standIn.url });
    expect(await sender.send(buildMessage())).toMatchObject({
      ok: false,
      retryable: false,
      statusCode: 403,
      error: 'Resend invalid_api_key: API key is invalid.',
    });
  });

  it('refuses to reuse an idempotency key for a different email', async () => {
    const sender = createResendSender({ apiKey, baseUrl: standIn.url });
    await sender.send(buildMessage());
    const result = await sender.send(buildMessage({ subject: 'Something else' }));
    expect(result).toMatchObject({ ok: false, retryable: false, statusCode: 409 });
    expect(standIn.emails).toHaveLength(1);
  });

  it('reports a request that never got a response as retryable', async () => {
    const sender = createResendSender({ apiKey, baseUrl: `http://127.0.0.1:${await findClosedPort()}` });
    const result = await sender.send(buildMessage());
    expect(result).toMatchObject({ ok: false, retryable: true });
    expect(result).not.toHaveProperty('statusCode');
  });

  it('gives up on a request that hangs past the timeout, as retryable', async () => {
    const hanging = createHttpServer(() => {});
    await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', resolve));
    const address = hanging.address();
    if (address === null || typeof address === 'string') throw new Error('no port');
    try {
      const sender = createResendSender({
        apiKey,
        baseUrl: `http://127.0.0.1:${address.port}`,
        timeoutMs: 200,
      });
      expect(await sender.send(buildMessage())).toMatchObject({ ok: false, retryable: true });
    } finally {
      hanging.closeAllConnections();
      await new Promise<void>((resolve) => hanging.close(() => resolve()));
    }
  });

  it('needs an API key rather than falling back to the environment', () => {
    expect(() => createResendSender({ apiKey: '' })).toThrow(/apiKey/);
  });

  it('turns tag values Resend would reject into safe ones instead of losing the email', async () => {
    const sender = createResendSender({ apiKey, baseUrl: standIn.url });
    await sender.send(buildMessage({ tags: { 'order number': '#1042 (gift)' } }));
    expect(standIn.emails[0]!.tags).toEqual([{ name: 'order_number', value: '_1042__gift_' }]);
  });
});
