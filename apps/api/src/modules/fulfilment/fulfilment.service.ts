// Fulfilment: the one place that turns a paid checkout into what the customer bought. Every path calls
// it (Stripe webhook, test-mode payment, success page, reconciliation), and it is safe to call any number
// of times from any number of processes: the order row is locked FOR UPDATE and fulfilledAt is the
// marker, all inside one transaction, so a crash leaves either nothing or everything.
import { LockMode, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  AffiliateLink,
  Commission,
  Customer,
  DownloadGrant,
  License,
  normaliseEmail,
  Order,
  orderNetCents,
  Product,
  StoreSettings,
  Subscription,
} from '@shelf/db';
import { generateLicenseKey } from '@shelf/licensing';
import type { AppServices } from '../../app-services.ts';
import { buildPendingOrder } from '../checkout/pending-order.ts';
import { downloadTokenHash } from '../downloads/download-token.ts';
import { queueEmail } from '../messaging/email-outbox.ts';
import type { CheckoutOutcome } from '../payments/payment-provider.ts';
import { composeDeliveryEmail } from './delivery-email.ts';

const DAY_MS = 24 * 60 * 60 * 1000;

export type FulfilmentResult =
  | { state: 'fulfilled'; order: Order; emailId: string | null }
  | { state: 'already_fulfilled'; order: Order }
  | { state: 'awaiting_payment'; order: Order }
  | { state: 'unknown_order' };

export async function fulfilCheckout(
  services: AppServices,
  outcome: CheckoutOutcome,
  now = new Date(),
): Promise<FulfilmentResult> {
  // Two first-time fulfilments of an order unknown to us can race on its insert; the loser retries and
  // then finds the winner's row.
  for (let attempt = 0; ; attempt++) {
    try {
      const result = await services.orm.em
        .fork()
        .transactional((em) => fulfilInTransaction(em as EntityManager, services, outcome, now));
      if (result.state === 'fulfilled' && result.emailId) await services.emails.enqueue(result.emailId);
      if (result.state === 'fulfilled') {
        services.log.info(
          { orderNumber: result.order.number, sessionId: outcome.sessionId },
          'order fulfilled',
        );
      }
      return result;
    } catch (error) {
      if (attempt < 2 && error instanceof UniqueConstraintViolationException) continue;
      throw error;
    }
  }
}

async function lockOrder(em: EntityManager, outcome: CheckoutOutcome): Promise<Order | null> {
  const bySession = await em.findOne(
    Order,
    { provider: outcome.provider, providerSessionId: outcome.sessionId },
    { lockMode: LockMode.PESSIMISTIC_WRITE },
  );
  if (bySession) return bySession;
  if (!outcome.orderId || !/^[0-9a-f-]{36}$/i.test(outcome.orderId)) return null;
  return em.findOne(
    Order,
    { id: outcome.orderId, provider: outcome.provider },
    { lockMode: LockMode.PESSIMISTIC_WRITE },
  );
}

/**
 * A session we never recorded (our insert failed after the provider created it, or it was made elsewhere)
 * is rebuilt from its metadata so a paying customer is never turned away.
 */
async function createOrderFromOutcome(em: EntityManager, outcome: CheckoutOutcome): Promise<Order | null> {
  if (!outcome.productId || !/^[0-9a-f-]{36}$/i.test(outcome.productId)) return null;
  const product = await em.findOne(Product, { id: outcome.productId });
  if (!product) return null;
  const link =
    outcome.affiliateLinkId && /^[0-9a-f-]{36}$/i.test(outcome.affiliateLinkId)
      ? await em.findOne(AffiliateLink, { id: outcome.affiliateLinkId })
      : null;
  const validOrderId =
    outcome.orderId && /^[0-9a-f-]{36}$/i.test(outcome.orderId) ? outcome.orderId : undefined;
  const order = buildPendingOrder(em, {
    id: validOrderId,
    provider: outcome.provider,
    sessionId: outcome.sessionId,
    product,
    email: outcome.customerEmail ? normaliseEmail(outcome.customerEmail) : null,
    affiliateLink: link,
  });
  await em.flush();
  return em.findOne(Order, { id: order.id }, { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true });
}

async function upsertCustomer(em: EntityManager, email: string, name: string | null): Promise<Customer> {
  const rows = await em.getConnection().execute<Array<{ id: string }>>(
    `insert into customer (id, email, name, created_at) values (gen_random_uuid(), ?, ?, now())
     on conflict (email) do update set name = coalesce(customer.name, excluded.name)
     returning id`,
    [email, name],
    'all',
    em.getTransactionContext(),
  );
  return em.findOneOrFail(Customer, { id: rows[0]!.id }, { refresh: true });
}

