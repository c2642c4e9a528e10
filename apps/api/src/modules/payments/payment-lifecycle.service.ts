// Applies provider-neutral payment events (payment-events.ts) to Shelf: fulfilment, refunds, disputes and
// subscription changes, each ending in the one domain function for its rule. Everything here is
// idempotent, so a repeated or concurrent delivery changes nothing, and it is the same for every provider.
//
// Events arrive in any order. When one refers to a payment or subscription we have not fulfilled yet,
// the repair step runs: apply; no order yet; fetch that checkout from the provider; fulfil it; apply
// again. A payment with no Shelf checkout behind it is either a renewal of a subscription we know (its
// order holds only the first invoice's payment) or not ours (another integration on the same account).
import type { Order, PaymentProvider } from '@shelf/db/orders';
import { renderRefundEmail } from '@shelf/email';
import { type ServiceContext, withTransaction } from '../../context.ts';
import { failPoint } from '../../fail-points.ts';
import {
  adjustCommissionForRefund,
  adjustRenewalCommissionForRefund,
  type RefundCause,
  recordRenewalCommission,
} from '../affiliates/commissions.service.ts';
import { type CheckoutOutcome, fulfilCheckout, isCheckoutPaid } from '../fulfilment/fulfilment.service.ts';
import { revokeOrderAccess } from '../fulfilment/order-access.service.ts';
import { queueEmail } from '../messaging/messaging.service.ts';
import {
  applyRefund,
  cancelPendingOrder,
  lockOrderByPayment,
  recordDisputeClosed,
  recordDisputeOpened,
} from '../orders/orders.service.ts';
import { readStoreSettings } from '../settings/settings.service.ts';
import {
  applySubscriptionChange,
  endSubscriptionAccess,
  type SubscriptionChange,
  subscriptionExists,
} from '../subscriptions/subscriptions.service.ts';
import {
  type PaidRenewal,
  type PaymentEvent,
  type PaymentEventResult,
  RetryLaterError,
} from './payment-events.ts';

const processed: PaymentEventResult = { status: 'processed' };
const ignored = (note: string): PaymentEventResult => ({ status: 'ignored', note });

export async function applyPaymentEvent(
  ctx: ServiceContext,
  event: PaymentEvent,
): Promise<PaymentEventResult> {
  const result = await applyEvent(ctx, event);
  // Test-only: a crash after the event changed its rows and before the caller's transaction commits.
  failPoint(ctx, 'payment-event.applied');
  return result;
}

async function applyEvent(ctx: ServiceContext, event: PaymentEvent): Promise<PaymentEventResult> {
  switch (event.type) {
    case 'checkout.completed': {
      // fulfilCheckout decides: paid (or nothing to pay) fulfils now; unpaid keeps the order pending.
      const result = await fulfilCheckout(ctx, event.checkout);
      if (result.state === 'rejected') return ignored(`not fulfilled: ${result.reason}`);
      return result.state === 'unknown_order' ? ignored('not a Shelf checkout') : processed;
    }
    case 'checkout.abandoned':
      await cancelPendingOrder(ctx, event);
      return processed;
    case 'renewal.paid': {
      const change: SubscriptionChange = {
        provider: event.provider,
        subscriptionId: event.subscriptionId,
        status: 'active',
        ...(event.periodEnd ? { currentPeriodEnd: event.periodEnd } : {}),
      };
      const { payment } = event;
      if (!payment) return applyToSubscription(ctx, change);
      // The renewal's commission commits with the period it paid for (a webhook's own transaction joins).
      return withTransaction(ctx, (tx) =>
        applyToSubscription(tx, change, (inner, order) => recordRenewalCommissionFor(inner, order, payment)),
      );
    }
    case 'renewal.failed':
      // Past due: access runs to the paid period's end plus the grace days, then pauses until paid.
      return applyToSubscription(ctx, {
        provider: event.provider,
        subscriptionId: event.subscriptionId,
        status: 'past_due',
        limitAccessToGrace: true,
      });
    case 'subscription.updated':
      return applyToSubscription(ctx, {
        provider: event.provider,
        subscriptionId: event.subscriptionId,
        ...(event.status ? { status: event.status } : {}),
        ...(event.cancelAtPeriodEnd !== undefined ? { cancelAtPeriodEnd: event.cancelAtPeriodEnd } : {}),
        ...(event.canceledAt ? { canceledAt: event.canceledAt } : {}),
      });
    case 'subscription.ended':
      // No period change: access runs to the end of the period already paid for.
      return applyToSubscription(ctx, {
        provider: event.provider,
        subscriptionId: event.subscriptionId,
        status: 'canceled',
        canceledAt: event.endedAt,
      });
    case 'payment.refunded':
      return applyToPayment(
        ctx,
        event,
        (tx, order) => recordRefund(tx, order, event.refundedCents, event.at),
        {
          ...(event.fullyRefunded
            ? { endAccess: true, at: event.at }
            : { endAccess: false, note: 'partial refund keeps access' }),
          commission: {
            cause: 'refund',
            refundedCents: event.refundedCents,
            paymentCents: event.paymentCents ?? null,
            fullyRefunded: event.fullyRefunded,
            at: event.at,
          },
        },
      );
    case 'dispute.opened':
      return applyToPayment(ctx, event, (tx, order) => recordDisputeOpened(tx, order, event), null);
    case 'dispute.closed':
      return applyToPayment(
        ctx,
        event,
        async (tx, order) => {
          const { endAccess } = await recordDisputeClosed(tx, order, event);
          if (endAccess) await revokeOrderAccess(tx, order, event.at, 'lost_dispute');
        },
        // An opened dispute does not end a renewal's access, so a won one has nothing to restore.
        event.outcome === 'lost'
          ? {
              endAccess: true,
              at: event.at,
              commission: {
                cause: 'lost_dispute',
                refundedCents: event.amountCents,
                paymentCents: null,
                fullyRefunded: true,
                at: event.at,
              },
            }
          : { endAccess: false, note: `dispute ${event.outcome}: access kept` },
      );
  }
}

