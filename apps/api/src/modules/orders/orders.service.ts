// Orders: the only code that writes `shop_order` and `order_item`. A pending order is created when a
// checkout starts, becomes paid once (recordPayment, called by fulfilment under the order's row lock), and
// afterwards follows refunds and disputes (`dispute`, one row per provider dispute, from which the order's
// status is derived). Which statuses keep the customer's access is decided here only.
import { LockMode } from '@mikro-orm/core';
import type { Product } from '@shelf/db/catalog';
import {
  Dispute,
  Order,
  OrderItem,
  type OrderStatus,
  orderNetCents,
  type PaymentProvider,
} from '@shelf/db/orders';
import type { ServiceContext } from '../../context.ts';
import { requireCreator } from '../accounts/accounts.service.ts';
import { isUuid } from '../common/ids.ts';
import { type Page, pageNewestFirst } from '../common/newest-first-page.ts';
import { recordDomainEvent } from '../events/events.service.ts';

/** A partial refund keeps access; a full refund, a lost dispute or an open dispute do not. */
const ACCESS_STATUSES = ['paid', 'partially_refunded'] as const satisfies readonly OrderStatus[];

export function orderKeepsAccess(status: OrderStatus): boolean {
  return (ACCESS_STATUSES as readonly OrderStatus[]).includes(status);
}

/** The same rule for SQL that checks access in the statement that spends it: `o.status in (...)`. */
export const ORDER_KEEPS_ACCESS_SQL = `(${ACCESS_STATUSES.map((status) => `'${status}'`).join(', ')})`;

export { orderNetCents };

export function listOrders(
  ctx: ServiceContext,
  args: { first?: number | null; after?: string | null; status?: OrderStatus | null },
): Promise<Page<Order>> {
  requireCreator(ctx, 'orders:read');
  return pageNewestFirst(ctx.em, Order, {
    first: args.first,
    after: args.after,
    filter: args.status ? { status: args.status } : {},
    populate: ['items', 'items.product', 'customer', 'affiliateLink'],
  });
}

/** A pending order for one product at its current price: what a checkout is before anyone has paid. */
export function createPendingOrder(
  ctx: ServiceContext,
  input: {
    id?: string;
    provider: PaymentProvider;
    sessionId: string;
    product: Product;
    email: string | null;
    affiliateLinkId: string | null;
  },
): Order {
  const { em } = ctx;
  const { product } = input;
  const order = em.create(Order, {
    ...(input.id ? { id: input.id } : {}),
    provider: input.provider,
    providerSessionId: input.sessionId,
    email: input.email,
    currency: product.currency,
    subtotalCents: product.priceCents,
    totalCents: product.priceCents,
    affiliateLink: input.affiliateLinkId,
  });
  em.create(OrderItem, {
    order,
    product,
    productName: product.name,
    unitPriceCents: product.priceCents,
    currency: product.currency,
  });
  return order;
}

/** The order behind a checkout session, with its items and products, for the success page. */
export async function findOrderBySession(ctx: ServiceContext, sessionId: string): Promise<Order | null> {
  if (sessionId.length > 255) return null;
  return ctx.em.findOne(
    Order,
    { providerSessionId: sessionId },
    { populate: ['items', 'items.product'], refresh: true },
  );
}

/**
 * Locks the order a checkout pays for (SELECT ... FOR UPDATE), found by its session or, for a session we
 * never recorded, by the order id the provider carried back. Call inside withTransaction.
 */
export async function lockOrderForCheckout(
  ctx: ServiceContext,
  where: { provider: PaymentProvider; sessionId: string; orderId: string | null },
): Promise<Order | null> {
  const lock = { lockMode: LockMode.PESSIMISTIC_WRITE };
  const bySession = await ctx.em.findOne(
    Order,
    { provider: where.provider, providerSessionId: where.sessionId },
    lock,
  );
  if (bySession || !isUuid(where.orderId)) return bySession;
  return ctx.em.findOne(Order, { id: where.orderId, provider: where.provider }, lock);
}

/**
 * Why a checkout may not pay for an order, or null when it may: the order must be that checkout's (or have
 * no session recorded), and until it is paid, the checkout's currency and amount before discounts must be
 * the order's. An order id the provider carried back is only a claim; this is what checks it.
 */
