// What happens to a paid order afterwards: refunds, disputes and subscription renewals or endings.
// Revocation lives in one function (revokeOrderAccess) used by every path that takes access away.
import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Order, type PaymentProvider, Subscription, type SubscriptionStatus } from '@shelf/db';
import type { AppServices } from '../../app-services.ts';
import { adjustCommissionForRefund } from '../affiliates/commission-adjustments.ts';
import {
  expireGrantsForOrder,
  extendGrantsForOrder,
  revokeGrantsForOrder,
} from '../downloads/downloads.service.ts';
import {
  expireLicensesForOrder,
  extendLicensesForOrder,
  revokeLicensesForOrder,
} from '../licensing/license-access.ts';

export type LifecycleResult = { state: 'applied'; order: Order } | { state: 'unknown_order' };

/** Revokes downloads and licenses and adjusts the affiliate's commission. */
export async function revokeOrderAccess(em: EntityManager, order: Order, now: Date): Promise<void> {
  await revokeGrantsForOrder(em, order.id, now);
  await revokeLicensesForOrder(em, order.id, now);
  await adjustCommissionForRefund(em, order, now);
}

async function withLockedOrder(
  services: AppServices,
  where: { provider: PaymentProvider; paymentIntentId: string } | { orderId: string },
  apply: (em: EntityManager, order: Order) => Promise<void>,
): Promise<LifecycleResult> {
  return services.orm.em.fork().transactional(async (tx) => {
    const em = tx as EntityManager;
    const order = await em.findOne(
      Order,
      'orderId' in where
        ? { id: where.orderId }
        : { provider: where.provider, providerPaymentIntentId: where.paymentIntentId },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (!order) return { state: 'unknown_order' } as const;
    await apply(em, order);
    await em.flush();
    return { state: 'applied', order } as const;
  });
}

/**
 * Records the provider's cumulative refunded amount (so a repeated or reordered event changes nothing).
 * A full refund revokes access; a partial one keeps access and reduces commission.
 */
export async function recordRefund(
  services: AppServices,
  input: { provider: PaymentProvider; paymentIntentId: string; refundedCents: number },
  now = new Date(),
): Promise<LifecycleResult> {
  return withLockedOrder(services, input, async (em, order) => {
    const refunded = Math.min(Math.max(input.refundedCents, order.refundedCents), order.totalCents);
    if (refunded === order.refundedCents && order.status !== 'paid') return;
    order.refundedCents = refunded;
    if (refunded >= order.totalCents) {
      order.status = 'refunded';
      order.refundedAt = now;
      await revokeOrderAccess(em, order, now);
    } else if (refunded > 0) {
      if (order.status === 'paid') order.status = 'partially_refunded';
      await adjustCommissionForRefund(em, order, now);
    }
  });
}

export async function recordDisputeOpened(
  services: AppServices,
  input: { provider: PaymentProvider; paymentIntentId: string },
): Promise<LifecycleResult> {
  return withLockedOrder(services, input, async (_em, order) => {
    if (order.status === 'paid' || order.status === 'partially_refunded') order.status = 'disputed';
  });
}

/** A lost dispute is a forced refund: access is revoked. A won dispute restores the order. */
export async function recordDisputeClosed(
  services: AppServices,
  input: { provider: PaymentProvider; paymentIntentId: string; outcome: 'won' | 'lost'; amountCents: number },
  now = new Date(),
): Promise<LifecycleResult> {
  return withLockedOrder(services, input, async (em, order) => {
    if (input.outcome === 'won') {
      if (order.status === 'disputed') order.status = order.refundedCents > 0 ? 'partially_refunded' : 'paid';
      return;
    }
    order.status = 'disputed';
    order.refundedCents = Math.min(order.totalCents, Math.max(order.refundedCents, input.amountCents));
    order.refundedAt ??= now;
    await revokeOrderAccess(em, order, now);
  });
}

export type SubscriptionChange = {
  provider: PaymentProvider;
  subscriptionId: string;
  status?: SubscriptionStatus;
  currentPeriodEnd?: Date;
  cancelAtPeriodEnd?: boolean;
  canceledAt?: Date | null;
};

/**
 * Applies a subscription change. Access (download window, license expiry) always equals the paid period:
 * a renewal moves it forward; a cancellation leaves it at the period end already paid for.
 */
export async function applySubscriptionChange(
  services: AppServices,
  change: SubscriptionChange,
): Promise<{ state: 'applied'; subscription: Subscription } | { state: 'unknown_subscription' }> {
  return services.orm.em.fork().transactional(async (tx) => {
    const em = tx as EntityManager;
    const subscription = await em.findOne(
      Subscription,
      { provider: change.provider, providerSubscriptionId: change.subscriptionId },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (!subscription) return { state: 'unknown_subscription' } as const;
    // Events arrive out of order: a period end never moves backwards.
    if (change.currentPeriodEnd && change.currentPeriodEnd > subscription.currentPeriodEnd) {
      subscription.currentPeriodEnd = change.currentPeriodEnd;
      await extendGrantsForOrder(em, subscription.order.id, change.currentPeriodEnd);
      await extendLicensesForOrder(em, subscription.order.id, change.currentPeriodEnd);
    }
    if (change.status && subscription.status !== 'canceled') subscription.status = change.status;
    if (change.cancelAtPeriodEnd !== undefined) subscription.cancelAtPeriodEnd = change.cancelAtPeriodEnd;
    if (change.canceledAt !== undefined) subscription.canceledAt = change.canceledAt;
    await em.flush();
    return { state: 'applied', subscription } as const;
  });
}

/**
 * Ends a subscription's access at `at`: a renewal whose payment went back (full refund, lost dispute) paid
 * for nothing. Expiry, not revocation, so a later paid renewal moves access forward again (applySubscriptionChange).
 * The order's amounts describe the first payment and commission is earned on it only, so neither changes.
 * Expiries only ever move earlier, which makes a repeated or reordered event a no-op.
 */
export async function endSubscriptionAccess(
  services: AppServices,
  input: { provider: PaymentProvider; subscriptionId: string; at: Date; periodEnd: Date | null },
): Promise<
  | { state: 'applied'; subscription: Subscription }
  | { state: 'older_period'; subscription: Subscription }
  | { state: 'unknown_subscription' }
> {
  return services.orm.em.fork().transactional(async (tx) => {
    const em = tx as EntityManager;
    // The same lock as applySubscriptionChange, so a concurrent renewal cannot interleave with this.
    const subscription = await em.findOne(
      Subscription,
      { provider: input.provider, providerSubscriptionId: input.subscriptionId },
      { lockMode: LockMode.PESSIMISTIC_WRITE },
    );
    if (!subscription) return { state: 'unknown_subscription' } as const;
    // Money back for an earlier period, when a later one is already paid, leaves the paid period alone.
    if (input.periodEnd && input.periodEnd < subscription.currentPeriodEnd) {
      return { state: 'older_period', subscription } as const;
    }
    await expireGrantsForOrder(em, subscription.order.id, input.at);
    await expireLicensesForOrder(em, subscription.order.id, input.at);
    return { state: 'applied', subscription } as const;
  });
}
