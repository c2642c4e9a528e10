// Delivers the email outbox (ARCHITECTURE.md, "The rules") on the jobs module's queue `email.send`. One job per send of
// one email row; the worker claims the row, waits for a send slot shared by every process (the
// provider's per-account rate), sends with the row's idempotency key and records what happened on the
// row, where the dashboard reads it:
// - accepted: sent;
// - retryable (429, 5xx, network): the attempt is recorded and the job retried with backoff, or
//   re-sent after the provider's Retry-After;
// - permanent (validation and the like) or out of attempts: failed, the dead letter a human looks at.
// A sweep re-enqueues rows still queued without a job, which covers a crash between commit and enqueue.
import { setTimeout as sleep } from 'node:timers/promises';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Email } from '@shelf/db/messaging';
import type { EmailSender, SendResult } from '@shelf/email';
import type { AppServices } from '../../app-services.ts';
import { type ServiceContext, systemContext } from '../../context.ts';
import { isUuid } from '../common/ids.ts';
import { type Job, type Jobs, pendingJobCondition } from '../jobs/jobs.service.ts';
import { postponeSlot, reserveSlot } from './rate-limit-slot.ts';

export type EmailQueue = {
  /** Hands a committed email row to the queue. Never throws: the sweep covers a failed enqueue. */
  enqueue(emailId: string): Promise<void>;
  /**
   * Enqueues queued rows older than the sweep age that have no job; returns how many. Worker processes
   * run it periodically; it reads pg-boss's tables, so pg-boss must have started.
   */
  sweep(): Promise<number>;
};