/** A paid renewal's commission, when the order's link earns on every payment. */
async function recordRenewalCommissionFor(
  ctx: ServiceContext,
  order: Order,
  payment: PaidRenewal,
): Promise<void> {
  const settings = await readStoreSettings(ctx);
  await recordRenewalCommission(ctx, {
    order,
    paymentId: payment.paymentId,
    netCents: payment.netCents,
    currency: payment.currency,
    paidAt: payment.paidAt,
    refundWindowDays: settings.refundWindowDays,
  });
}

/** A refund on an order: a full one revokes access, a partial one reduces commission; the customer is told. */
async function recordRefund(
  ctx: ServiceContext,
  order: Order,
  refundedCents: number,
  at: Date,
): Promise<void> {
  const before = order.refundedCents;
  const effect = await applyRefund(ctx, order, refundedCents, at);
  if (effect === 'full') await revokeOrderAccess(ctx, order, at);
  else if (effect === 'partial') await adjustCommissionForRefund(ctx, order, at);
  if (effect === 'none' || !order.email || order.refundedCents <= before) return;
  const settings = await readStoreSettings(ctx);
  await ctx.em.populate(order, ['customer']);
  await queueEmail(ctx, {
    to: order.email,
    template: 'refund',
    ...renderRefundEmail({
      storeName: settings.storeName,
      orderNumber: String(order.number),
      customerName: order.customer?.name ?? null,
      refundedCents: order.refundedCents - before,
      currency: order.currency,
      accessRevoked: effect === 'full',
      supportEmail: settings.supportEmail ?? undefined,
    }),
    idempotencyKey: `refund:${order.id}:${order.refundedCents}`,
    orderId: order.id,
  });
}

type Repair = 'fulfilled' | 'not_ours' | 'not_paid_yet' | 'abandoned';

/** Fulfils the checkout behind an event that arrived before the checkout's own. */
async function fulfilFromCheckout(ctx: ServiceContext, checkout: CheckoutOutcome | null): Promise<Repair> {
  if (!checkout) return 'not_ours';
  if (checkout.status === 'expired') return 'abandoned';
  if (!isCheckoutPaid(checkout)) return 'not_paid_yet';
  const result = await fulfilCheckout(ctx, checkout);
  if (result.state === 'unknown_order' || result.state === 'rejected') return 'not_ours';
  return result.state === 'awaiting_payment' ? 'not_paid_yet' : 'fulfilled';
}

/**
 * What a refund or dispute means for a renewal: end access, or keep it (and why); and what it takes back
 * from the renewal payment's commission, if anything.
 */
type RenewalEffect = ({ endAccess: true; at: Date } | { endAccess: false; note: string }) & {
  commission?: {
    cause: RefundCause;
    refundedCents: number;
    paymentCents: number | null;
    fullyRefunded: boolean;
    at: Date;
  };
};