export function checkoutMismatch(
  order: Order,
  checkout: { sessionId: string; currency: string; subtotalCents: number },
): string | null {
  if (order.providerSessionId && order.providerSessionId !== checkout.sessionId) {
    return `order ${order.number} belongs to another checkout session`;
  }
  if (order.fulfilledAt) return null;
  if (order.currency.toLowerCase() !== checkout.currency.toLowerCase()) {
    return `checkout currency ${checkout.currency} is not order ${order.number}'s ${order.currency}`;
  }
  if (order.subtotalCents !== checkout.subtotalCents) {
    return `checkout amount ${checkout.subtotalCents} is not order ${order.number}'s ${order.subtotalCents}`;
  }
  return null;
}

/** Locks the order a payment paid for, for refunds and disputes. Call inside withTransaction. */
export async function lockOrderByPayment(
  ctx: ServiceContext,
  where: { provider: PaymentProvider; paymentIntentId: string },
): Promise<Order | null> {
  return ctx.em.findOne(
    Order,
    { provider: where.provider, providerPaymentIntentId: where.paymentIntentId },
    { lockMode: LockMode.PESSIMISTIC_WRITE },
  );
}

export type PaymentRecord = {
  customerId: string;
  email: string;
  currency: string;
  subtotalCents: number;
  discountCents: number;
  taxCents: number;
  totalCents: number;
  paymentIntentId: string | null;
  subscriptionId: string | null;
};

/** Marks a locked order paid and fulfilled, and announces it. Fulfilment calls this exactly once. */
export async function recordPayment(
  ctx: ServiceContext,
  order: Order,
  payment: PaymentRecord,
  now: Date,
): Promise<void> {
  Object.assign(order, {
    customer: payment.customerId,
    email: payment.email,
    status: 'paid',
    currency: payment.currency,
    subtotalCents: payment.subtotalCents,
    discountCents: payment.discountCents,
    taxCents: payment.taxCents,
    totalCents: payment.totalCents,
    providerPaymentIntentId: payment.paymentIntentId,
    providerSubscriptionId: payment.subscriptionId,
    paidAt: now,
    fulfilledAt: now,
  });
  await ctx.em.flush();
  await recordDomainEvent(ctx, {
    type: 'order.paid',
    subjectId: order.id,
    payload: {
      orderId: order.id,
      orderNumber: order.number,
      customerId: payment.customerId,
      currency: order.currency,
      subtotal: order.subtotalCents,
      discount: order.discountCents,
      tax: order.taxCents,
      total: order.totalCents,
    },
  });
}

/** Remembers the buyer's email on an order still waiting for its payment. */
export async function noteOrderEmail(ctx: ServiceContext, order: Order, email: string): Promise<void> {
  if (order.email === email) return;
  order.email = email;
  await ctx.em.flush();
}

/**
 * Marks a checkout that will never be paid (expired, or its delayed payment failed) as canceled.
 * Conditional on pending, so it can never undo a payment that fulfilment recorded concurrently.
 */
export async function cancelPendingOrder(
  ctx: ServiceContext,
  input: { provider: PaymentProvider; sessionId: string },
  now = new Date(),
): Promise<boolean> {
  const updated = await ctx.em.nativeUpdate(
    Order,
    { provider: input.provider, providerSessionId: input.sessionId, status: 'pending' },
    { status: 'canceled', canceledAt: now, updatedAt: now },
  );
  return updated > 0;
}

export type RefundEffect = 'none' | 'partial' | 'full';

/**
 * Records the provider's cumulative refunded amount on a locked order, so a repeated or reordered event
 * changes nothing. Says what the refund means for access: a full refund ends it, a partial one does not.
 */
