// Subscriptions: the only code that writes `subscription`. Access (download window, license expiry)
// follows the paid period: it runs to the paid period's end plus the store's grace days (renewalGraceDays,
// time for a late or retried renewal payment), only a paid renewal moves it forward, a failed one leaves it
// there (access pauses after the grace until a renewal is paid), a cancellation ends it at the period end
// already paid for, and money going back for a period ends that period's access. Every change takes the
// subscription's row lock first (lockSubscription), so a renewal and a refund cannot interleave.
import { LockMode } from '@mikro-orm/core';
import type { PaymentProvider } from '@shelf/db/orders';
import { Subscription, type SubscriptionStatus } from '@shelf/db/subscriptions';
import { type ServiceContext, withTransaction } from '../../context.ts';
import { expireGrantsForOrder, extendGrantsForOrder } from '../downloads/downloads.service.ts';
import { recordDomainEvent } from '../events/events.service.ts';
import { expireLicensesForOrder, extendLicensesForOrder } from '../licensing/licensing.service.ts';
import { readStoreSettings } from '../settings/settings.service.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

export type SubscriptionRef = { provider: PaymentProvider; subscriptionId: string };

export type SubscriptionChange = SubscriptionRef & {
  status?: SubscriptionStatus;
  /** A paid renewal's period end; nothing else may move access forward. */
  currentPeriodEnd?: Date;
  cancelAtPeriodEnd?: boolean;
  canceledAt?: Date | null;
  /** A renewal failed: access ends at the paid period's end plus the grace days, if not earlier already. */
  limitAccessToGrace?: boolean;
};

/** Until when a period paid up to `periodEnd` gives access: its end plus the store's grace days. */
export async function subscriptionAccessUntil(ctx: ServiceContext, periodEnd: Date): Promise<Date> {
  const { renewalGraceDays } = await readStoreSettings(ctx);
  return new Date(periodEnd.getTime() + renewalGraceDays * DAY_MS);
}

/** Starts the subscription a first payment bought, with the period that payment covers. */
export async function startSubscription(
  ctx: ServiceContext,
  input: SubscriptionRef & { customerId: string; productId: string; orderId: string; currentPeriodEnd: Date },
): Promise<void> {
  ctx.em.create(Subscription, {
    provider: input.provider,
    providerSubscriptionId: input.subscriptionId,
    customer: input.customerId,
    product: input.productId,
    order: input.orderId,
    status: 'active',
    currentPeriodEnd: input.currentPeriodEnd,
  });
  await ctx.em.flush();
}

/** The one row lock every subscription change takes. Call inside withTransaction. */
async function lockSubscription(ctx: ServiceContext, ref: SubscriptionRef): Promise<Subscription | null> {
  return ctx.em.findOne(
    Subscription,
    { provider: ref.provider, providerSubscriptionId: ref.subscriptionId },
    { lockMode: LockMode.PESSIMISTIC_WRITE },
  );
}

export async function subscriptionExists(ctx: ServiceContext, ref: SubscriptionRef): Promise<boolean> {
  const count = await ctx.em.count(Subscription, {
    provider: ref.provider,
    providerSubscriptionId: ref.subscriptionId,
  });
  return count > 0;
}

/**
 * Applies a subscription change. Events arrive out of order, so a period end never moves backwards and a
 * canceled subscription stays canceled. Access moves forward only with a paid period (currentPeriodEnd),
 * and is only ever cut back by a failed renewal (to the grace) or the cancellation (to the period end).
 */
