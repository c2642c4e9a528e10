// Delivers the email outbox (DESIGN rule 8) with pg-boss, a maintained Postgres job queue in its own
// `pgboss` schema of the same database. One job per send of one email row; the worker claims the row,
// waits for a send slot shared by every process (the provider's per-account rate), sends with the row's
// idempotency key and records what happened on the row, where the dashboard reads it:
// - accepted: sent;
// - retryable (429, 5xx, network): the attempt is recorded and the job retried with backoff, or
//   re-sent after the provider's Retry-After;
// - permanent (validation and the like) or out of attempts: failed, the dead letter a human looks at.
// A sweep re-enqueues rows still queued without a job, which covers a crash between commit and enqueue.
import { setTimeout as sleep } from 'node:timers/promises';
import { LockMode } from '@mikro-orm/core';
import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '@shelf/config';
import { Email } from '@shelf/db';
import type { EmailSender, SendResult } from '@shelf/email';
import PgBoss from 'pg-boss';
import type { Logger } from '../../logger.ts';
import { postponeSlot, reserveSlot } from './rate-limit-slot.ts';

export type EmailQueue = {
  /** Starts the workers and the sweep. Only processes that run the background worker call it. */
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Hands a committed email row to the queue. Never throws: the sweep covers a failed enqueue. */
  enqueue(emailId: string): Promise<void>;
  /** Enqueues queued rows older than the sweep age that have no job; returns how many. */
  sweep(): Promise<number>;
};

export type EmailQueueOptions = {
  orm: MikroORM;
  log: Logger;
  config: Pick<Config, 'email' | 'runWorker'>;
  sender: EmailSender;
  /** The database pg-boss keeps its schema in; defaults to the ORM's. */
  connectionString?: string;
  /** Retries after the first attempt; also caps attempts on the row at retryLimit + 1. */
  retryLimit?: number;
  /** Base of the exponential backoff between retries. */
  retryDelaySeconds?: number;
  pollingIntervalSeconds?: number;
  sweepIntervalSeconds?: number;
  /** Rows younger than this are still on their way from commit to enqueue. */
  sweepAfterSeconds?: number;
  /** Concurrent jobs per process; the shared send slot keeps the rate whatever this is. */
  workers?: number;
};

type EmailJob = { emailId: string };

type AttemptOutcome =
  | { kind: 'skipped' }
  | { kind: 'sent' }
  | { kind: 'failed' }
  | { kind: 'retry'; failure: Extract<SendResult, { ok: false }> };

