// Reconciliation: the safety net under webhooks. Every completed checkout the provider knows about is
// passed through fulfilCheckout again; it is idempotent, so only a payment whose webhook
// never arrived (endpoint down longer than the provider retries, a misconfigured secret) is fulfilled now.
// Refunds, disputes and renewals have no session to list, so the provider's recent events are replayed
// through the same ledger, translation and lifecycle as a webhook: one already processed is skipped.
import type { AppServices } from '../../app-services.ts';
import { type ServiceContext, systemContext, withLog } from '../../context.ts';
import { fulfilCheckout } from '../fulfilment/fulfilment.service.ts';
import { processStripeEvent } from './stripe-event-handler.ts';
import { isStripeGateway } from './stripe-gateway.ts';

const HOUR_MS = 60 * 60 * 1000;

export type ReconcileCounts = { checked: number; fulfilled: number; failed: number };

export async function reconcileRecentCheckouts(
  ctx: ServiceContext,
  options: { since: Date },
): Promise<ReconcileCounts> {
  const counts: ReconcileCounts = { checked: 0, fulfilled: 0, failed: 0 };
  for await (const outcome of ctx.services.payments.listCompletedCheckoutSessions(options.since)) {
    counts.checked++;
    // One bad session (say, a product deleted since) must not stop the others from being repaired.
    try {
      const result = await fulfilCheckout(ctx, outcome);
      if (result.state === 'fulfilled') {
        counts.fulfilled++;
        ctx.log.warn(
          { orderNumber: result.order.number },
          'reconciliation fulfilled a checkout its webhook missed',
        );
      }
    } catch (error) {
      counts.failed++;
      ctx.log.error({ err: error }, 'reconciliation could not fulfil a checkout');
    }
  }
  return counts;
}

export type ReplayCounts = { checked: number; applied: number; failed: number };

/**
 * Replays the provider's events since a moment whose webhooks may have been lost. Events already in the
 * ledger as processed or ignored are duplicates and change nothing; a failed one is retried.
 */
export async function reconcileRecentEvents(
  ctx: ServiceContext,
  options: { since: Date },
): Promise<ReplayCounts> {
  const counts: ReplayCounts = { checked: 0, applied: 0, failed: 0 };
  const gateway = ctx.services.payments;
  // Each provider adapter that can list its events adds its branch here; the test provider has none.
  if (!isStripeGateway(gateway)) return counts;
  for await (const event of gateway.listRecentEvents(options.since)) {
    counts.checked++;
    const log = ctx.log.child({ eventId: event.id, eventType: event.type });
    const outcome = await processStripeEvent(withLog(ctx, log), gateway, event);
    if (outcome.state === 'done') {
      counts.applied++;
      log.warn({ outcome: outcome.result.status }, 'reconciliation applied an event its webhook missed');
    } else if (outcome.state === 'failed' || outcome.state === 'busy') {
      counts.failed++;
    }
  }
  return counts;
}

export type ReconcileTimer = { stop(): Promise<void> };

/**
 * Runs reconciliation (checkouts, then events) once shortly after start and then daily, looking back two
 * days so consecutive runs overlap. Several API processes may each run it: fulfilment and the ledger are
 * idempotent, so overlap costs only API calls.
 * Test-mode payments fulfil synchronously and have nothing to reconcile.
 */
export function startReconcileTimer(
  services: AppServices,
  options: { firstRunAfterMs?: number; everyMs?: number; lookBackMs?: number } = {},
): ReconcileTimer {
  if (services.payments.testPayments) return { stop: async () => {} };
  const { firstRunAfterMs = 2 * 60 * 1000, everyMs = 24 * HOUR_MS, lookBackMs = 48 * HOUR_MS } = options;
  let current: Promise<void> | null = null;
  const run = (): void => {
    if (current) return;
    const ctx = systemContext(services, 'reconcile');
    const since = new Date(Date.now() - lookBackMs);
    current = reconcileRecentCheckouts(ctx, { since })
      .then(
        (counts) => ctx.log.info(counts, 'checkout reconciliation finished'),
        (error: unknown) => ctx.log.error({ err: error }, 'checkout reconciliation failed'),
      )
      .then(() => reconcileRecentEvents(ctx, { since }))
      .then(
        (counts) => ctx.log.info(counts, 'event reconciliation finished'),
        (error: unknown) => ctx.log.error({ err: error }, 'event reconciliation failed'),
      )
      .finally(() => {
        current = null;
      });
  };
  const first = setTimeout(run, firstRunAfterMs);
  const daily = setInterval(run, everyMs);
  // Neither timer may keep the process alive on shutdown.
  first.unref();
  daily.unref();
  return {
    // Waits for a run in progress so the database is not closed under it.
    async stop() {
      clearTimeout(first);
      clearInterval(daily);
      await current;
    },
  };
}
