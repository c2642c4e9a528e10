// A purchase, created pending when checkout starts and marked paid exactly once by fulfilment.
// Amounts are integer minor units; tax is kept apart from the net amount everything else uses.
import { randomUUID } from 'node:crypto';
import { Collection, EntitySchema, type Opt } from '@mikro-orm/core';
import type { AffiliateLink } from '../affiliates/affiliate-link.entity.ts';
import type { Customer } from '../customers/customer.entity.ts';
import type { OrderItem } from './order-item.entity.ts';

export const orderStatuses = [
  'pending',
  'paid',
  'refunded',
  'partially_refunded',
  'disputed',
  'canceled',
] as const;
export type OrderStatus = (typeof orderStatuses)[number];
export const paymentProviders = ['stripe', 'test'] as const;
export type PaymentProvider = (typeof paymentProviders)[number];

export class Order {
  id: Opt<string> = randomUUID();
  /** Human order number from a sequence, shown as #1001. */
  number!: Opt<number>;
  customer: Customer | null = null;
  email: string | null = null;
  provider!: PaymentProvider;
  providerSessionId!: string;
  providerPaymentIntentId: string | null = null;
  providerSubscriptionId: string | null = null;
  status: Opt<OrderStatus> = 'pending';
  currency!: string;
  subtotalCents!: number;
  discountCents: Opt<number> = 0;
  taxCents: Opt<number> = 0;
  totalCents!: number;
  refundedCents: Opt<number> = 0;
  affiliateLink: AffiliateLink | null = null;
  discountCode: string | null = null;
  items = new Collection<OrderItem>(this);
  paidAt: Date | null = null;
  fulfilledAt: Date | null = null;
  refundedAt: Date | null = null;
  canceledAt: Date | null = null;
  createdAt: Opt<Date> = new Date();
  updatedAt: Opt<Date> = new Date();
}

export const OrderSchema = new EntitySchema<Order>({
  class: Order,
  tableName: 'shop_order',
  indexes: [{ properties: ['createdAt', 'id'] }, { properties: ['status'] }],
  uniques: [{ properties: ['provider', 'providerSessionId'] }],
  checks: [
    {
      name: 'order_amounts_non_negative',
      expression: 'total_cents >= 0 and tax_cents >= 0 and discount_cents >= 0',
    },
    {
      name: 'order_refund_within_total',
      expression: 'refunded_cents >= 0 and refunded_cents <= total_cents',
    },
  ],
  properties: {
    id: { type: 'uuid', primary: true },
    number: {
      type: 'integer',
      unique: true,
      defaultRaw: "nextval('order_number_seq')",
      generated: undefined,
    },
    customer: { kind: 'm:1', entity: 'Customer', nullable: true, index: true },
    email: { type: 'string', length: 320, nullable: true },
    provider: { enum: true, items: [...paymentProviders] },
    providerSessionId: { type: 'string', length: 255 },
    providerPaymentIntentId: { type: 'string', length: 255, nullable: true, unique: true },
    providerSubscriptionId: { type: 'string', length: 255, nullable: true, index: true },
    status: { enum: true, items: [...orderStatuses] },
    currency: { type: 'string', length: 3 },
    subtotalCents: { type: 'integer' },
    discountCents: { type: 'integer' },
    taxCents: { type: 'integer' },
    totalCents: { type: 'integer' },
    refundedCents: { type: 'integer' },
    affiliateLink: { kind: 'm:1', entity: 'AffiliateLink', nullable: true, deleteRule: 'set null' },
    discountCode: { type: 'string', length: 100, nullable: true },
    items: { kind: '1:m', entity: 'OrderItem', mappedBy: 'order' },
    paidAt: { type: 'datetime', length: 3, nullable: true },
    fulfilledAt: { type: 'datetime', length: 3, nullable: true },
    refundedAt: { type: 'datetime', length: 3, nullable: true },
    canceledAt: { type: 'datetime', length: 3, nullable: true },
    createdAt: { type: 'datetime', length: 3 },
    updatedAt: { type: 'datetime', length: 3, onUpdate: () => new Date() },
  },
});

/** Net amount: what was paid after discount and before tax. Revenue and commission use this. */
export function orderNetCents(order: Pick<Order, 'totalCents' | 'taxCents'>): number {
  return order.totalCents - order.taxCents;
}
