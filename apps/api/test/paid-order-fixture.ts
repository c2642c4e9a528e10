// A paid order for some products, made through the orders and customers services as fulfilment makes it,
// before anything is issued for it: for tests of the domains that issue (downloads, licensing).
import { randomUUID } from 'node:crypto';
import type { Product } from '@shelf/db/catalog';
import { type Order, OrderItem } from '@shelf/db/orders';
import type { ServiceContext } from '../src/context.ts';
import { findOrCreateCustomer } from '../src/modules/customers/customers.service.ts';
import { createPendingOrder, recordPayment } from '../src/modules/orders/orders.service.ts';

export type PaidOrder = { order: Order; customerId: string; itemOf(product: Product): OrderItem };

/** One item per product, paid in full (no tax, no discount) by `email`. */
export async function arrangePaidOrder(
  ctx: ServiceContext,
  products: readonly [Product, ...Product[]],
  email: string,
): Promise<PaidOrder> {
  const [first, ...rest] = products;
  const order = createPendingOrder(ctx, {
    provider: 'test',
    sessionId: `test_cs_${randomUUID()}`,
    product: first,
    email: null,
    affiliateLinkId: null,
  });
  for (const product of rest) {
    ctx.em.create(OrderItem, {
      order,
      product,
      productName: product.name,
      unitPriceCents: product.priceCents,
      currency: product.currency,
    });
  }
  await ctx.em.flush();
  const customer = await findOrCreateCustomer(ctx, { email, name: null });
  const total = products.reduce((sum, product) => sum + product.priceCents, 0);
  await recordPayment(
    ctx,
    order,
    {
      customerId: customer.id,
      email,
      currency: 'usd',
      subtotalCents: total,
      discountCents: 0,
      taxCents: 0,
      totalCents: total,
      paymentIntentId: `test_pi_${randomUUID()}`,
      subscriptionId: null,
    },
    new Date(),
  );
  const items = order.items.getItems();
  return {
    order,
    customerId: customer.id,
    itemOf: (product) => items.find((item) => item.product.id === product.id)!,
  };
}