async function fulfilInTransaction(
  em: EntityManager,
  services: AppServices,
  outcome: CheckoutOutcome,
  now: Date,
): Promise<FulfilmentResult> {
  const order = (await lockOrder(em, outcome)) ?? (await createOrderFromOutcome(em, outcome));
  if (!order) return { state: 'unknown_order' };
  if (order.fulfilledAt) return { state: 'already_fulfilled', order };

  const paid = outcome.status === 'complete' && outcome.paymentStatus !== 'unpaid';
  const email = outcome.customerEmail ? normaliseEmail(outcome.customerEmail) : order.email;
  if (!paid || !email) {
    if (email && email !== order.email) order.email = email;
    await em.flush();
    return { state: 'awaiting_payment', order };
  }

  const customer = await upsertCustomer(em, email, outcome.customerName);
  await em.populate(order, ['items', 'items.product']);
  Object.assign(order, {
    customer,
    email,
    status: 'paid',
    currency: outcome.currency,
    subtotalCents: outcome.subtotalCents,
    discountCents: outcome.discountCents,
    taxCents: outcome.taxCents,
    totalCents: outcome.totalCents,
    providerPaymentIntentId: outcome.paymentIntentId,
    providerSubscriptionId: outcome.subscription?.id ?? null,
    paidAt: now,
    fulfilledAt: now,
  });

  for (const item of order.items) {
    const product = item.product;
    const subscriptionEnd =
      product.kind === 'subscription' ? (outcome.subscription?.currentPeriodEnd ?? null) : null;
    const windowEnd = product.downloadWindowDays
      ? new Date(now.getTime() + product.downloadWindowDays * DAY_MS)
      : null;
    const grant = em.create(DownloadGrant, {
      order,
      orderItem: item,
      product,
      tokenHash: '',
      downloadLimit: product.downloadLimit,
      expiresAt: subscriptionEnd ?? windowEnd,
    });
    grant.tokenHash = downloadTokenHash(grant.id, services.config.secrets.downloadSigning);
    if (product.requiresLicenseKey) {
      em.create(License, {
        key: generateLicenseKey(),
        product,
        order,
        orderItem: item,
        customer,
        activationLimit: product.licenseActivationLimit,
        expiresAt: subscriptionEnd,
      });
    }
    if (product.kind === 'subscription' && outcome.subscription) {
      em.create(Subscription, {
        provider: outcome.provider,
        providerSubscriptionId: outcome.subscription.id,
        customer,
        product,
        order,
        status: 'active',
        currentPeriodEnd: outcome.subscription.currentPeriodEnd,
      });
    }
  }

  const settings = await em.findOne(StoreSettings, { id: 1 });
  await createCommission(em, order, settings?.refundWindowDays ?? 30, now);
  await em.flush();

  const rendered = await composeDeliveryEmail(em, order, {
    storeName: settings?.storeName ?? services.config.storeName,
    apiPublicUrl: services.config.api.publicUrl,
    downloadSecret: services.config.secrets.downloadSigning,
    supportEmail: settings?.supportEmail ?? null,
  });
  const queued = await queueEmail(em, {
    to: email,
    template: 'delivery',
    ...rendered,
    idempotencyKey: `delivery:${order.id}`,
    order,
  });
  return { state: 'fulfilled', order, emailId: queued.id };
}

/** Commission = floor(net amount x the link's percent / 100), once per order (unique on order). */
async function createCommission(
  em: EntityManager,
  order: Order,
  refundWindowDays: number,
  now: Date,
): Promise<void> {
  if (!order.affiliateLink) return;
  const link = await em.findOne(AffiliateLink, { id: order.affiliateLink.id }, { populate: ['affiliate'] });
  if (!link || link.archivedAt || link.affiliate.status !== 'active') return;
  const productIds = order.items.getItems().map((item) => item.product.id);
  if (link.product && !productIds.includes(link.product.id)) return;
  const amountCents = Math.floor((orderNetCents(order) * link.commissionPercent) / 100);
  em.create(Commission, {
    affiliate: link.affiliate,
    link,
    order,
    amountCents,
    currency: order.currency,
    percent: link.commissionPercent,
    availableAt: new Date(now.getTime() + refundWindowDays * DAY_MS),
  });
}
