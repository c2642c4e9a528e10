import type { OrderStatus } from '@shelf/db/orders';
import type { Resolvers } from '../../generated/resolvers-types.ts';
import { toMoney } from '../common/money.ts';
import { listOrders, orderNetCents } from './orders.service.ts';

export const ordersResolvers: Resolvers = {
  Query: {
    orders: (_parent, args, ctx) =>
      listOrders(ctx, { ...args, status: args.status?.toLowerCase() as OrderStatus | undefined }),
  },
  Order: {
    status: (order) => order.status.toUpperCase() as never,
    customerName: (order) => order.customer?.name ?? null,
    items: (order) =>
      order.items.getItems().map((item) => ({
        productName: item.productName,
        productSlug: item.product.slug,
        unitPrice: toMoney(item.unitPriceCents, item.currency),
        quantity: item.quantity,
      })),
    subtotal: (order) => toMoney(order.subtotalCents, order.currency),
    discount: (order) => toMoney(order.discountCents, order.currency),
    tax: (order) => toMoney(order.taxCents, order.currency),
    total: (order) => toMoney(order.totalCents, order.currency),
    net: (order) => toMoney(orderNetCents(order), order.currency),
    refunded: (order) => toMoney(order.refundedCents, order.currency),
    affiliateCode: (order) => order.affiliateLink?.code ?? null,
  },
};
