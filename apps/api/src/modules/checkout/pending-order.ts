// A pending order for one product at its current price: what a checkout is before anyone has paid.
import type { EntityManager } from '@mikro-orm/postgresql';
import { type AffiliateLink, Order, OrderItem, type PaymentProvider, type Product } from '@shelf/db';

export function buildPendingOrder(
  em: EntityManager,
  input: {
    id?: string;
    provider: PaymentProvider;
    sessionId: string;
    product: Product;
    email: string | null;
    affiliateLink: AffiliateLink | null;
  },
): Order {
  const { product } = input;
  const order = em.create(Order, {
    ...(input.id ? { id: input.id } : {}),
    provider: input.provider,
    providerSessionId: input.sessionId,
    email: input.email,
    currency: product.currency,
    subtotalCents: product.priceCents,
    totalCents: product.priceCents,
    affiliateLink: input.affiliateLink,
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
