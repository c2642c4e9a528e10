// The ledger of provider webhook events, and the one way an event is processed whatever the provider.
// An event's claim commits with its effects: one transaction inserts its row (unique on provider and
// event id), locks it FOR UPDATE, does the work and marks the row processed or ignored. A crash or a
// failure rolls the claim back with the work, so the provider's retry does the work again; a failure is
// then written down in a statement of its own. A delivery that finds the row locked waits for the one
// in progress, and answers "busy" (the provider retries) if it takes longer than CLAIM_WAIT. The domain
// functions it feeds are idempotent too, so the ledger is what keeps the work single, not what keeps it
// correct.

import { type ServiceContext, withTransaction } from '../../context.ts';
import { failPoint } from '../../fail-points.ts';
import { type PaymentEventResult, RetryLaterError } from './payment-events.ts';

export type WebhookEventOutcome = 'processed' | 'ignored' | 'failed';

/** How long a delivery waits for another delivery of the same event to finish before answering "busy". */
const CLAIM_WAIT = '5s';

export type WebhookEventInput = { provider: string; eventId: string; type: string; payload: unknown };

type LedgerRow = { id: string; status: string; attempts: number };

/** Postgres' lock_not_available: the lock wait ran past lock_timeout. */
function isLockTimeout(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '55P03';
}

/**
 * Inserts the event's row if it is new and locks it, inside the caller's transaction. Waits at most
 * CLAIM_WAIT for a delivery of the same event that holds the lock (its insert or its work).
 */
async function lockLedgerRow(tx: ServiceContext, event: WebhookEventInput): Promise<LedgerRow> {
  const connection = tx.em.getConnection();
  const trx = tx.em.getTransactionContext();
  await connection.execute(`set local lock_timeout = '${CLAIM_WAIT}'`, [], 'run', trx);
  await connection.execute(
    `insert into webhook_event (id, provider, event_id, type, status, attempts, payload, received_at)
     values (gen_random_uuid(), ?, ?, ?, 'processing', 0, ?::jsonb, now())
     on conflict (provider, event_id) do nothing`,
    [event.provider, event.eventId, event.type.slice(0, 100), JSON.stringify(event.payload)],
    'run',
    trx,
  );
  const rows = await connection.execute<LedgerRow[]>(
    `select id, status, attempts from webhook_event where provider = ? and event_id = ? for update`,
    [event.provider, event.eventId],
    'all',
    trx,
  );
  // The work that follows waits for row locks as long as it always has.
  await connection.execute(`set local lock_timeout = 0`, [], 'run', trx);
  return rows[0]!;
}

async function finishLedgerRow(
  tx: ServiceContext,
  row: LedgerRow,
  outcome: Exclude<WebhookEventOutcome, 'failed'>,
  note: string | null,
): Promise<void> {
  await tx.em.getConnection().execute(
    `update webhook_event
        set status = ?, attempts = attempts + 1, error = ?, processed_at = now(), received_at = now()
      where id = ?`,
    [outcome, note === null ? null : note.slice(0, 2000), row.id],
    'run',
    tx.em.getTransactionContext(),
  );
}

/** Writes down a failed attempt after its transaction rolled back; a finished event is left alone. */
async function recordFailure(ctx: ServiceContext, event: WebhookEventInput, error: string): Promise<void> {
  await ctx.em.getConnection().execute(
    `insert into webhook_event (id, provider, event_id, type, status, attempts, error, payload, received_at, processed_at)
     values (gen_random_uuid(), ?, ?, ?, 'failed', 1, ?, ?::jsonb, now(), now())
     on conflict (provider, event_id) do update
       set status = 'failed', attempts = webhook_event.attempts + 1, error = excluded.error,
           received_at = now(), processed_at = now()
       where webhook_event.status not in ('processed', 'ignored')`,
    [
      event.provider,
      event.eventId,
      event.type.slice(0, 100),
      error.slice(0, 2000),
      JSON.stringify(event.payload),
    ],
  );
}

export type WebhookProcessing =
  | { state: 'duplicate' }
  | { state: 'done'; result: PaymentEventResult }
  /** Another delivery of the same event is being processed right now; the provider must try again. */
  | { state: 'busy' }
  /** Not applied; the provider must deliver it again. */
  | { state: 'failed'; retryLater: boolean };

/**
 * Claims a verified event and runs `handle` on it once, in one transaction with the claim: `handle` must do
 * its work through the context it is given. An event already processed or ignored is a duplicate.
 */
export async function processWebhookEvent(
  ctx: ServiceContext,
  event: WebhookEventInput,
  handle: (tx: ServiceContext) => Promise<PaymentEventResult>,
): Promise<WebhookProcessing> {
  let attempts = 0;
  try {
    const outcome = await withTransaction(ctx, async (tx): Promise<WebhookProcessing> => {
      const row = await lockLedgerRow(tx, event);
      if (row.status === 'processed' || row.status === 'ignored') return { state: 'duplicate' };
      attempts = row.attempts + 1;
      failPoint(tx, 'webhook.claimed');
      const result = await handle(tx);
      await finishLedgerRow(tx, row, result.status, result.note ?? null);
      return { state: 'done', result };
    });
    if (outcome.state === 'done') {
      ctx.log.info(
        { outcome: outcome.result.status, note: outcome.result.note, attempts },
        'webhook event handled',
      );
    }
    return outcome;
  } catch (error) {
    if (attempts === 0 && isLockTimeout(error)) {
      ctx.log.warn('webhook event is being processed by another delivery; asking for a retry');
      return { state: 'busy' };
    }
    const message = error instanceof Error ? error.message : String(error);
    const retryLater = error instanceof RetryLaterError;
    // A recoverable wait (event ahead of its checkout) is expected; anything else is a bug or an outage.
    if (retryLater) ctx.log.warn({ reason: message }, 'webhook event deferred');
    else ctx.log.error({ err: error }, 'webhook event failed');
    await recordFailure(ctx, event, message).catch((markError: unknown) => {
      ctx.log.error({ err: markError }, 'could not record the failed webhook event');
    });
    return { state: 'failed', retryLater };
  }
}
