// The ledger of provider webhook events, and the one way an event is processed whatever the provider.
// An event is claimed with one INSERT ... ON CONFLICT statement on the unique (provider, event_id), so
// across retries and API processes exactly one delivery works on it at a time; the outcome is written back
// afterwards. The domain functions it feeds are idempotent too, so the ledger is what keeps the work
// single, not what keeps it correct.
import type { ServiceContext } from '../../context.ts';
import { type PaymentEventResult, RetryLaterError } from './payment-events.ts';

export type WebhookEventClaim = { id: string; attempts: number };
export type WebhookEventOutcome = 'processed' | 'ignored' | 'failed';

/** How long a claim may sit in `processing` before another delivery may take it over (a crashed worker). */
const STALE_CLAIM = '5 minutes';

/**
 * Claims an event for processing. Returns null when it is a duplicate: already processed or ignored, or
 * being processed right now by another delivery. A failed event, or one whose claim went stale, is
 * claimed again; received_at moves to the new claim so two late retries cannot both take it over.
 */
async function claimWebhookEvent(
  ctx: ServiceContext,
  event: { provider: string; eventId: string; type: string; payload: unknown },
): Promise<WebhookEventClaim | null> {
  const rows = await ctx.em.getConnection().execute<Array<{ id: string; attempts: number }>>(
    `insert into webhook_event (id, provider, event_id, type, status, attempts, payload, received_at)
     values (gen_random_uuid(), ?, ?, ?, 'processing', 1, ?::jsonb, now())
     on conflict (provider, event_id) do update
       set attempts = webhook_event.attempts + 1, status = 'processing', error = null, received_at = now()
       where webhook_event.status = 'failed'
          or (webhook_event.status = 'processing' and webhook_event.received_at < now() - interval '${STALE_CLAIM}')
     returning id, attempts`,
    [event.provider, event.eventId, event.type.slice(0, 100), JSON.stringify(event.payload)],
    'all',
  );
  const row = rows[0];
  return row ? { id: row.id, attempts: row.attempts } : null;
}

async function finishWebhookEvent(
  ctx: ServiceContext,
  claim: WebhookEventClaim,
  outcome: WebhookEventOutcome,
  error: string | null = null,
): Promise<void> {
  await ctx.em
    .getConnection()
    .execute(`update webhook_event set status = ?, error = ?, processed_at = now() where id = ?`, [
      outcome,
      error === null ? null : error.slice(0, 2000),
      claim.id,
    ]);
}

export type WebhookProcessing =
  | { state: 'duplicate' }
  | { state: 'done'; result: PaymentEventResult }
  /** Not applied; the provider must deliver it again. */
  | { state: 'failed'; retryLater: boolean };

/** Claims a verified event, runs `handle` on it once, and records the outcome in the ledger. */
export async function processWebhookEvent(
  ctx: ServiceContext,
  event: { provider: string; eventId: string; type: string; payload: unknown },
  handle: () => Promise<PaymentEventResult>,
): Promise<WebhookProcessing> {
  const claim = await claimWebhookEvent(ctx, event);
  if (!claim) return { state: 'duplicate' };
  try {
    const result = await handle();
    await finishWebhookEvent(ctx, claim, result.status, result.note ?? null);
    ctx.log.info(
      { outcome: result.status, note: result.note, attempts: claim.attempts },
      'webhook event handled',
    );
    return { state: 'done', result };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const retryLater = error instanceof RetryLaterError;
    // A recoverable wait (event ahead of its checkout) is expected; anything else is a bug or an outage.
    if (retryLater) ctx.log.warn({ reason: message }, 'webhook event deferred');
    else ctx.log.error({ err: error }, 'webhook event failed');
    await finishWebhookEvent(ctx, claim, 'failed', message).catch((markError: unknown) => {
      ctx.log.error({ err: markError }, 'could not record the failed webhook event');
    });
    return { state: 'failed', retryLater };
  }
}
