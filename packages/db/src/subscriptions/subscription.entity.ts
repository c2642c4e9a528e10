// A recurring purchase. Access (downloads, license expiry) follows currentPeriodEnd.
import { randomUUID } from 'node:crypto';
import { EntitySchema, type Opt } from '@mikro-orm/core';
import type { Product } from '../catalog/product.entity.ts';
import type { Customer } from '../customers/customer.entity.ts';
import type { Order, PaymentProvider } from '../orders/order.entity.ts';

export const subscriptionStatuses = [
  'incomplete',
  'trialing',
  'active',
  'past_due',
  'unpaid',
  'canceled',
] as const;
export type SubscriptionStatus = (typeof subscriptionStatuses)[number];

export class Subscription {
  id: Opt<string> = randomUUID();
  provider!: PaymentProvider;
  providerSubscriptionId!: string;
  customer!: Customer;
  product!: Product;
  order!: Order;
  status: Opt<SubscriptionStatus> = 'active';
  currentPeriodEnd!: Date;
  cancelAtPeriodEnd: Opt<boolean> = false;
  canceledAt: Date | null = null;
  createdAt: Opt<Date> = new Date();
  updatedAt: Opt<Date> = new Date();
}

export const SubscriptionSchema = new EntitySchema<Subscription>({
  class: Subscription,
  tableName: 'subscription',
  uniques: [{ properties: ['provider', 'providerSubscriptionId'] }],
  properties: {
    id: { type: 'uuid', primary: true },
    provider: { enum: true, items: ['stripe', 'test'] },
    providerSubscriptionId: { type: 'string', length: 255 },
    customer: { kind: 'm:1', entity: 'Customer', index: true },
    product: { kind: 'm:1', entity: 'Product' },
    order: { kind: 'm:1', entity: 'Order', unique: true },
    status: { enum: true, items: [...subscriptionStatuses] },
    currentPeriodEnd: { type: 'datetime', length: 3 },
    cancelAtPeriodEnd: { type: 'boolean' },
    canceledAt: { type: 'datetime', length: 3, nullable: true },
    createdAt: { type: 'datetime', length: 3 },
    updatedAt: { type: 'datetime', length: 3, onUpdate: () => new Date() },
  },
});