export async function applyRefund(
  ctx: ServiceContext,
  order: Order,
  refundedCents: number,
  now: Date,
): Promise<RefundEffect> {
  const refunded = Math.min(Math.max(refundedCents, order.refundedCents), order.totalCents);
  if (refunded === order.refundedCents && order.status !== 'paid') return 'none';
  const previous = order.refundedCents;
  order.refundedCents = refunded;
  let effect: RefundEffect = 'none';
  if (refunded >= order.totalCents) {
    order.status = 'refunded';
    order.refundedAt = now;
    effect = 'full';
  } else if (refunded > 0) {
    if (order.status === 'paid') order.status = 'partially_refunded';
    effect = 'partial';
  }
  await ctx.em.flush();
  if (refunded > previous) {
    await recordDomainEvent(ctx, {
      type: 'order.refunded',
      subjectId: order.id,
      dedupeKey: `order.refunded:${order.id}:${refunded}`,
      payload: {
        orderId: order.id,
        orderNumber: order.number,
        currency: order.currency,
        refunded: refunded - previous,
        totalRefunded: refunded,
        full: effect === 'full',
      },
    });
  }
  return effect;
}

/** A dispute as the provider reports it; `disputeId` is the provider's own id for it. */
export type DisputeReport = {
  provider: PaymentProvider;
  disputeId: string;
  amountCents: number;
  at: Date;
};

/**
 * Records that a dispute was opened. A dispute already known (open, or already closed: the report came
 * late) changes nothing. The order's status follows all its disputes (deriveDisputeStatus).
 */
export async function recordDisputeOpened(
  ctx: ServiceContext,
  order: Order,
  report: DisputeReport,
): Promise<void> {
  const known = await ctx.em.findOne(Dispute, {
    provider: report.provider,
    providerDisputeId: report.disputeId,
  });
  if (!known) {
    ctx.em.create(Dispute, {
      order,
      provider: report.provider,
      providerDisputeId: report.disputeId,
      status: 'open',
      amountCents: report.amountCents,
      openedAt: report.at,
    });
  }
  await deriveDisputeStatus(ctx, order);
}

/**
 * Records how a dispute ended; the first outcome is final, so a repeated or late report changes nothing.
 * A lost dispute is a forced refund of its amount. Returns whether access must end now (a loss recorded
 * for the first time).
 */
export async function recordDisputeClosed(
  ctx: ServiceContext,
  order: Order,
  report: DisputeReport & { outcome: 'won' | 'lost' },
): Promise<{ endAccess: boolean }> {
  const known = await ctx.em.findOne(Dispute, {
    provider: report.provider,
    providerDisputeId: report.disputeId,
  });
  let closedNow = false;
  if (!known) {
    ctx.em.create(Dispute, {
      order,
      provider: report.provider,
      providerDisputeId: report.disputeId,
      status: report.outcome,
      amountCents: report.amountCents,
      openedAt: report.at,
      closedAt: report.at,
    });
    closedNow = true;
  } else if (known.status === 'open') {
    Object.assign(known, { status: report.outcome, amountCents: report.amountCents, closedAt: report.at });
    closedNow = true;
  }
  await deriveDisputeStatus(ctx, order);
  return { endAccess: closedNow && report.outcome === 'lost' };
}

/**
 * The order's status from all its disputes: any lost one makes it disputed for good (its amount counted as
 * refunded); any open one makes a paid order disputed; with none left open, a disputed order goes back to
 * what its refunds make it.
 */
async function deriveDisputeStatus(ctx: ServiceContext, order: Order): Promise<void> {
  await ctx.em.flush();
  const disputes = await ctx.em.find(Dispute, { order: order.id }, { orderBy: { closedAt: 'asc' } });
  const lost = disputes.filter((dispute) => dispute.status === 'lost');
  if (lost.length > 0) {
    const lostCents = lost.reduce((sum, dispute) => sum + dispute.amountCents, 0);
    order.status = 'disputed';
    order.refundedCents = Math.min(order.totalCents, Math.max(order.refundedCents, lostCents));
    order.refundedAt ??= lost[0]!.closedAt ?? new Date();
  } else if (disputes.some((dispute) => dispute.status === 'open')) {
    if (order.status === 'paid' || order.status === 'partially_refunded') order.status = 'disputed';
  } else if (order.status === 'disputed') {
    if (order.refundedCents >= order.totalCents) order.status = 'refunded';
    else order.status = order.refundedCents > 0 ? 'partially_refunded' : 'paid';
  }
  await ctx.em.flush();
}