export type EmailQueueOptions = {
  jobs: Jobs;
  /** The process services each job's context is built from; read per job, as they include this queue. */
  services: () => AppServices;
  sender: EmailSender;
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
const RATE_LIMIT_NAME = 'email-provider';
// Covers the wait for a send slot and the sender's own 30 s timeout with room to spare.
const JOB_EXPIRE_SECONDS = 300;
// A claim outlives the job that took it, so an expired job is retried only after its claim lapsed.
const CLAIM_SECONDS = JOB_EXPIRE_SECONDS + 30;

/** Defines the queue and its sweep on `jobs`; their workers run once jobs.start() is called. */
export function createEmailQueue(options: EmailQueueOptions): EmailQueue {
  const { jobs, sender } = options;
  const retryLimit = options.retryLimit ?? 8;
  const maxAttempts = retryLimit + 1;

  jobs.define<EmailJob>(
    QUEUE,
    {
      retryLimit,
      retryDelaySeconds: options.retryDelaySeconds ?? 30,
      retryBackoff: true,
      expireInSeconds: JOB_EXPIRE_SECONDS,
      workers: options.workers ?? 2,
      pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2,
    },
    deliver,
  );
  jobs.every('email.sweep', options.sweepIntervalSeconds ?? 45, async () => {
    await sweep();
  });

  async function send(emailId: string, startAfterSeconds?: number): Promise<void> {
    await jobs.send<EmailJob>(
      QUEUE,
      { emailId },
      { singletonKey: emailId, ...(startAfterSeconds !== undefined && { startAfterSeconds }) },
    );
  }

  async function attempt(ctx: ServiceContext, job: Job<EmailJob>, emailId: string): Promise<AttemptOutcome> {
    const { email: emailConfig } = ctx.services.config;
    const email = await claimEmail(ctx, emailId);
    if (!email) return { kind: 'skipped' };
    if (email.attempts >= maxAttempts) {
      await recordAttempt(ctx.em, emailId, 'failed', {
        lastError: `Gave up after ${email.attempts} attempts. Last error: ${email.lastError ?? 'none'}`,
        countAttempt: false,
      });
      return { kind: 'failed' };
    }

    // No transaction is open from here to the end: the wait for a send slot and the provider call can
    // take seconds, and the claim (not a row lock) is what keeps a second job away meanwhile.
    const waitMs = await reserveSlot(ctx.em, RATE_LIMIT_NAME, 1000 / emailConfig.ratePerSecond);
    if (waitMs > 0) await sleep(waitMs);
    const result = await sender.send({
      to: email.to,
      from: emailConfig.from,
      subject: email.subject,
      html: email.html,
      text: email.text,
      idempotencyKey: email.idempotencyKey,
      tags: { template: email.template },
    });

    if (result.ok) {
      await recordAttempt(ctx.em, emailId, 'sent', { providerMessageId: result.providerMessageId });
      ctx.log.info({ emailId, template: email.template, attempts: email.attempts + 1 }, 'email sent');
      return { kind: 'sent' };
    }
    const outOfAttempts = job.retryCount >= job.retryLimit || email.attempts + 1 >= maxAttempts;
    if (!result.retryable || outOfAttempts) {
      await recordAttempt(ctx.em, emailId, 'failed', { lastError: result.error });
      ctx.log.warn(
        { emailId, template: email.template, error: result.error, retryable: result.retryable },
        'email failed; it stays in the outbox as failed',
      );
      return { kind: 'failed' };
    }
    await recordAttempt(ctx.em, emailId, 'queued', { lastError: result.error });
    return { kind: 'retry', failure: result };
  }

  async function deliver(job: Job<EmailJob>): Promise<void> {
    const ctx = systemContext(options.services(), 'email-worker', job.id);
    const emailId = job.data?.emailId;
    if (!isUuid(emailId)) {
      ctx.log.warn({ jobId: job.id }, 'dropping email job without a valid email id');
      return;
    }
    const outcome = await attempt(ctx, job, emailId);
    if (outcome.kind !== 'retry') return;
    const { failure } = outcome;
    if (failure.retryAfterMs !== undefined) {
      // The provider said when: hold every sender back that long, and come back then with a new job
      // rather than pg-boss's backoff guess. The row's attempt cap still bounds the total.
      ctx.log.warn(
        { emailId, error: failure.error, retryAfterMs: failure.retryAfterMs },
        'email send failed; retrying after Retry-After',
      );
      if (failure.statusCode === 429) await postponeSlot(ctx.em, RATE_LIMIT_NAME, failure.retryAfterMs);
      await send(emailId, Math.max(1, failure.retryAfterMs / 1000));
      return;
    }
    // Thrown after the attempt is committed, so the jobs module logs it and pg-boss retries with backoff.
    throw new Error(`Sending email ${emailId} failed: ${failure.error}`);
  }

  async function sweep(): Promise<number> {
    const ctx = systemContext(options.services(), 'email-sweep');
    const pendingJob = pendingJobCondition(QUEUE, 'e.id::text');
    const rows = await ctx.em.getConnection().execute<Array<{ id: string }>>(
      `select e.id from email e
       where e.status = 'queued'
         and e.created_at < now() - ?::float8 * interval '1 second'
         and not ${pendingJob.sql}
       order by e.created_at
       limit 500`,
      [options.sweepAfterSeconds ?? 30, ...pendingJob.params],
    );
    for (const row of rows) await send(row.id);
    if (rows.length > 0) ctx.log.info({ count: rows.length }, 'email sweep re-enqueued queued emails');
    return rows.length;
  }

  return {
    async enqueue(emailId) {
      try {
        await send(emailId);
      } catch (error) {
        options
          .services()
          .log.warn({ err: error, emailId }, 'could not enqueue email; the sweep will pick it up');
      }
    },
    sweep,
  };
}

type ClaimedEmail = Pick<
  Email,
  'to' | 'subject' | 'html' | 'text' | 'idempotencyKey' | 'template' | 'attempts' | 'lastError'
>;

/**
 * Claims a queued email for one send, in one autocommitted statement: a second job for the same email (an
 * enqueue racing the sweep) finds it claimed and skips it. The claim lapses after the job's own expiry, so
 * a worker that died mid-send leaves the email to the next retry, never stuck.
 */
async function claimEmail(ctx: ServiceContext, emailId: string): Promise<ClaimedEmail | null> {
  const [row] = await ctx.em.getConnection().execute<
    Array<{
      recipient: string;
      subject: string;
      html: string;
      text: string;
      idempotency_key: string;
      template: string;
      attempts: number;
      last_error: string | null;
    }>
  >(
    `update email set claimed_until = clock_timestamp() + ?::float8 * interval '1 second'
     where id = ? and status = 'queued' and (claimed_until is null or claimed_until < clock_timestamp())
     returning recipient, subject, html, text, idempotency_key, template, attempts, last_error`,
    [CLAIM_SECONDS, emailId],
  );
  if (!row) return null;
  return {
    to: row.recipient,
    subject: row.subject,
    html: row.html,
    text: row.text,
    idempotencyKey: row.idempotency_key,
    template: row.template,
    attempts: row.attempts,
    lastError: row.last_error,
  };
}

/** Records the outcome of a send and releases the claim. */
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
       sent_at = case when ?::text = 'sent' then clock_timestamp() else sent_at end,
       claimed_until = null
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