const QUEUE = 'email.send';
const PGBOSS_SCHEMA = 'pgboss';
const RATE_LIMIT_NAME = 'email-provider';
// Covers the wait for a send slot and the sender's own 30 s timeout with room to spare.
const JOB_EXPIRE_SECONDS = 300;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function createEmailQueue(options: EmailQueueOptions): EmailQueue {
  const { orm, log, config, sender } = options;
  const retryLimit = options.retryLimit ?? 8;
  const maxAttempts = retryLimit + 1;
  const slotIntervalMs = 1000 / config.email.ratePerSecond;
  const jobOptions = {
    retryLimit,
    retryDelay: options.retryDelaySeconds ?? 30,
    retryBackoff: true,
    expireInSeconds: JOB_EXPIRE_SECONDS,
  };
  const boss = new PgBoss({
    connectionString: options.connectionString ?? orm.config.get('clientUrl'),
    schema: PGBOSS_SCHEMA,
    max: 4,
    // Queue maintenance (expiring stuck jobs, archiving) belongs to worker processes.
    supervise: config.runWorker,
    schedule: false,
    application_name: 'shelf-email-queue',
  });
  // pg-boss reports connection trouble as events; unhandled, an 'error' event would crash the process.
  // Log the message and code only: pg errors carry their whole client object. A database shutting down
  // (57P01, e.g. Ctrl-C reaching Postgres first) is expected during a stop, not an error.
  boss.on('error', (error: Error & { code?: string }) => {
    const summary = { component: 'email-queue', code: error.code, message: error.message };
    if (error.code === '57P01' || stopping) log.warn(summary, 'email queue lost its database connection');
    else log.error(summary, 'email queue error');
  });

  let ready: Promise<void> | undefined;
  let stopping: Promise<void> | undefined;
  let sweepTimer: NodeJS.Timeout | undefined;
  const workerIds: string[] = [];

  // Lazy, so that a process without the worker starts pg-boss only when it first enqueues; a failed
  // start is forgotten so the next call tries again.
  function ensureReady(): Promise<void> {
    ready ??= (async () => {
      await boss.start();
      await boss.createQueue(QUEUE, { name: QUEUE, ...jobOptions });
    })().catch((error: unknown) => {
      ready = undefined;
      throw error;
    });
    return ready;
  }

  async function send(emailId: string, startAfterSeconds?: number): Promise<void> {
    // Job-level options, so retry settings of this release win over whatever the queue was created with.
    await boss.send(QUEUE, { emailId } satisfies EmailJob, {
      ...jobOptions,
      singletonKey: emailId,
      ...(startAfterSeconds !== undefined && { startAfter: startAfterSeconds }),
    });
  }

  async function attempt(job: PgBoss.JobWithMetadata<EmailJob>): Promise<AttemptOutcome> {
    const { emailId } = job.data;
    // The row stays locked for the whole send: a second job for the same email (an enqueue racing the
    // sweep) skips it instead of sending it twice. SKIP LOCKED, so that job is not held up either.
    return orm.em.fork().transactional(async (tx) => {
      const em = tx as EntityManager;
      const email = await em.findOne(
        Email,
        { id: emailId, status: 'queued' },
        { lockMode: LockMode.PESSIMISTIC_PARTIAL_WRITE },
      );
      if (!email) return { kind: 'skipped' } as const;
      if (email.attempts >= maxAttempts) {
        await recordAttempt(em, emailId, 'failed', {
          lastError: `Gave up after ${email.attempts} attempts. Last error: ${email.lastError ?? 'none'}`,
          countAttempt: false,
        });
        return { kind: 'failed' } as const;
      }

      const waitMs = await reserveSlot(orm.em.fork() as EntityManager, RATE_LIMIT_NAME, slotIntervalMs);
      if (waitMs > 0) await sleep(waitMs);
      const result = await sender.send({
        to: email.to,
        from: config.email.from,
        subject: email.subject,
        html: email.html,
        text: email.text,
        idempotencyKey: email.idempotencyKey,
        tags: { template: email.template },
      });

      if (result.ok) {
        await recordAttempt(em, emailId, 'sent', { providerMessageId: result.providerMessageId });
        log.info({ emailId, template: email.template, attempts: email.attempts + 1 }, 'email sent');
        return { kind: 'sent' } as const;
      }
      const outOfAttempts = job.retryCount >= job.retryLimit || email.attempts + 1 >= maxAttempts;
      if (!result.retryable || outOfAttempts) {
        await recordAttempt(em, emailId, 'failed', { lastError: result.error });
        log.warn(
          { emailId, template: email.template, error: result.error, retryable: result.retryable },
          'email failed; it stays in the outbox as failed',
        );
        return { kind: 'failed' } as const;
      }
      await recordAttempt(em, emailId, 'queued', { lastError: result.error });
      return { kind: 'retry', failure: result } as const;
    });
  }

  async function deliver(job: PgBoss.JobWithMetadata<EmailJob>): Promise<void> {
    if (typeof job.data?.emailId !== 'string' || !UUID.test(job.data.emailId)) {
      log.warn({ jobId: job.id }, 'dropping email job without a valid email id');
      return;
    }
    const outcome = await attempt(job);
    if (outcome.kind !== 'retry') return;
    const { failure } = outcome;
    log.warn(
      { emailId: job.data.emailId, error: failure.error, retryAfterMs: failure.retryAfterMs },
      'email send failed; retrying',
    );
    if (failure.retryAfterMs !== undefined) {
      // The provider said when: hold every sender back that long, and come back then with a new job
      // rather than pg-boss's backoff guess. The row's attempt cap still bounds the total.
      if (failure.statusCode === 429) {
        await postponeSlot(orm.em.fork() as EntityManager, RATE_LIMIT_NAME, failure.retryAfterMs);
      }
      await send(job.data.emailId, Math.max(1, failure.retryAfterMs / 1000));
      return;
    }
    // Thrown after the attempt is committed, so pg-boss schedules the retry with backoff.
    throw new Error(failure.error);
  }

  async function sweep(): Promise<number> {
    await ensureReady();
    const rows = await orm.em.getConnection().execute<Array<{ id: string }>>(
      `select e.id from email e
       where e.status = 'queued'
         and e.created_at < now() - ?::float8 * interval '1 second'
         and not exists (
           select 1 from ${PGBOSS_SCHEMA}.job j
           where j.name = ? and j.singleton_key = e.id::text and j.state < 'completed'
         )
       order by e.created_at
       limit 500`,
      [options.sweepAfterSeconds ?? 30, QUEUE],
    );
    for (const row of rows) await send(row.id);
    if (rows.length > 0) log.info({ count: rows.length }, 'email sweep re-enqueued queued emails');
    return rows.length;
  }

  function sweepQuietly(): void {
    sweep().catch((error: unknown) => log.error({ err: error }, 'email sweep failed'));
  }

  return {
    async start() {
      await ensureReady();
      const workOptions = {
        includeMetadata: true as const,
        batchSize: 1,
        pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2,
      };
      for (let index = 0; index < (options.workers ?? 2); index++) {
        workerIds.push(
          await boss.work<EmailJob>(QUEUE, workOptions, async ([job]) => {
            if (job) await deliver(job);
          }),
        );
      }
      sweepQuietly();
      sweepTimer = setInterval(sweepQuietly, (options.sweepIntervalSeconds ?? 45) * 1000);
      sweepTimer.unref();
    },

    stop() {
      stopping ??= (async () => {
        clearInterval(sweepTimer);
        const started = await ready?.then(
          () => true,
          () => false,
        );
        if (started) await boss.stop({ graceful: true, timeout: 10_000, wait: true });
      })();
      return stopping;
    },

    async enqueue(emailId) {
      try {
        await ensureReady();
        await send(emailId);
        // Wakes a local worker now instead of at its next poll.
        for (const id of workerIds) boss.notifyWorker(id);
      } catch (error) {
        log.warn({ err: error, emailId }, 'could not enqueue email; the sweep will pick it up');
      }
    },

    sweep,
  };
}

async function recordAttempt(
  em: EntityManager,
  emailId: string,
  status: 'queued' | 'sent' | 'failed',
  details: { providerMessageId?: string; lastError?: string; countAttempt?: boolean },
): Promise<void> {
  await em.getConnection().execute(
    `update email set
       status = ?,
       attempts = attempts + ?,
       provider_message_id = coalesce(?, provider_message_id),
       last_error = ?,
       sent_at = case when ?::text = 'sent' then clock_timestamp() else sent_at end
     where id = ?`,
    [
      status,
      details.countAttempt === false ? 0 : 1,
      details.providerMessageId ?? null,
      details.lastError ?? null,
      status,
      emailId,
    ],
    'run',
    em.getTransactionContext(),
  );
}
