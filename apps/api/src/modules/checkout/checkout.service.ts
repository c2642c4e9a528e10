// Checkout: starting a payment for a product and reporting where it stands. Starting creates a pending
// order only after the provider answers; the outcome is decided by fulfilment, never here.
import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AffiliateLink, normaliseEmail, Order, StoreSettings } from '@shelf/db';
import type { AppServices } from '../../app-services.ts';
import { AppError, badInput, notFound } from '../../errors.ts';
import {
  findPublishedProduct,
  type ProductModel,
  productEntityToCatalog,
  requirePublishedProduct,
  toProductModel,
} from '../catalog/catalog.service.ts';
import { type MoneyModel, toMoney } from '../common/money.ts';
import { fulfilCheckout } from '../fulfilment/fulfilment.service.ts';
import { loadOrderAccess } from '../fulfilment/order-access.ts';
import { testOutcomeFor } from '../payments/test-gateway.ts';
import { buildPendingOrder } from './pending-order.ts';

const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export type CheckoutOrderModel = {
  number: number;
  status: 'PENDING' | 'PAID' | 'REFUNDED' | 'PARTIALLY_REFUNDED' | 'DISPUTED' | 'CANCELED';
  email: string | null;
  total: MoneyModel;
  tax: MoneyModel;
  downloads: Array<{ filename: string; size: number; url: string }>;
  licenses: Array<{
    key: string;
    productName: string;
    activationLimit: number | null;
    expiresAt: Date | null;
  }>;
  downloadLimit: number | null;
  downloadsExpireAt: Date | null;
};

export type CheckoutModel = {
  id: string;
  status: 'OPEN' | 'PROCESSING' | 'COMPLETE' | 'EXPIRED';
  testMode: boolean;
  product: ProductModel;
  email: string | null;
  amount: MoneyModel;
  order: CheckoutOrderModel | null;
};

export function parseEmail(input: string | null | undefined, field = 'email'): string | null {
  if (input === null || input === undefined || input.trim() === '') return null;
  const email = normaliseEmail(input);
  if (email.length > 320 || !EMAIL_PATTERN.test(email)) throw badInput('Enter a valid email address.', field);
  return email;
}

/** An affiliate code that is unknown, archived or for another product is ignored, never an error. */
async function resolveAffiliateLink(
  em: EntityManager,
  code: string | null | undefined,
  productId: string,
): Promise<AffiliateLink | null> {
  if (!code || !/^[A-Za-z0-9_-]{1,64}$/.test(code)) return null;
  const link = await em.findOne(AffiliateLink, { code, archivedAt: null }, { populate: ['affiliate'] });
  if (link?.affiliate.status !== 'active') return null;
  if (link.product && link.product.id !== productId) return null;
  return link;
}

export async function createCheckout(
  services: AppServices,
  em: EntityManager,
  input: { productId: string; affiliateCode?: string | null; email?: string | null },
): Promise<{ id: string; url: string }> {
  const email = parseEmail(input.email);
  const product = await requirePublishedProduct(em, input.productId);
  const link = await resolveAffiliateLink(em, input.affiliateCode, product.id);
  const settings = await em.findOne(StoreSettings, { id: 1 });
  const orderId = randomUUID();
  const image = product.images.getItems()[0];
  let session: { id: string; url: string };
  try {
    session = await services.payments.createCheckoutSession({
      orderId,
      product: {
        id: product.id,
        name: product.name,
        tagline: product.tagline,
        priceCents: product.priceCents,
        currency: product.currency,
        kind: product.kind,
        interval: product.interval,
        imageUrl: image ? `${services.mediaBaseUrl}/${image.storageKey}` : null,
      },
      email,
      affiliateLinkId: link?.id ?? null,
      successUrl: `${services.config.web.publicUrl}/checkout/success?session_id={CHECKOUT_SESSION_ID}`,
      cancelUrl: `${services.config.web.publicUrl}/products/${product.slug}`,
      automaticTax: settings?.taxEnabled ?? false,
      idempotencyKey: `checkout:${orderId}`,
    });
  } catch (error) {
    services.log.error(
      { err: error, productId: product.id },
      'payment provider refused to create a checkout',
    );
    throw new AppError(
      'PAYMENT_PROVIDER_ERROR',
      'The payment provider is not reachable right now. Please try again.',
    );
  }
  buildPendingOrder(em, {
    id: orderId,
    provider: services.payments.name,
    sessionId: session.id,
    product,
    email,
    affiliateLink: link,
  });
  await em.flush();
  return session;
}

