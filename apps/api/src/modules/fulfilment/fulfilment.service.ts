// Fulfilment: the one place that turns a paid checkout into what the customer bought. Every path calls it
// (a provider's webhook, a test-mode payment, the success page, reconciliation), and it is safe to call
// any number of times from any number of processes: the order row is locked FOR UPDATE and fulfilledAt is
// the marker, all inside one transaction, so a crash leaves either nothing or everything. It owns no table:
// it orchestrates the domains that do, handing each the one transaction.
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { Order, PaymentProvider } from '@shelf/db/orders';
import { type ServiceContext, withTransaction } from '../../context.ts';
import { failPoint } from '../../fail-points.ts';
import { findEarningLink } from '../affiliates/affiliates.service.ts';
import { recordCommission } from '../affiliates/commissions.service.ts';
import { findProductById } from '../catalog/catalog.service.ts';
import { normaliseEmail } from '../common/email-address.ts';
import { isUuid } from '../common/ids.ts';
import { findOrCreateCustomer } from '../customers/customers.service.ts';
import { issueDownloadGrants } from '../downloads/downloads.service.ts';
import { issueLicenses } from '../licensing/licensing.service.ts';
import { queueEmail } from '../messaging/messaging.service.ts';
import {
  checkoutMismatch,
  createPendingOrder,
  lockOrderForCheckout,
  noteOrderEmail,
  recordPayment,
} from '../orders/orders.service.ts';
import { readStoreSettings } from '../settings/settings.service.ts';
import { startSubscription, subscriptionAccessUntil } from '../subscriptions/subscriptions.service.ts';
import { composeDeliveryEmail } from './order-access.service.ts';

/** A provider's checkout session in the shape fulfilment needs, whatever the provider. */
export type CheckoutOutcome = {
  provider: PaymentProvider;
  sessionId: string;
  /** complete + paid: fulfil now. complete + unpaid: an async payment is still on its way. */
  status: 'open' | 'complete' | 'expired';
  paymentStatus: 'paid' | 'unpaid' | 'no_payment_required';
  orderId: string | null;
  productId: string | null;
  affiliateLinkId: string | null;
  customerEmail: string | null;
  customerName: string | null;
  providerCustomerId: string | null;
  currency: string;
  subtotalCents: number;
  discountCents: number;
  taxCents: number;
  totalCents: number;
  paymentIntentId: string | null;
  subscription: { id: string; currentPeriodEnd: Date } | null;
};

/** The one answer to "is this checkout paid?": complete, and paid or free. */
export function isCheckoutPaid(outcome: Pick<CheckoutOutcome, 'status' | 'paymentStatus'>): boolean {
  return outcome.status === 'complete' && outcome.paymentStatus !== 'unpaid';
}

export type FulfilmentResult =
  | { state: 'fulfilled'; order: Order }
  | { state: 'already_fulfilled'; order: Order }
  | { state: 'awaiting_payment'; order: Order }
  /** The checkout names an order it cannot pay for (malformed id, another session, other amount). */
  | { state: 'rejected'; reason: string }
  | { state: 'unknown_order' };

export async function fulfilCheckout(
  ctx: ServiceContext,
  outcome: CheckoutOutcome,
  now = new Date(),
): Promise<FulfilmentResult> {
  // Two first-time fulfilments of an order unknown to us can race on its insert; the loser retries and
  // then finds the winner's row.
  for (let attempt = 0; ; attempt++) {
    try {
      const result = await withTransaction(ctx, (tx) => fulfilInTransaction(tx, outcome, now));
      if (result.state === 'fulfilled') ctx.log.info({ orderNumber: result.order.number }, 'order fulfilled');
      if (result.state === 'rejected') {
        ctx.log.warn(
          { sessionId: outcome.sessionId, orderId: outcome.orderId, reason: result.reason },
          'checkout does not match its order; not fulfilled',
        );
      }
      return result;
    } catch (error) {
      if (attempt < 2 && !ctx.inTransaction && error instanceof UniqueConstraintViolationException) continue;
      throw error;
    }
  }
}

/**
 * A session we never recorded (our insert failed after the provider created it, or it was made elsewhere)
 * is rebuilt from its metadata so a paying customer is never turned away.
 */
