// Reconciliation: the safety net under webhooks. Every completed checkout the provider knows about is
// passed through fulfilCheckout again; it is idempotent, so only a payment whose webhook never arrived
// (endpoint down longer than Stripe retries, a misconfigured secret) results in a new fulfilment.
import type { AppServices } from '../../app-services.ts';
import { fulfilCheckout } from '../fulfilment/fulfilment.service.ts';

const HOUR_MS = 60 * 60 * 1000;

export type ReconcileCounts = { checked: number; fulfilled: number; failed: number };

export async function reconcileRecentCheckouts(
  services: AppServices,
  options: { since: Date },
): Promise<ReconcileCounts> {
  const counts: ReconcileCounts = { checked: 0, fulfilled: 0, failed: 0 };
  for await (const outcome of services.payments.listCompletedCheckoutSessions(options.since)) {
    counts.checked++;
    // One bad session (say, a product deleted since) must not stop the others from being repaired.
    try {
      const result = await fulfilCheckout(services, outcome);
      if (result.state === 'fulfilled') {
        counts.fulfilled++;
        services.log.warn(
          { sessionId: outcome.sessionId },
          'reconciliation fulfilled a checkout its webhook missed',
        );
      }
    } catch (error) {
      counts.failed++;
      services.log.error(
        { err: error, sessionId: outcome.sessionId },
        'reconciliation could not fulfil a checkout',
      );
    }
  }
  return counts;
}

export type ReconcileTimer = { stop(): Promise<void> };

/**
 * Runs reconciliation once shortly after start and then daily, looking back two days so consecutive runs
 * overlap. Several API processes may each run it: fulfilment is idempotent, so overlap costs only API calls.
 * Test-mode payments fulfil synchronously and have nothing to reconcile.
 */
export function startReconcileTimer(
  services: AppServices,
  options: { firstRunAfterMs?: number; everyMs?: number; lookBackMs?: number } = {},
): ReconcileTimer {
  if (services.payments.name === 'test') return { stop: async () => {} };
  const { firstRunAfterMs = 2 * 60 * 1000, everyMs = 24 * HOUR_MS, lookBackMs = 48 * HOUR_MS } = options;
  let current: Promise<void> | null = null;
  const run = (): void => {
    if (current) return;
    current = reconcileRecentCheckouts(services, { since: new Date(Date.now() - lookBackMs) })
      .then(
        (counts) => services.log.info(counts, 'checkout reconciliation finished'),
        (error: unknown) => services.log.error({ err: error }, 'checkout reconciliation failed'),
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
