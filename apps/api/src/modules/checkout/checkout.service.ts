// Checkout: starting a payment for a product and reporting where it stands. Starting creates a pending
// order only after the provider answers; whether it is paid is decided by fulfilment, never here.
import { randomUUID } from 'node:crypto';
import type { Order } from '@shelf/db/orders';
import type { ServiceContext } from '../../context.ts';
import { AppError } from '../../errors.ts';
import { findEarningLink } from '../affiliates/affiliates.service.ts';
import {
  describeProduct,
  mediaUrl,
  type ProductModel,
  requireProductForSale,
} from '../catalog/catalog.service.ts';
import { parseEmail } from '../common/email-address.ts';
import { type MoneyModel, toMoney } from '../common/money.ts';
import { fulfilCheckout, isCheckoutPaid } from '../fulfilment/fulfilment.service.ts';
import { loadOrderAccess } from '../fulfilment/order-access.service.ts';
import { claimProviderLookup } from '../limits/limits.service.ts';
import { createPendingOrder, findOrderBySession, orderKeepsAccess } from '../orders/orders.service.ts';
import { payTestCheckout } from '../payments/test-payments.service.ts';
import { readStoreSettings } from '../settings/settings.service.ts';

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

export async function createCheckout(
  ctx: ServiceContext,
  input: { productId: string; affiliateCode?: string | null; email?: string | null },
): Promise<{ id: string; url: string }> {
  const email = parseEmail(input.email);
  const product = await requireProductForSale(ctx, input.productId);
  const link = await findEarningLink(ctx, { code: input.affiliateCode }, [product.id]);
  const settings = await readStoreSettings(ctx);
  const orderId = randomUUID();
  const image = product.images.getItems()[0];
  const { config } = ctx.services;
  let session: { id: string; url: string };
  try {
    session = await ctx.services.payments.createCheckoutSession({
      orderId,
      product: {
        id: product.id,
        name: product.name,
        tagline: product.tagline,
        priceCents: product.priceCents,
        currency: product.currency,
        kind: product.kind,
        interval: product.interval,
        imageUrl: image ? mediaUrl(ctx, image.storageKey) : null,
      },
      email,
      affiliateLinkId: link?.id ?? null,
      successUrl: `${config.web.publicUrl}/checkout/success?session_id={CHECKOUT_SESSION_ID}`,
      cancelUrl: `${config.web.publicUrl}/products/${product.slug}`,
      automaticTax: settings.taxEnabled,
      idempotencyKey: `checkout:${orderId}`,
    });
  } catch (error) {
    ctx.log.error({ err: error, productId: product.id }, 'payment provider refused to create a checkout');
    throw new AppError(
      'PAYMENT_PROVIDER_ERROR',
      'The payment provider is not reachable right now. Please try again.',
    );
  }
  createPendingOrder(ctx, {
    id: orderId,
    provider: ctx.services.payments.name,
    sessionId: session.id,
    product,
    email,
    affiliateLinkId: link?.id ?? null,
  });
  await ctx.em.flush();
  return session;
}

/**
 * The success page's view of a checkout. While the order is pending it asks the provider, and fulfils
 * through the same idempotent path as the webhook, so a late webhook never leaves a paying shopper waiting.
 * It asks at most once per session every few seconds across all processes ('provider-lookup'); polls in
 * between answer from the database, where the webhook's fulfilment also lands.
 */
export async function getCheckout(ctx: ServiceContext, sessionId: string): Promise<CheckoutModel | null> {
  let order = await findOrderBySession(ctx, sessionId);
  if (!order) return null;
  let processing = false;
  const orderNumber = order.number;
  if (
    order.status === 'pending' &&
    order.provider === ctx.services.payments.name &&
    (await claimProviderLookup(ctx, sessionId))
  ) {
    const outcome = await ctx.services.payments.retrieveCheckoutSession(sessionId).catch((error: unknown) => {
      // The provider's message may quote the session id, which must not reach a log line.
      const { name, statusCode } = (error ?? {}) as { name?: string; statusCode?: number };
      ctx.log.warn({ orderNumber, error: name, statusCode }, 'could not ask the provider about a checkout');
      return null;
    });
    if (outcome && isCheckoutPaid(outcome)) {
      await fulfilCheckout(ctx, outcome);
      order = (await findOrderBySession(ctx, sessionId)) ?? order;
    } else if (outcome?.status === 'complete') {
      processing = true;
    }
  }
  return toCheckoutModel(ctx, order, processing);
}

async function toCheckoutModel(
  ctx: ServiceContext,
  order: Order,
  processing: boolean,
): Promise<CheckoutModel> {
  const item = order.items.getItems()[0];
  if (!item) throw new Error(`order ${order.id} has no items`);
  const product = await describeProduct(ctx, item.product.id);
  if (!product) throw new Error(`order ${order.id} has no product`);
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
    product,
    email: order.email,
    amount: toMoney(order.totalCents, order.currency),
    order: order.fulfilledAt ? await toCheckoutOrderModel(ctx, order) : null,
  };
}

async function toCheckoutOrderModel(ctx: ServiceContext, order: Order): Promise<CheckoutOrderModel> {
  const access = await loadOrderAccess(ctx, order);
  const live = orderKeepsAccess(order.status);
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
  ctx: ServiceContext,
  input: { id: string; email: string },
): Promise<CheckoutModel> {
  await payTestCheckout(ctx, { sessionId: input.id, email: input.email });
  return (await getCheckout(ctx, input.id))!;
}
