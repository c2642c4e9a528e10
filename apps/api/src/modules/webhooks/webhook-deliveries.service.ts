// Outbound webhook delivery. The fan-out claims the events the outbox holds pending for the `webhooks`
// consumer (events.service.ts) and turns each into one delivery per enabled endpoint subscribed to its
// type, in the transaction that deletes the claim, so an event is fanned out once whenever its own
// transaction commits; the `webhooks.deliver` job sends a delivery (webhook-sender.ts), logs the attempt,
// and on failure schedules the next attempt from the retry schedule (config.webhooks.retryScheduleSeconds).
//
// Auto-disable: a delivery that fails its last retry counts against its endpoint; FAILURE_LIMIT of them
// in a row (about five days of failures with the default day-long schedule) disable the endpoint and
// email the owner once. Any successful delivery resets the count.
import type { WebhookEndpoint } from '@shelf/db/webhooks';
import { WebhookDelivery, WebhookDeliveryAttempt, type WebhookDeliveryStatus } from '@shelf/db/webhooks';
import { renderWebhookDisabledEmail } from '@shelf/email';
import type { AppServices } from '../../app-services.ts';
import { type ServiceContext, withTransaction } from '../../context.ts';
import { AppError, badInput, notFound } from '../../errors.ts';
import { failPoint } from '../../fail-points.ts';
import { requireOwner } from '../accounts/accounts.service.ts';
import { ownerEmailAddress } from '../accounts/users.service.ts';
import { isUuid } from '../common/ids.ts';
import { type Page, pageNewestFirst } from '../common/newest-first-page.ts';
import { claimPendingDomainEvents } from '../events/events.service.ts';
import type { Jobs } from '../jobs/jobs.service.ts';
import { queueEmail } from '../messaging/messaging.service.ts';
import { currentStoreName } from '../settings/settings.service.ts';
import {
  findWebhookEndpoint,
  WEBHOOKS_READ,
  WEBHOOKS_WRITE,
  webhookSigningSecret,
} from './webhook-endpoints.service.ts';
import { WEBHOOK_TEST_EVENT, webhookBody, webhookData } from './webhook-payload.ts';
import { sendWebhook } from './webhook-sender.ts';

const QUEUE = 'webhooks.deliver';
/** Deliveries in a row that failed all their retries before their endpoint is disabled. */
export const FAILURE_LIMIT = 5;
const CLAIM_SECONDS = 60;
const FAN_OUT_BATCH = 500;
/** Batches one fan-out run takes at most while the outbox keeps returning full ones. */
const FAN_OUT_ROUNDS = 20;
/** A due delivery whose job has not run this long after its time is sent to the queue again. */
const OVERDUE_SQL = "interval '10 seconds'";
const RESPONSE_COLUMN_LIMIT = 2048;

type DeliverJob = { deliveryId: string };

/** How an attempt ended: answered 2xx, failed (an error, a timeout, any other answer), or refused unsent. */
export type WebhookAttemptOutcome = 'succeeded' | 'failed' | 'refused';

/** What the delivery path reports as it goes, for the process's metrics (http/metrics.ts). */
export type WebhookObserver = {
  attempted(outcome: WebhookAttemptOutcome, durationSeconds: number): void;
  endpointDisabled(): void;
};

const observers = new WeakMap<AppServices, WebhookObserver>();

/** Reports this process's attempts and automatic disables to `observer`. */
export function observeWebhooks(services: AppServices, observer: WebhookObserver): void {
  observers.set(services, observer);
}

/** Defines the delivery queue and the periodic fan-out on `jobs`; workers run where config.runWorker. */
export function scheduleWebhooks(
  jobs: Pick<Jobs, 'define' | 'every'>,
  context: () => ServiceContext,
  intervalSeconds = 5,
): void {
  jobs.define<DeliverJob>(
    QUEUE,
    {
      // The handler records failures itself and reschedules; pg-boss retries only crashes.
      retryLimit: 3,
      retryDelaySeconds: 30,
      retryBackoff: true,
      expireInSeconds: CLAIM_SECONDS,
      workers: 2,
      pollingIntervalSeconds: 1,
    },
    async (job) => {
      if (typeof job.data.deliveryId !== 'string') return;
      await attemptDelivery(context(), job.data.deliveryId);
    },
  );
  jobs.every('webhooks.fan-out', intervalSeconds, async () => {
    const ctx = context();
    const created = await fanOutDomainEvents(ctx);
    const resent = await sendOverdueDeliveries(ctx);
    if (created > 0 || resent > 0) ctx.log.info({ created, resent }, 'webhook deliveries queued');
  });
}

