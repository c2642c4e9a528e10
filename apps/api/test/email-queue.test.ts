// The email outbox and its delivery queue (ARCHITECTURE.md, "The rules"), against a real API, its own database with
// pg-boss in it, and the Resend stand-in driven by the real resend SDK: emails go out once, transient
// failures are retried with backoff or after Retry-After, permanent ones are dead-lettered with their
// error on the row, and the provider's rate holds across processes.
import type { EntityManager } from '@mikro-orm/postgresql';
import { Email } from '@shelf/db/messaging';
import { type ResendStandIn, startResendStandIn } from '@shelf/test-utils/resend-stand-in';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AppServices } from '../src/app-services.ts';
import { type ServiceContext, systemContext, withTransaction } from '../src/context.ts';
import { createJobs } from '../src/modules/jobs/jobs.service.ts';
import { createEmailQueue } from '../src/modules/messaging/email-queue.ts';
import { createEmailSender } from '../src/modules/messaging/email-sender.ts';
import { queueEmail, resendEmail } from '../src/modules/messaging/messaging.service.ts';
import { postponeSlot } from '../src/modules/messaging/rate-limit-slot.ts';
import { startTestApi, type TestApi } from './harness.ts';

let standIn: ResendStandIn;
let api: TestApi;
let worker: AppServices;
// When each stand-in request arrived, by index into standIn.requests.
const arrivals: number[] = [];
let arrivalTimer: NodeJS.Timeout;

/**
 * The services of a worker process on the API's database, with its own jobs and email queue: the API's
 * own runs no worker, so these stand for it (and a second one for a second process).
 */
async function startWorkerProcess(target: TestApi): Promise<AppServices> {
  const { config, log } = target.services;
  const jobs = createJobs({ connectionString: target.db.url, log, runWorker: true });
  const services: AppServices = {
    ...target.services,
    jobs,
    emails: createEmailQueue({
      jobs,
      services: () => services,
      sender: createEmailSender(config, log),
      // Small numbers so retries happen within a test; production keeps the defaults.
      retryLimit: 2,
      retryDelaySeconds: 1,
      pollingIntervalSeconds: 0.5,
    }),
  };
  await jobs.start();
  return services;
}

const contextOf = (services: AppServices): ServiceContext => systemContext(services, 'email-queue-test');

/** Stores an email; queueEmail hands it to the services' queue itself. */
async function queueTestEmail(
  ctx: ServiceContext,
  key: string,
  subject = `Your order ${key}`,
): Promise<Email> {
  return queueEmail(ctx, {
    to: 'buyer@example.com',
    template: 'delivery',
    subject,
    html: `<p>Thanks! <a href="https://shop.example.com/download/${key}">Download</a></p>`,
    text: `Thanks! https://shop.example.com/download/${key}`,
    idempotencyKey: key,
  });
}

