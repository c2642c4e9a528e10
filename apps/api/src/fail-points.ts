// Test-only fail points: named places where a test can make the API throw mid-way, to prove that a crash
// there loses nothing (the transaction rolls back, the provider's retry does the work). Nothing reads
// them from the environment or the configuration: a test switches one on by adding its name to
// `services.failPoints` in its own process, and they are honoured only when the configuration says test.
import type { ServiceContext } from './context.ts';

export type FailPointName =
  /** A payment event changed its rows (an order, a subscription) and has not committed yet. */
  | 'payment-event.applied'
  /** A webhook event's ledger row is claimed and nothing has been applied yet. */
  | 'webhook.claimed'
  /** Fulfilment marked the order paid and issued its download grants; licenses and email are next. */
  | 'fulfilment.after-grants'
  /** Fulfilment issued everything and recorded the commission; the delivery email is next. */
  | 'fulfilment.before-email'
  /** The webhook fan-out claimed a batch of events and inserted their deliveries; the commit is next. */
  | 'webhooks.fanned-out';

export type FailPoints = Set<FailPointName>;

export class FailPointError extends Error {
  override name = 'FailPointError';
}

/** Throws when a test switched this fail point on; does nothing otherwise (and always outside tests). */
export function failPoint(ctx: ServiceContext, name: FailPointName): void {
  const points = ctx.services.failPoints;
  if (!points?.has(name) || ctx.services.config.env !== 'test') return;
  throw new FailPointError(`fail point ${name}`);
}