async function findCheckoutOrder(em: EntityManager, sessionId: string): Promise<Order | null> {
  if (sessionId.length > 255) return null;
  return em.findOne(Order, { providerSessionId: sessionId }, { populate: ['items', 'items.product'] });
}

/**
 * The success page's view of a checkout. While the order is pending it asks the provider, and fulfils
 * through the same idempotent path as the webhook, so a late webhook never leaves a paying shopper waiting.
 */
export async function getCheckout(
  services: AppServices,
  em: EntityManager,
  sessionId: string,
): Promise<CheckoutModel | null> {
  let order = await findCheckoutOrder(em, sessionId);
  if (!order) return null;
  let processing = false;
  if (order.status === 'pending' && order.provider === 'stripe') {
    const outcome = await services.payments.retrieveCheckoutSession(sessionId).catch((error: unknown) => {
      services.log.warn({ err: error, sessionId }, 'could not ask the provider about a checkout');
      return null;
    });
    if (outcome?.status === 'complete' && outcome.paymentStatus !== 'unpaid') {
      await fulfilCheckout(services, outcome);
      em.clear();
      order = (await findCheckoutOrder(em, sessionId))!;
    } else if (outcome?.status === 'complete') {
      processing = true;
    }
  }
  return toCheckoutModel(services, em, order, processing);
}

async function toCheckoutModel(
  services: AppServices,
  em: EntityManager,
  order: Order,
  processing: boolean,
): Promise<CheckoutModel> {
  const item = order.items.getItems()[0];
  if (!item) throw new Error(`order ${order.id} has no items`);
  const product = (await findPublishedProduct(em, { id: item.product.id })) ?? item.product;
  await em.populate(product, ['images', 'files']);
  const status = order.fulfilledAt
    ? 'COMPLETE'
    : order.canceledAt
      ? 'EXPIRED'
      : processing
        ? 'PROCESSING'
        : 'OPEN';
  return {
    id: order.providerSessionId,
    status,
    testMode: order.provider === 'test',
    product: toProductModel(productEntityToCatalog(product), { mediaBaseUrl: services.mediaBaseUrl }),
    email: order.email,
    amount: toMoney(order.totalCents, order.currency),
    order: order.fulfilledAt ? await toCheckoutOrderModel(services, em, order) : null,
  };
}

async function toCheckoutOrderModel(
  services: AppServices,
  em: EntityManager,
  order: Order,
): Promise<CheckoutOrderModel> {
  const access = await loadOrderAccess(em, order, {
    apiPublicUrl: services.config.api.publicUrl,
    downloadSecret: services.config.secrets.downloadSigning,
  });
  const live = order.status === 'paid' || order.status === 'partially_refunded';
  return {
    number: order.number,
    status: order.status.toUpperCase() as CheckoutOrderModel['status'],
    email: order.email,
    total: toMoney(order.totalCents, order.currency),
    tax: toMoney(order.taxCents, order.currency),
    downloads: live
      ? access.flatMap((item) =>
          item.downloadPageUrl
            ? item.files.map((file) => ({
                filename: file.name,
                size: file.sizeBytes,
                url: item.downloadPageUrl!,
              }))
            : [],
        )
      : [],
    licenses: live
      ? access.flatMap((item) =>
          item.licenses.map((license) => ({
            key: license.key,
            productName: item.productName,
            activationLimit: license.activationLimit,
            expiresAt: license.expiresAt,
          })),
        )
      : [],
    downloadLimit: access[0]?.downloadLimit ?? null,
    downloadsExpireAt: access[0]?.expiresAt ?? null,
  };
}

/** Test mode only: "pays" a test checkout through the same fulfilment as a real provider's webhook. */
export async function completeTestCheckout(
  services: AppServices,
  em: EntityManager,
  input: { id: string; email: string },
): Promise<CheckoutModel> {
  if (services.payments.name !== 'test') {
    throw new AppError('FORBIDDEN', 'Test payments are only available while the store is in test mode.');
  }
  const email = parseEmail(input.email);
  if (!email) throw badInput('Enter your email address so we can send your purchase.', 'email');
  const order = await findCheckoutOrder(em, input.id);
  if (order?.provider !== 'test') throw notFound('There is no test checkout with this id.');
  if (order.canceledAt)
    throw new AppError('GONE', 'This checkout has expired. Start again from the product page.');
  const interval = order.items.getItems()[0]?.product.interval ?? null;
  await fulfilCheckout(services, testOutcomeFor(order, email, new Date(), interval));
  em.clear();
  return (await getCheckout(services, em, input.id))!;
}