async function enqueue(ctx: ServiceContext, deliveryId: string, startAfterSeconds?: number): Promise<void> {
  await ctx.services.jobs.send<DeliverJob>(QUEUE, { deliveryId }, { startAfterSeconds });
}

/**
 * Turns the events pending for webhooks into deliveries; returns how many were created. Each batch is one
 * transaction: the claim (deleting the pending rows, skipping rows another process is claiming) and the
 * deliveries commit together or not at all, so an event is fanned out exactly once, by whichever process
 * claimed it, and an event whose transaction commits late is claimed by the first run after it does.
 * The unique (endpoint, event) stays as a backstop.
 */
export async function fanOutDomainEvents(
  ctx: ServiceContext,
  options: { batchSize?: number } = {},
): Promise<number> {
  const batchSize = options.batchSize ?? FAN_OUT_BATCH;
  let created = 0;
  for (let round = 0; round < FAN_OUT_ROUNDS; round += 1) {
    const batch = await fanOutBatch(ctx, batchSize);
    created += batch.created;
    if (batch.claimed < batchSize) break;
  }
  return created;
}

async function fanOutBatch(
  ctx: ServiceContext,
  batchSize: number,
): Promise<{ claimed: number; created: number }> {
  return withTransaction(ctx, async (tx) => {
    const events = await claimPendingDomainEvents(tx, 'webhooks', batchSize);
    if (events.length === 0) return { claimed: 0, created: 0 };
    const rows = events.map((event) => ({
      id: event.id,
      type: event.type,
      data: webhookData(event.subjectId, event.payload),
      occurred_at: event.occurredAt.toISOString(),
    }));
    const created = await tx.em.getConnection().execute<Array<{ id: string }>>(
      `insert into webhook_delivery (id, endpoint_id, domain_event_id, event_type, payload, occurred_at,
                                     status, attempts, next_attempt_at, created_at, updated_at)
       select gen_random_uuid(), endpoint.id, event.id, event.type, event.data, event.occurred_at,
              'pending', 0, now(), now(), now()
         from jsonb_to_recordset(?::jsonb) as event(id uuid, type text, data jsonb, occurred_at timestamptz)
         join webhook_endpoint endpoint
           on endpoint.enabled and event.type = any(endpoint.events) and event.occurred_at >= endpoint.created_at
       on conflict (endpoint_id, domain_event_id) do nothing
       returning id`,
      [JSON.stringify(rows)],
      'all',
      tx.em.getTransactionContext(),
    );
    failPoint(tx, 'webhooks.fanned-out');
    for (const { id } of created) tx.afterCommit(() => enqueue(ctx, id));
    return { claimed: events.length, created: created.length };
  });
}

/** Queues again the due deliveries whose job was lost (a crash, a failed send); returns how many. */
export async function sendOverdueDeliveries(ctx: ServiceContext): Promise<number> {
  const rows = await ctx.em.getConnection().execute<Array<{ id: string }>>(
    `select id from webhook_delivery
      where status = 'pending' and next_attempt_at <= now() - ${OVERDUE_SQL}
        and (claimed_until is null or claimed_until < now())
      order by next_attempt_at limit 100`,
    [],
    'all',
  );
  for (const { id } of rows) await enqueue(ctx, id);
  return rows.length;
}

type ClaimedDelivery = {
  id: string;
  event_type: string;
  payload: Record<string, unknown>;
  occurred_at: Date;
  attempts: number;
  endpoint_id: string;
  url: string;
  secret_encrypted: string;
  enabled: boolean;
};

/**
 * Makes one attempt of a due delivery and records it. A delivery that is not due, not pending or claimed
 * by another worker is left alone, so a repeated job does nothing. No transaction is open during the
 * HTTP request: the claim keeps other workers away meanwhile.
 */
