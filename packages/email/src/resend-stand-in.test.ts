import { type ResendStandIn, startResendStandIn } from '@shelf/test-utils/resend-stand-in';
import { afterEach, describe, expect, it } from 'vitest';

const email = { from: 'shop@example.com', to: 'ada@example.com', subject: 'Hi', text: 'Hello' };

describe('startResendStandIn', () => {
  let standIn: ResendStandIn | undefined;

  afterEach(async () => {
    await standIn?.close();
    standIn = undefined;
  });

  async function post(path: string, body: unknown, headers: Record<string, string> = {}) {
    const response = await fetch(`${standIn!.url}${path}`, {
      method: 'POST',
      headers: { authorization: 'Bearer re_key', 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
    const text = await response.text();
    return {
      status: response.status,
      headers: response.headers,
      body: JSON.parse(text) as Record<string, unknown>,
    };
  }

  it('listens on 127.0.0.1 and stores an accepted email', async () => {
    standIn = await startResendStandIn();
    expect(standIn.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await post('/emails', email);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ id: expect.any(String) });
    expect(standIn.emails).toMatchObject([
      { id: response.body.id, to: ['ada@example.com'], idempotencyKey: null },
    ]);
  });

  it('answers like Resend when the Authorization header is missing', async () => {
    standIn = await startResendStandIn();
    const response = await fetch(`${standIn.url}/emails`, { method: 'POST', body: JSON.stringify(email) });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      statusCode: 401,
      name: 'missing_api_key',
      message: 'Missing API key in the authorization header.',
    });
    expect(standIn.emails).toHaveLength(0);
  });

  it('rejects a missing field with a 422', async () => {
    standIn = await startResendStandIn();
    const response = await post('/emails', { ...email, to: undefined });
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({ statusCode: 422, name: 'missing_required_field' });
  });

  it('serves queued failures first, in order, with their headers', async () => {
    standIn = await startResendStandIn({
      failures: [{ status: 429 }, { status: 503, headers: { 'retry-after': '7' } }],
    });
    standIn.failNext(422, { statusCode: 422, name: 'validation_error', message: 'Bad from.' });

    const rateLimited = await post('/emails', email);
    expect(rateLimited.status).toBe(429);
    expect(rateLimited.headers.get('retry-after')).toBe('1');
    expect(rateLimited.body).toMatchObject({ statusCode: 429, name: 'rate_limit_exceeded' });
    const unavailable = await post('/emails', email);
    expect(unavailable.status).toBe(503);
    expect(unavailable.headers.get('retry-after')).toBe('7');
    expect((await post('/emails', email)).body).toEqual({
      statusCode: 422,
      name: 'validation_error',
      message: 'Bad from.',
    });
    expect((await post('/emails', email)).status).toBe(200);
    expect(standIn.requests).toHaveLength(4);
    expect(standIn.emails).toHaveLength(1);
  });

  it('replays a repeated idempotency key and refuses it with another payload', async () => {
    standIn = await startResendStandIn();
    const first = await post('/emails', email, { 'idempotency-key': 'k1' });
    const again = await post('/emails', email, { 'idempotency-key': 'k1' });
    const changed = await post('/emails', { ...email, subject: 'Other' }, { 'idempotency-key': 'k1' });
    expect(again.body).toEqual(first.body);
    expect(changed.status).toBe(409);
    expect(changed.body).toMatchObject({ name: 'invalid_idempotent_request' });
    expect(standIn.emails).toHaveLength(1);
  });

  it('answers unknown endpoints with Resend not_found', async () => {
    standIn = await startResendStandIn();
    const response = await post('/domains', {});
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({ name: 'not_found' });
  });
});