/** Runs `apply` on the order a payment paid for, under the order's row lock, in one transaction. */
async function withPaidOrder(
  ctx: ServiceContext,
  payment: { provider: PaymentProvider; paymentId: string },
  apply: (tx: ServiceContext, order: Order) => Promise<void>,
): Promise<'applied' | 'unknown_order'> {
  return withTransaction(ctx, async (tx) => {
    const order = await lockOrderByPayment(tx, {
      provider: payment.provider,
      paymentIntentId: payment.paymentId,
    });
    if (!order) return 'unknown_order';
    await apply(tx, order);
    return 'applied';
  });
}

/**
 * Applies a refund or dispute to the order a payment paid for, repairing first when its checkout has not
 * been fulfilled yet. One whose checkout is not paid yet is retried later, so access is never granted
 * after the money went back.
 */
async function applyToPayment(
  ctx: ServiceContext,
  payment: { provider: PaymentProvider; paymentId: string },
  apply: (tx: ServiceContext, order: Order) => Promise<void>,
  renewal: RenewalEffect | null,
): Promise<PaymentEventResult> {
  // `apply` runs inside the transaction withPaidOrder opens, through the context bound to it.
  const attempt = () => withPaidOrder(ctx, payment, apply);
  if ((await attempt()) === 'applied') return processed;
  const gateway = ctx.services.payments;
  const repair = await fulfilFromCheckout(ctx, await gateway.findCheckoutByPayment(payment.paymentId));
  if (repair === 'not_ours' && renewal) return applyToRenewal(ctx, payment, renewal);
  if (repair === 'not_ours' || repair === 'abandoned')
    return ignored(`no Shelf order for ${payment.paymentId}`);
  if (repair === 'not_paid_yet')
    throw new RetryLaterError(`the checkout for ${payment.paymentId} is not paid yet`);
  if ((await attempt()) === 'unknown_order')
    throw new RetryLaterError(`no order for ${payment.paymentId} yet`);
  return processed;
}

/** Applies a refund or dispute to the subscription whose renewal a payment paid. */
async function applyToRenewal(
  ctx: ServiceContext,
  payment: { provider: PaymentProvider; paymentId: string },
  effect: RenewalEffect,
): Promise<PaymentEventResult> {
  // A renewal that earned commission is known by its line, whatever the provider can still tell us.
  const { commission } = effect;
  const hadCommission = commission
    ? await adjustRenewalCommissionForRefund(
        ctx,
        { provider: payment.provider, paymentId: payment.paymentId, ...commission },
        commission.at,
      )
    : false;
  const renewal = await ctx.services.payments.findRenewalPayment(payment.paymentId);
  // A first invoice's payment is recorded on its order; finding none here means its checkout is not ours.
  if (!renewal || renewal.firstPayment) {
    return hadCommission
      ? { status: 'processed', note: `renewal payment ${payment.paymentId}: commission adjusted` }
      : ignored(`no Shelf order for ${payment.paymentId}`);
  }
  const ref = { provider: payment.provider, subscriptionId: renewal.subscriptionId };
  const unknown = ignored(`no Shelf order or subscription for ${payment.paymentId}`);
  if (!effect.endAccess) {
    return (await subscriptionExists(ctx, ref))
      ? { status: 'processed', note: `renewal of ${renewal.subscriptionId}: ${effect.note}` }
      : unknown;
  }
  const result = await endSubscriptionAccess(ctx, { ...ref, at: effect.at, periodEnd: renewal.periodEnd });
  if (result.state === 'older_period') {
    return {
      status: 'processed',
      note: `renewal of ${renewal.subscriptionId}: an earlier period; current access kept`,
    };
  }
  return result.state === 'applied' ? processed : unknown;
}

/**
 * Applies a subscription change. When the subscription's checkout is not fulfilled yet there is nothing to
 * change: fulfilment reads the subscription's current state from the provider when it happens.
 */
async function applyToSubscription(
  ctx: ServiceContext,
  change: SubscriptionChange,
  afterApplied?: (ctx: ServiceContext, order: Order) => Promise<void>,
): Promise<PaymentEventResult> {
  const apply = async (): Promise<boolean> => {
    const result = await applySubscriptionChange(ctx, change);
    if (result.state !== 'applied') return false;
    await afterApplied?.(ctx, result.subscription.order);
    return true;
  };
  if (await apply()) return processed;
  const repair = await fulfilFromCheckout(
    ctx,
    await ctx.services.payments.findCheckoutBySubscription(change.subscriptionId),
  );
  if (repair !== 'fulfilled')
    return ignored(`subscription ${change.subscriptionId}: ${repair.replaceAll('_', ' ')}`);
  if (await apply()) return processed;
  throw new RetryLaterError(`no subscription ${change.subscriptionId} yet`);
}