export async function attemptDelivery(ctx: ServiceContext, deliveryId: string): Promise<void> {
  const [claimed] = await ctx.em.getConnection().execute<ClaimedDelivery[]>(
    `update webhook_delivery delivery set claimed_until = now() + interval '${CLAIM_SECONDS} seconds'
       from webhook_endpoint endpoint
      where delivery.id = ? and endpoint.id = delivery.endpoint_id and delivery.status = 'pending'
        and delivery.next_attempt_at <= now()
        and (delivery.claimed_until is null or delivery.claimed_until < now())
      returning delivery.id, delivery.event_type, delivery.payload, delivery.occurred_at, delivery.attempts,
                endpoint.id as endpoint_id, endpoint.url, endpoint.secret_encrypted, endpoint.enabled`,
    [deliveryId],
    'all',
  );
  if (!claimed) return;
  if (!claimed.enabled) {
    await ctx.em.nativeUpdate(
      WebhookDelivery,
      { id: claimed.id },
      { status: 'failed', nextAttemptAt: null, claimedUntil: null, lastError: 'The endpoint is disabled.' },
    );
    return;
  }
  const startedAt = new Date();
  let secret: string;
  try {
    secret = webhookSigningSecret(ctx, {
      id: claimed.endpoint_id,
      secretEncrypted: claimed.secret_encrypted,
    });
  } catch (error) {
    // Nothing is sent unsigned: the attempt fails like an unreachable endpoint and is retried.
    const message = error instanceof Error ? error.message : String(error);
    const outcome = { succeeded: false, statusCode: null, durationMs: 0, response: null, error: message };
    await recordAttempt(ctx, claimed, startedAt, outcome);
    return;
  }
  const outcome = await sendWebhook(
    { url: claimed.url, secret },
    {
      id: claimed.id,
      // The header's timestamp is the attempt's, which receivers check against their clock; the body
      // keeps the event's own time.
      timestamp: startedAt,
      body: webhookBody(claimed.event_type, new Date(claimed.occurred_at), claimed.payload),
    },
    { allowPrivate: ctx.services.config.webhooks.allowPrivate },
  );
  await recordAttempt(ctx, claimed, startedAt, outcome);
}

/** The wait before retry number `retry` (1-based), with up to 20% added so failed receivers are not hit in step. */
function retryDelaySeconds(schedule: readonly number[], retry: number): number | null {
  const base = schedule[retry - 1];
  if (base === undefined) return null;
  return base * (1 + Math.random() * 0.2);
}

async function recordAttempt(
  ctx: ServiceContext,
  claimed: ClaimedDelivery,
  startedAt: Date,
  outcome: Awaited<ReturnType<typeof sendWebhook>>,
): Promise<void> {
  const attempts = claimed.attempts + 1;
  const delay = outcome.succeeded
    ? null
    : retryDelaySeconds(ctx.services.config.webhooks.retryScheduleSeconds, attempts);
  const status: WebhookDeliveryStatus = outcome.succeeded
    ? 'succeeded'
    : delay === null
      ? 'failed'
      : 'pending';
  await withTransaction(ctx, async (tx) => {
    tx.em.create(WebhookDeliveryAttempt, {
      delivery: tx.em.getReference(WebhookDelivery, claimed.id),
      succeeded: outcome.succeeded,
      statusCode: outcome.statusCode,
      durationMs: outcome.durationMs,
      response: outcome.response?.slice(0, RESPONSE_COLUMN_LIMIT) ?? null,
      error: outcome.error,
      createdAt: startedAt,
    });
    await tx.em.flush();
    await tx.em.getConnection().execute(
      `update webhook_delivery set status = ?, attempts = ?, claimed_until = null, updated_at = now(),
              next_attempt_at = ${delay === null ? 'null' : 'now() + make_interval(secs => ?)'},
              last_status_code = ?, last_duration_ms = ?, last_response = ?, last_error = ?
        where id = ?`,
      [
        status,
        attempts,
        ...(delay === null ? [] : [delay]),
        outcome.statusCode,
        outcome.durationMs,
        outcome.response?.slice(0, RESPONSE_COLUMN_LIMIT) ?? null,
        outcome.error,
        claimed.id,
      ],
      'run',
      tx.em.getTransactionContext(),
    );
    if (status === 'succeeded') await resetFailures(tx, claimed.endpoint_id);
    if (status === 'failed') await countFailure(tx, claimed.endpoint_id);
    if (delay !== null) tx.afterCommit(() => enqueue(ctx, claimed.id, Math.ceil(delay)));
  });
  observers
    .get(ctx.services)
    ?.attempted(
      outcome.succeeded ? 'succeeded' : outcome.refused ? 'refused' : 'failed',
      outcome.durationMs / 1000,
    );
  ctx.log.info(
    {
      deliveryId: claimed.id,
      endpointId: claimed.endpoint_id,
      attempts,
      status,
      statusCode: outcome.statusCode,
    },
    'webhook attempt',
  );
}