export async function applySubscriptionChange(
  ctx: ServiceContext,
  change: SubscriptionChange,
): Promise<{ state: 'applied'; subscription: Subscription } | { state: 'unknown_subscription' }> {
  return withTransaction(ctx, async (tx) => {
    const subscription = await lockSubscription(tx, change);
    if (!subscription) return { state: 'unknown_subscription' } as const;
    const orderId = subscription.order.id;
    if (change.currentPeriodEnd && change.currentPeriodEnd > subscription.currentPeriodEnd) {
      subscription.currentPeriodEnd = change.currentPeriodEnd;
      const until = await subscriptionAccessUntil(tx, change.currentPeriodEnd);
      await extendGrantsForOrder(tx, orderId, until);
      await extendLicensesForOrder(tx, orderId, until);
      await recordDomainEvent(tx, {
        type: 'subscription.renewed',
        subjectId: subscription.id,
        dedupeKey: `subscription.renewed:${subscription.id}:${change.currentPeriodEnd.toISOString()}`,
        payload: {
          subscriptionId: subscription.id,
          orderId,
          currentPeriodEnd: change.currentPeriodEnd.toISOString(),
        },
      });
    }
    const wasCanceled = subscription.status === 'canceled';
    if (change.status && !wasCanceled) subscription.status = change.status;
    if (change.cancelAtPeriodEnd !== undefined) subscription.cancelAtPeriodEnd = change.cancelAtPeriodEnd;
    if (change.canceledAt !== undefined) subscription.canceledAt = change.canceledAt;
    await tx.em.flush();
    if (change.limitAccessToGrace && !wasCanceled) {
      const until = await subscriptionAccessUntil(tx, subscription.currentPeriodEnd);
      await expireGrantsForOrder(tx, orderId, until);
      await expireLicensesForOrder(tx, orderId, until);
    }
    if (subscription.status === 'canceled') {
      // Ended: access runs to the end of the period paid for, without the grace a renewal would have used.
      await expireGrantsForOrder(tx, orderId, subscription.currentPeriodEnd);
      await expireLicensesForOrder(tx, orderId, subscription.currentPeriodEnd);
    }
    if (!wasCanceled && subscription.status === 'canceled') {
      await recordDomainEvent(tx, {
        type: 'subscription.canceled',
        subjectId: subscription.id,
        payload: {
          subscriptionId: subscription.id,
          orderId,
          accessUntil: subscription.currentPeriodEnd.toISOString(),
        },
      });
    }
    return { state: 'applied', subscription } as const;
  });
}

/**
 * Ends a subscription's access at `at`: a renewal whose payment went back (full refund, lost dispute) paid
 * for nothing. Expiry, not revocation, so a later paid renewal moves access forward again. The order's
 * amounts describe the first payment and commission is earned on it only, so neither changes. Expiries
 * only ever move earlier, which makes a repeated or reordered event a no-op.
 */
export async function endSubscriptionAccess(
  ctx: ServiceContext,
  input: SubscriptionRef & { at: Date; periodEnd: Date | null },
): Promise<
  | { state: 'applied'; subscription: Subscription }
  | { state: 'older_period'; subscription: Subscription }
  | { state: 'unknown_subscription' }
> {
  return withTransaction(ctx, async (tx) => {
    const subscription = await lockSubscription(tx, input);
    if (!subscription) return { state: 'unknown_subscription' } as const;
    // Money back for an earlier period, when a later one is already paid, leaves the paid period alone.
    if (input.periodEnd && input.periodEnd < subscription.currentPeriodEnd) {
      return { state: 'older_period', subscription } as const;
    }
    await expireGrantsForOrder(tx, subscription.order.id, input.at);
    await expireLicensesForOrder(tx, subscription.order.id, input.at);
    return { state: 'applied', subscription } as const;
  });
}

export type CustomerSubscriptionModel = {
  id: string;
  provider: PaymentProvider;
  providerSubscriptionId: string;
  productName: string;
  orderId: string;
  status: SubscriptionStatus;
  currentPeriodEnd: Date;
  cancelAtPeriodEnd: boolean;
  canceledAt: Date | null;
  createdAt: Date;
};

/** A customer's subscriptions, newest first, for the creator's customer page (the caller authorises). */
export async function listSubscriptionsOfCustomer(
  ctx: ServiceContext,
  customerId: string,
): Promise<CustomerSubscriptionModel[]> {
  const rows = await ctx.em.find(
    Subscription,
    { customer: customerId },
    { populate: ['product'], orderBy: { createdAt: 'desc', id: 'desc' } },
  );
  return rows.map((row) => ({
    id: row.id,
    provider: row.provider,
    providerSubscriptionId: row.providerSubscriptionId,
    productName: row.product.name,
    orderId: row.order.id,
    status: row.status,
    currentPeriodEnd: row.currentPeriodEnd,
    cancelAtPeriodEnd: row.cancelAtPeriodEnd,
    canceledAt: row.canceledAt,
    createdAt: row.createdAt,
  }));
}