async function waitForEmail(
  target: TestApi,
  emailId: string,
  until: (email: Email) => boolean = (email) => email.status !== 'queued',
  timeoutMs = 20_000,
): Promise<Email> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const em: EntityManager = target.em();
    const email = await em.findOneOrFail(Email, { id: emailId });
    if (until(email)) return email;
    if (Date.now() > deadline)
      throw new Error(`email ${emailId} still ${email.status} after ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function requestsFor(key: string): number[] {
  return standIn.requests.flatMap((request, index) =>
    request.headers['idempotency-key'] === key ? [index] : [],
  );
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

beforeAll(async () => {
  standIn = await startResendStandIn({ apiKey: 're_test_123' });
  arrivalTimer = setInterval(() => {
    while (arrivals.length < standIn.requests.length) arrivals.push(Date.now());
  }, 2);
  api = await startTestApi({
    RESEND_API_KEY: 're_test_123',
    RESEND_BASE_URL: standIn.url,
    EMAIL_FROM: 'Store <store@example.com>',
    SEED_DEMO: 'false',
    // This file drives its own queue with short retry delays.
    RUN_WORKER: 'false',
  });
  worker = await startWorkerProcess(api);
});

afterAll(async () => {
  await worker?.jobs.stop();
  await api?.close();
  clearInterval(arrivalTimer);
  await standIn?.close();
});

describe('email queue with Resend', () => {
  it('sends a queued email exactly once, with its idempotency key', async () => {
    const queued = await queueTestEmail(contextOf(worker), 'delivery:order-1');
    expect(queued).toMatchObject({ status: 'queued', attempts: 0 });

    const sent = await waitForEmail(api, queued.id);
    expect(sent).toMatchObject({ status: 'sent', attempts: 1, lastError: null });
    expect(sent.sentAt).toBeInstanceOf(Date);
    await sleep(1000);
    const requests = requestsFor('delivery:order-1');
    expect(requests).toHaveLength(1);
    expect(standIn.requests[requests[0]!]!.headers.authorization).toBe('Bearer re_test_123');
    const delivered = standIn.emails.filter((email) => email.idempotencyKey === 'delivery:order-1');
    expect(delivered).toHaveLength(1);
    expect(delivered[0]).toMatchObject({
      id: sent.providerMessageId,
      from: 'Store <store@example.com>',
      to: ['buyer@example.com'],
      subject: 'Your order delivery:order-1',
      text: 'Thanks! https://shop.example.com/download/delivery:order-1',
    });
  });

  it('retries a 500 with backoff and sends on the next attempt', async () => {
    standIn.failNext(500);
    const queued = await queueTestEmail(contextOf(worker), 'delivery:order-500');

    const failedOnce = await waitForEmail(api, queued.id, (email) => email.attempts >= 1);
    expect(failedOnce.lastError).toContain('internal_server_error');
    const sent = await waitForEmail(api, queued.id);
    expect(sent).toMatchObject({ status: 'sent', attempts: 2, lastError: null });
    expect(requestsFor('delivery:order-500')).toHaveLength(2);
    expect(standIn.emails.filter((email) => email.idempotencyKey === 'delivery:order-500')).toHaveLength(1);
  });

  it('waits for Retry-After after a 429, then sends', async () => {
    standIn.failNext(429, undefined, { 'retry-after': '1' });
    const queued = await queueTestEmail(contextOf(worker), 'delivery:order-429');

    const sent = await waitForEmail(api, queued.id);
    expect(sent).toMatchObject({ status: 'sent', attempts: 2 });
    const [first, second] = requestsFor('delivery:order-429');
    expect(second).toBeDefined();
    expect(arrivals[second!]! - arrivals[first!]!).toBeGreaterThanOrEqual(950);
  });

  it('dead-letters a 422 without retrying, with the error on the row, and can resend it', async () => {
    standIn.failNext(422, {
      statusCode: 422,
      name: 'validation_error',
      message: 'Invalid `to` field.',
    });
    const queued = await queueTestEmail(contextOf(worker), 'delivery:order-422');

    const failed = await waitForEmail(api, queued.id);
    expect(failed).toMatchObject({ status: 'failed', attempts: 1 });
    expect(failed.lastError).toContain('validation_error');
    expect(failed.lastError).toContain('Invalid `to` field.');
    await sleep(2500);
    expect(requestsFor('delivery:order-422')).toHaveLength(1);
    expect((await api.em().findOneOrFail(Email, { id: queued.id })).status).toBe('failed');

    // The dashboard's Resend button: back in the queue with a fresh round of attempts.
    await resendEmail(contextOf(worker), queued.id);
    const sent = await waitForEmail(api, queued.id);
    expect(sent).toMatchObject({ status: 'sent', attempts: 1, lastError: null });
  });

  it('marks an email failed when its retries run out', async () => {
    standIn.failNext(503);
    standIn.failNext(503);
    standIn.failNext(503);
    const queued = await queueTestEmail(contextOf(worker), 'delivery:order-503');

    const failed = await waitForEmail(api, queued.id, undefined, 30_000);
    expect(failed).toMatchObject({ status: 'failed', attempts: 3 });
    expect(failed.lastError).toContain('503');
    expect(requestsFor('delivery:order-503')).toHaveLength(3);
  }, 40_000);

  it('stores and sends an email queued twice under one idempotency key once', async () => {
    const first = await queueTestEmail(contextOf(worker), 'delivery:order-twice');
    const second = await queueTestEmail(contextOf(worker), 'delivery:order-twice', 'A different subject');
    expect(second.id).toBe(first.id);
    expect(second.subject).toBe('Your order delivery:order-twice');
    // Two jobs for one row, as when an enqueue races the sweep.
    await Promise.all([worker.emails.enqueue(first.id), worker.emails.enqueue(second.id)]);

    await waitForEmail(api, first.id);
    await sleep(1500);
    expect(await api.em().count(Email, { idempotencyKey: 'delivery:order-twice' })).toBe(1);
    expect(requestsFor('delivery:order-twice')).toHaveLength(1);
    expect(standIn.emails.filter((email) => email.idempotencyKey === 'delivery:order-twice')).toHaveLength(1);
  });

  it('keeps to 2 requests a second across two worker processes', async () => {
    // A second queue on the same database stands in for a second API process.
    const otherProcess = await startWorkerProcess(api);
    try {
      const keys = Array.from({ length: 6 }, (_, index) => `delivery:rate-${index}`);
      const emails = await Promise.all(
        keys.map((key, index) => queueTestEmail(contextOf(index % 2 ? otherProcess : worker), key)),
      );
      for (const email of emails) expect((await waitForEmail(api, email.id)).status).toBe('sent');

      const times = keys
        .flatMap((key) => requestsFor(key))
        .map((index) => arrivals[index]!)
        .sort((a, b) => a - b);
      expect(times).toHaveLength(6);
      // The limiter spaces the sends; these are arrivals at the stand-in, each moved by its own request's
      // latency (up to a few hundred ms on a loaded 2-core machine). Without the limit all six arrive
      // within a few milliseconds of each other.
      expect(times[5]! - times[0]!).toBeGreaterThanOrEqual(1700);
      // No three requests inside any one second, less that latency.
      for (let i = 0; i + 2 < times.length; i++)
        expect(times[i + 2]! - times[i]!).toBeGreaterThanOrEqual(750);
    } finally {
      await otherProcess.jobs.stop();
    }
  });
});

describe('email queue with the dev outbox', () => {
  let outboxApi: TestApi;

  beforeAll(async () => {
    // The server's own wiring: outbox sender, worker started because RUN_WORKER defaults to true.
    outboxApi = await startTestApi({ SEED_DEMO: 'false' });
  });

  afterAll(async () => {
    await outboxApi?.close();
  });

  it('marks an enqueued email sent without a provider', async () => {
    const queued = await queueTestEmail(contextOf(outboxApi.services), 'magic-link:1');
    const sent = await waitForEmail(outboxApi, queued.id);
    expect(sent).toMatchObject({ status: 'sent', attempts: 1 });
    expect(sent.providerMessageId).toMatch(/^outbox_/);
  });

  it('hands an email stored in a transaction to the queue after commit, and never after a rollback', async () => {
    const enqueued: string[] = [];
    const recording: AppServices = {
      ...outboxApi.services,
      emails: {
        ...outboxApi.services.emails,
        async enqueue(emailId) {
          enqueued.push(emailId);
        },
      },
    };
    const ctx = contextOf(recording);

    const committed = await withTransaction(ctx, async (tx) => {
      const email = await queueTestEmail(tx, 'magic-link:committed');
      expect(enqueued).toEqual([]);
      return email;
    });
    expect(enqueued).toEqual([committed.id]);

    await expect(
      withTransaction(ctx, async (tx) => {
        await queueTestEmail(tx, 'magic-link:rolled-back');
        throw new Error('the order failed');
      }),
    ).rejects.toThrow('the order failed');
    expect(enqueued).toEqual([committed.id]);
    expect(await outboxApi.em().count(Email, { idempotencyKey: 'magic-link:rolled-back' })).toBe(0);
  });

  it('holds no lock or transaction while it waits for a send slot', async () => {
    // Every sender must wait two seconds for its slot; the claimed email is then waiting in the worker.
    await postponeSlot(api.em(), 'email-provider', 2_000);
    const email = await queueTestEmail(contextOf(worker), 'slot-wait');
    await waitForEmail(api, email.id, (row) => row.claimedUntil !== null, 5_000);

    const connection = api.em().getConnection();
    // A row lock would make NOWAIT fail with lock_not_available.
    await connection.transactional(async (trx) => {
      const locked = await connection.execute(
        'select id from email where id = ? for update nowait',
        [email.id],
        'all',
        trx,
      );
      expect(locked).toHaveLength(1);
    });
    const idle = await connection.execute<Array<{ count: string }>>(
      `select count(*) from pg_stat_activity
       where datname = current_database() and state = 'idle in transaction'`,
    );
    expect(Number(idle[0]?.count)).toBe(0);

    const sent = await waitForEmail(api, email.id);
    expect(sent.status).toBe('sent');
    expect(sent.claimedUntil).toBeNull();
  });

  it('sweeps up an email whose enqueue never happened', async () => {
    // As if the process died between commit and enqueue: the after-commit task never runs.
    const crashed: ServiceContext = Object.assign(contextOf(outboxApi.services), { afterCommit: () => {} });
    const stranded = await queueTestEmail(crashed, 'magic-link:stranded');
    // A minute ago.
    await outboxApi
      .em()
      .getConnection()
      .execute(`update email set created_at = now() - interval '1 minute' where id = ?`, [stranded.id]);
    const fresh = await queueTestEmail(crashed, 'magic-link:fresh');

    expect(await outboxApi.services.emails.sweep()).toBe(1);
    expect(await outboxApi.services.emails.sweep()).toBe(0);
    expect((await waitForEmail(outboxApi, stranded.id)).status).toBe('sent');
    expect((await outboxApi.em().findOneOrFail(Email, { id: fresh.id })).status).toBe('queued');
  });
});