async function resetFailures(ctx: ServiceContext, endpointId: string): Promise<void> {
  await ctx.em
    .getConnection()
    .execute(
      'update webhook_endpoint set consecutive_failures = 0 where id = ? and consecutive_failures <> 0',
      [endpointId],
      'run',
      ctx.em.getTransactionContext(),
    );
}

/**
 * Counts a delivery that failed for good; the one that reaches FAILURE_LIMIT disables the endpoint. The
 * disabling UPDATE is conditional on the endpoint being enabled, so exactly one failure disables it and
 * the owner is told once.
 */
async function countFailure(ctx: ServiceContext, endpointId: string): Promise<void> {
  const connection = ctx.em.getConnection();
  const trx = ctx.em.getTransactionContext();
  const reason = `The last ${FAILURE_LIMIT} deliveries failed after all their retries.`;
  // The first UPDATE's row lock makes concurrent failures of one endpoint count one after the other.
  const [counted] = await connection.execute<Array<{ consecutive_failures: number }>>(
    `update webhook_endpoint set consecutive_failures = consecutive_failures + 1
      where id = ? returning consecutive_failures`,
    [endpointId],
    'all',
    trx,
  );
  if (!counted || counted.consecutive_failures < FAILURE_LIMIT) return;
  const [disabled] = await connection.execute<Array<{ url: string; disabled_at: Date }>>(
    `update webhook_endpoint set enabled = false, disabled_at = now(), disabled_reason = ?, updated_at = now()
      where id = ? and enabled returning url, disabled_at`,
    [reason, endpointId],
    'all',
    trx,
  );
  if (!disabled) return;
  ctx.log.warn({ endpointId, reason }, 'webhook endpoint disabled');
  ctx.afterCommit(async () => observers.get(ctx.services)?.endpointDisabled());
  const to = await ownerEmailAddress(ctx);
  if (!to) return;
  const email = renderWebhookDisabledEmail({
    storeName: await currentStoreName(ctx),
    endpointUrl: disabled.url,
    reason,
    dashboardUrl: `${ctx.services.config.web.publicUrl}/dashboard/webhooks`,
  });
  await queueEmail(ctx, {
    to,
    template: 'webhook-disabled',
    subject: email.subject,
    html: email.html,
    text: email.text,
    idempotencyKey: `webhook-disabled:${endpointId}:${new Date(disabled.disabled_at).toISOString()}`,
  });
}

async function findDelivery(ctx: ServiceContext, id: string): Promise<WebhookDelivery> {
  const delivery = isUuid(id)
    ? await ctx.em.findOne(WebhookDelivery, { id }, { populate: ['endpoint'] })
    : null;
  if (!delivery) throw notFound('There is no such webhook delivery.');
  return delivery;
}

function refuseDisabled(endpoint: WebhookEndpoint): void {
  if (!endpoint.enabled) throw new AppError('CONFLICT', 'This endpoint is disabled: enable it first.');
}

/** Sends a delivery again with the same message id, as a new round of attempts. */
export async function replayWebhookDelivery(ctx: ServiceContext, id: string): Promise<WebhookDelivery> {
  requireOwner(ctx, WEBHOOKS_WRITE);
  const delivery = await findDelivery(ctx, id);
  refuseDisabled(delivery.endpoint);
  const replayed = await ctx.em.nativeUpdate(
    WebhookDelivery,
    { id: delivery.id, $or: [{ claimedUntil: null }, { claimedUntil: { $lt: new Date() } }] },
    { status: 'pending', attempts: 0, nextAttemptAt: new Date(), claimedUntil: null },
  );
  if (replayed === 0) throw new AppError('CONFLICT', 'This delivery is being sent right now.');
  await enqueue(ctx, delivery.id);
  return ctx.em.findOneOrFail(WebhookDelivery, { id: delivery.id }, { refresh: true });
}