async function createOrderFromOutcome(ctx: ServiceContext, outcome: CheckoutOutcome): Promise<Order | null> {
  const product = await findProductById(ctx, outcome.productId);
  if (!product) return null;
  const link = await findEarningLink(ctx, { id: outcome.affiliateLinkId }, [product.id]);
  createPendingOrder(ctx, {
    ...(isUuid(outcome.orderId) ? { id: outcome.orderId } : {}),
    provider: outcome.provider,
    sessionId: outcome.sessionId,
    product,
    email: outcome.customerEmail ? normaliseEmail(outcome.customerEmail) : null,
    affiliateLinkId: link?.id ?? null,
  });
  await ctx.em.flush();
  return lockOrderForCheckout(ctx, { ...outcome, orderId: null });
}

async function fulfilInTransaction(
  ctx: ServiceContext,
  outcome: CheckoutOutcome,
  now: Date,
): Promise<FulfilmentResult> {
  const found = await lockOrderForCheckout(ctx, outcome);
  if (!found && outcome.orderId !== null && !isUuid(outcome.orderId)) {
    return { state: 'rejected', reason: 'the checkout carries a malformed order id' };
  }
  const order = found ?? (await createOrderFromOutcome(ctx, outcome));
  if (!order) return { state: 'unknown_order' };
  // An order rebuilt from the checkout just now is the checkout's by construction, at today's price.
  const mismatch = found ? checkoutMismatch(order, outcome) : null;
  if (mismatch) return { state: 'rejected', reason: mismatch };
  if (order.fulfilledAt) return { state: 'already_fulfilled', order };

  const email = outcome.customerEmail ? normaliseEmail(outcome.customerEmail) : order.email;
  if (!isCheckoutPaid(outcome) || !email) {
    if (email) await noteOrderEmail(ctx, order, email);
    return { state: 'awaiting_payment', order };
  }

  const customer = await findOrCreateCustomer(ctx, { email, name: outcome.customerName });
  await ctx.em.populate(order, ['items', 'items.product']);
  await recordPayment(
    ctx,
    order,
    {
      customerId: customer.id,
      email,
      currency: outcome.currency,
      subtotalCents: outcome.subtotalCents,
      discountCents: outcome.discountCents,
      taxCents: outcome.taxCents,
      totalCents: outcome.totalCents,
      paymentIntentId: outcome.paymentIntentId,
      subscriptionId: outcome.subscription?.id ?? null,
    },
    now,
  );

  const items = order.items.getItems();
  const subscribed = items.filter((item) => item.product.kind === 'subscription');
  // A subscription's access runs to the end of the paid period (plus the renewal grace) instead of the
  // product's window.
  const periodAccess = outcome.subscription
    ? await subscriptionAccessUntil(ctx, outcome.subscription.currentPeriodEnd)
    : null;
  const accessUntil = (item: (typeof items)[number]): Date | null =>
    item.product.kind === 'subscription' ? periodAccess : null;
  await issueDownloadGrants(
    ctx,
    {
      orderId: order.id,
      items: items.map((item) => ({
        orderItemId: item.id,
        productId: item.product.id,
        downloadLimit: item.product.downloadLimit,
        downloadWindowDays: item.product.downloadWindowDays,
        accessUntil: accessUntil(item),
      })),
    },
    now,
  );
  failPoint(ctx, 'fulfilment.after-grants');
  await issueLicenses(ctx, {
    orderId: order.id,
    customerId: customer.id,
    items: items
      .filter((item) => item.product.requiresLicenseKey)
      .map((item) => ({
        orderItemId: item.id,
        productId: item.product.id,
        activationLimit: item.product.licenseActivationLimit,
        expiresAt: accessUntil(item),
      })),
  });
  if (outcome.subscription) {
    for (const item of subscribed) {
      await startSubscription(ctx, {
        provider: outcome.provider,
        subscriptionId: outcome.subscription.id,
        customerId: customer.id,
        productId: item.product.id,
        orderId: order.id,
        currentPeriodEnd: outcome.subscription.currentPeriodEnd,
      });
    }
  }

  const settings = await readStoreSettings(ctx);
  await recordCommission(
    ctx,
    { order, productIds: items.map((item) => item.product.id), refundWindowDays: settings.refundWindowDays },
    now,
  );
  failPoint(ctx, 'fulfilment.before-email');
  const rendered = await composeDeliveryEmail(ctx, order, settings);
  await queueEmail(ctx, {
    to: email,
    template: 'delivery',
    ...rendered,
    idempotencyKey: `delivery:${order.id}`,
    orderId: order.id,
  });
  return { state: 'fulfilled', order };
}
