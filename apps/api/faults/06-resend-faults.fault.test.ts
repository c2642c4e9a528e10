// Resend answering 5xx, 429 and slowly, through a fault proxy in front of the Resend stand-in: a 500, a
// 502, a 503, a 429 with Retry-After, a slow answer within the sender's timeout, one past it (the provider
// got the email; the sender gave up), and an answer lost on the way back. Every email ends sent after its
// retries, none is lost, and none is sent twice: the retries carry the row's idempotency key.
import { setTimeout as sleep } from 'node:timers/promises';
import { Email } from '@shelf/db/messaging';
import { createResendSender } from '@shelf/email';
import { type ResendStandIn, startResendStandIn } from '@shelf/test-utils/resend-stand-in';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AppServices } from '../src/app-services.ts';
import { systemContext } from '../src/context.ts';
import { createJobs } from '../src/modules/jobs/jobs.service.ts';
import { createEmailQueue } from '../src/modules/messaging/email-queue.ts';
import { queueEmail } from '../src/modules/messaging/messaging.service.ts';
import { startTestApi, type TestApi } from '../test/harness.ts';
import { type FaultProxy, startFaultProxy } from './support/fault-proxy.ts';
import { checkInvariants } from './support/invariants.ts';

const API_KEY = 're_test_123';
const RETRY_LIMIT = 5;
const EMAILS = 12;

let standIn: ResendStandIn;
let proxy: FaultProxy;
let api: TestApi;
let worker: AppServices;

beforeAll(async () => {
  standIn = await startResendStandIn({ apiKey: API_KEY });
  proxy = await startFaultProxy(standIn.url);
  api = await startTestApi({
    RESEND_API_KEY: API_KEY,
    RESEND_BASE_URL: proxy.url,
    EMAIL_FROM: 'Store <store@example.com>',
    SEED_DEMO: 'false',
    // The worker below runs the queue, with retry delays short enough for a test.
    RUN_WORKER: 'false',
  });
  const jobs = createJobs({ connectionString: api.db.url, log: api.services.log, runWorker: true });
  worker = {
    ...api.services,
    jobs,
    emails: createEmailQueue({
      jobs,
      services: () => worker,
      // A one-second timeout, so a slow answer past it is a timeout the queue must retry.
      sender: createResendSender({ apiKey: API_KEY, baseUrl: proxy.url, timeoutMs: 1000 }),
      retryLimit: RETRY_LIMIT,
      retryDelaySeconds: 1,
      pollingIntervalSeconds: 0.5,
    }),
  };
  await jobs.start();
});

afterAll(async () => {
  await worker?.jobs.stop();
  await api?.close();
  await proxy?.close();
  await standIn?.close();
});

it('sends every email exactly once through 5xx, 429, slow answers, timeouts and lost answers', async () => {
  proxy.script([
    { kind: 'status', status: 500 },
    { kind: 'status', status: 503 },
    { kind: 'status', status: 429, headers: { 'retry-after': '1' } },
    { kind: 'slow', delayMs: 400 },
    { kind: 'slow', delayMs: 2500 },
    { kind: 'drop-response' },
    { kind: 'status', status: 502 },
    { kind: 'drop-response' },
    { kind: 'status', status: 500 },
  ]);
  const ctx = systemContext(worker, 'resend-faults');
  const keys = Array.from({ length: EMAILS }, (_, i) => `delivery:fault-${i}`);
  await Promise.all(
    keys.map((key) =>
      queueEmail(ctx, {
        to: 'buyer@example.com',
        template: 'delivery',
        subject: `Your order ${key}`,
        html: `<p>Thanks! <a href="https://shop.example.com/download/${key}">Download</a></p>`,
        text: `Thanks! https://shop.example.com/download/${key}`,
        idempotencyKey: key,
      }),
    ),
  );

  const deadline = Date.now() + 60_000;
  let queued = EMAILS;
  while (Date.now() < deadline) {
    queued = await api.em().count(Email, { status: 'queued' });
    if (queued === 0) break;
    await sleep(250);
  }
  expect(queued).toBe(0);

  // Every fault was served.
  for (const kind of ['status', 'slow', 'drop-response'] as const) expect(proxy.applied).toContain(kind);
  expect(proxy.applied.length).toBeGreaterThan(EMAILS);

  const rows = await api.em().find(Email, {});
  expect(rows).toHaveLength(EMAILS);
  for (const row of rows) {
    expect(row.status).toBe('sent');
    const delivered = standIn.emails.filter((email) => email.idempotencyKey === row.idempotencyKey);
    // Resend holds it once whatever reached it, and the row names that one email.
    expect(delivered).toHaveLength(1);
    expect(row.providerMessageId).toBe(delivered[0]!.id);
  }
  expect(new Set(standIn.emails.map((email) => email.idempotencyKey))).toEqual(new Set(keys));
  expect(standIn.emails).toHaveLength(EMAILS);
  // Some emails needed more than one attempt, and none ran out.
  expect(rows.some((row) => row.attempts > 1)).toBe(true);
  expect(rows.every((row) => row.attempts <= RETRY_LIMIT + 1)).toBe(true);

  await checkInvariants(api, { emailsSettled: true, maxEmailAttempts: RETRY_LIMIT + 1 });
});