/** Sends again every delivery of an endpoint whose event happened from `from` to `to`; returns how many. */
export async function replayWebhookDeliveries(
  ctx: ServiceContext,
  input: { endpointId: string; from: Date; to: Date },
): Promise<number> {
  requireOwner(ctx, WEBHOOKS_WRITE);
  if (Number.isNaN(input.from.getTime()) || Number.isNaN(input.to.getTime()) || input.from > input.to) {
    throw badInput('The range must start before it ends.', 'from');
  }
  const endpoint = await findWebhookEndpoint(ctx, input.endpointId);
  refuseDisabled(endpoint);
  const rows = await ctx.em.getConnection().execute<Array<{ id: string }>>(
    `update webhook_delivery
        set status = 'pending', attempts = 0, next_attempt_at = now(), claimed_until = null, updated_at = now()
      where endpoint_id = ? and occurred_at >= ? and occurred_at <= ?
        and (claimed_until is null or claimed_until < now())
      returning id`,
    [endpoint.id, input.from, input.to],
    'all',
  );
  // Beyond the first thousand, the overdue sweep queues the rest a few seconds later.
  for (const { id } of rows.slice(0, 1000)) await enqueue(ctx, id);
  return rows.length;
}

/** Sends a `webhook.test` message to an endpoint now, through the same path as events; returns the delivery. */
export async function sendTestWebhook(ctx: ServiceContext, endpointId: string): Promise<WebhookDelivery> {
  requireOwner(ctx, WEBHOOKS_WRITE);
  const endpoint = await findWebhookEndpoint(ctx, endpointId);
  refuseDisabled(endpoint);
  const delivery = ctx.em.create(WebhookDelivery, {
    endpoint,
    eventType: WEBHOOK_TEST_EVENT,
    payload: { endpointId: endpoint.id, message: 'This is a test event from Shelf.' },
  });
  await ctx.em.flush();
  await attemptDelivery(ctx, delivery.id);
  return ctx.em.findOneOrFail(WebhookDelivery, { id: delivery.id }, { refresh: true });
}

export function listWebhookDeliveries(
  ctx: ServiceContext,
  endpoint: WebhookEndpoint,
  args: { first?: number | null; after?: string | null; status?: WebhookDeliveryStatus | null },
): Promise<Page<WebhookDelivery>> {
  requireOwner(ctx, WEBHOOKS_READ);
  return pageNewestFirst(ctx.em, WebhookDelivery, {
    first: args.first,
    after: args.after,
    filter: { endpoint: endpoint.id, ...(args.status ? { status: args.status } : {}) },
  });
}

/** How many attempts a delivery's log shows: the newest ones, replays included. */
export const ATTEMPT_LOG_SIZE = 50;

/**
 * The attempt logs of many deliveries in one statement (a page of deliveries asks for all of them at
 * once): each delivery's newest ATTEMPT_LOG_SIZE attempts, oldest first. Every id asked has an entry.
 */
export async function listAttemptsOfDeliveries(
  ctx: ServiceContext,
  deliveryIds: readonly string[],
): Promise<Map<string, WebhookDeliveryAttempt[]>> {
  requireOwner(ctx, WEBHOOKS_READ);
  const logs = new Map<string, WebhookDeliveryAttempt[]>(deliveryIds.map((id) => [id, []]));
  const ids = deliveryIds.filter(isUuid);
  if (ids.length === 0) return logs;
  const rows = await ctx.em.getConnection().execute<Array<Record<string, unknown> & { delivery_id: string }>>(
    `select id, delivery_id, succeeded, status_code, duration_ms, response, error, created_at
       from (select attempt.*,
                    row_number() over (partition by delivery_id order by created_at desc, id desc) as newest
               from webhook_delivery_attempt attempt
              where delivery_id = any(?::uuid[])) ranked
      where newest <= ?
      order by delivery_id, created_at, id`,
    // The ids were checked to be UUIDs, so the literal is safe.
    [`{${ids.join(',')}}`, ATTEMPT_LOG_SIZE],
    'all',
    ctx.em.getTransactionContext(),
  );
  for (const row of rows) logs.get(row.delivery_id)?.push(ctx.em.map(WebhookDeliveryAttempt, row));
  return logs;
}
