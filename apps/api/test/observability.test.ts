// What an operator sees of a running API: the request id (taken from a trusted caller or made, answered,
// and on the request's log line) and /metrics (only to the METRICS_TOKEN bearer; request durations by
// route family, rate-limit refusals, job queue depth, webhook lag and email failures read from Postgres).

import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { Email } from '@shelf/db/messaging';
import { WebhookEvent } from '@shelf/db/payments';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestIdMiddleware } from '../src/http/request-id.ts';
import { createLogger } from '../src/logger.ts';
import { startTestApi, type TestApi } from './harness.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const METRICS_TOKEN = 'observability-metrics-token';

type Line = { msg: string; requestId?: string; path?: string; pid?: number };
const lines: Line[] = [];
const logStream = () =>
  new Writable({
    write(chunk, _encoding, done) {
      for (const text of String(chunk).split('\n')) if (text.trim()) lines.push(JSON.parse(text) as Line);
      done();
    },
  });

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi(
    { METRICS_TOKEN, RATE_LIMITS: 'on', SEED_DEMO: 'false', RUN_WORKER: 'false' },
    { log: createLogger('info', logStream()) },
  );
});

afterAll(async () => {
  await api?.close();
});

const metrics = (authorization?: string) =>
  fetch(`${api.url}/metrics`, authorization ? { headers: { authorization } } : {});

function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  const wanted = Object.entries(labels).map(([key, value]) => `${key}="${value}"`);
  for (const line of text.split('\n')) {
    const match = /^([a-z_]+)(?:\{([^}]*)\})? (\S+)$/.exec(line);
    if (!match || match[1] !== name) continue;
    const have = (match[2] ?? '').split(',');
    if (wanted.every((pair) => have.includes(pair))) return Number(match[3]);
  }
  return undefined;
}

describe('request ids', () => {
  it('keeps a well-formed id from this host, answers it and logs the request with it', async () => {
    const response = await api.graphql('{ __typename }', {}, { 'x-request-id': 'edge-7f3a.42_b' });
    expect(response.status).toBe(200);
    const answered = await fetch(`${api.url}/healthz`, { headers: { 'x-request-id': 'edge-7f3a.42_b' } });
    expect(answered.headers.get('x-request-id')).toBe('edge-7f3a.42_b');
    await expect
      .poll(() =>
        lines
          .filter((line) => line.msg === 'request' && line.requestId === 'edge-7f3a.42_b')
          .map((l) => l.path),
      )
      .toContain('/graphql');
    expect(lines.find((line) => line.msg === 'request')?.pid).toBe(process.pid);
  });

  it('makes a new id for a malformed one', async () => {
    const response = await fetch(`${api.url}/healthz`, { headers: { 'x-request-id': 'a b {c}' } });
    expect(response.headers.get('x-request-id')).toMatch(UUID);
  });

  it('makes a new id when the caller is not a trusted hop', async () => {
    const app = express();
    app.set('trust proxy', false);
    app.use(requestIdMiddleware(createLogger('silent')));
    app.get('/', (_req, res) => res.send(String(res.locals.requestId)));
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
      const response = await fetch(url, { headers: { 'x-request-id': 'edge-7f3a.42_b' } });
      expect(await response.text()).toMatch(UUID);
    } finally {
      server.close();
    }
  });
});

describe('/metrics', () => {
  it('is 404 without the token, or with a wrong one', async () => {
    expect((await metrics()).status).toBe(404);
    expect((await metrics(`Bearer ${METRICS_TOKEN}x`)).status).toBe(404);
    expect((await metrics(METRICS_TOKEN)).status).toBe(404);
  });

  it('serves Prometheus text to the token holder, request durations labelled by route family', async () => {
    const token = randomUUID();
    expect((await fetch(`${api.url}/download/${token}`)).status).toBe(404);
    const response = await metrics(`Bearer ${METRICS_TOKEN}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain; version=0.0.4');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const text = await response.text();
    expect(
      sample(text, 'shelf_http_request_duration_seconds_count', {
        route: '/download/:token',
        method: 'GET',
        status: '4xx',
      }),
    ).toBe(1);
    // The GraphQL requests of the request-id tests above.
    expect(
      sample(text, 'shelf_http_request_duration_seconds_count', {
        route: '/graphql',
        method: 'POST',
        status: '2xx',
      }),
    ).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'shelf_http_request_duration_seconds_count', { route: 'other' })).toBeUndefined();
    expect(text).not.toContain(token);
    expect(text).toContain('process_resident_memory_bytes');
  });

  it('counts requests refused by a limit', async () => {
    // The download limit is 30 POSTs a minute per address.
    const answers = [];
    for (let i = 0; i < 31; i++)
      answers.push((await fetch(`${api.url}/download/${randomUUID()}`, { method: 'POST' })).status);
    expect(answers.at(-1)).toBe(429);
    const text = await (await metrics(`Bearer ${METRICS_TOKEN}`)).text();
    expect(sample(text, 'shelf_rate_limit_refusals_total', { route: '/download/:token' })).toBe(1);
  });

  it('reads webhook lag, failed emails and the job queue from Postgres', async () => {
    let text = await (await metrics(`Bearer ${METRICS_TOKEN}`)).text();
    expect(sample(text, 'shelf_webhook_lag_seconds')).toBe(0);
    expect(sample(text, 'shelf_emails_failed')).toBe(0);

    const em = api.em();
    em.create(WebhookEvent, {
      provider: 'stripe',
      eventId: `evt_${randomUUID()}`,
      type: 'checkout.session.completed',
      status: 'failed',
      payload: {},
      receivedAt: new Date(Date.now() - 120_000),
    });
    for (const status of ['failed', 'failed', 'sent'] as const) {
      em.create(Email, {
        to: 'buyer@example.com',
        template: 'delivery',
        subject: 'Your order',
        html: '<p>Hi</p>',
        text: 'Hi',
        idempotencyKey: randomUUID(),
        status,
      });
    }
    await em.flush();
    await api.services.jobs.send('email.send', { emailId: randomUUID() }, { startAfterSeconds: 3600 });

    text = await (await metrics(`Bearer ${METRICS_TOKEN}`)).text();
    expect(sample(text, 'shelf_webhook_lag_seconds')).toBeGreaterThanOrEqual(120);
    expect(sample(text, 'shelf_emails_failed')).toBe(2);
    expect(sample(text, 'shelf_job_queue_depth', { queue: 'email.send' })).toBe(1);
  });
});
