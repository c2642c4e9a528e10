// Daily revenue rollups: one row per day and currency (and per product or affiliate in the breakdowns),
// derived from paid orders by the reports module and rebuilt from them at any time (decision 009). A day
// is a calendar day in the time zone recorded in revenue_rollup_state. Amounts are minor units, before
// tax; refunds are the refunded share of each order's amount before tax, counted on the order's paid day.
import { EntitySchema } from '@mikro-orm/core';

export class RevenueDay {
  day!: string;
  currency!: string;
  orders!: number;
  grossCents!: string;
  refundedCents!: string;
  /** Orders that were their customer's first paid order: each one is a new customer. */
  newCustomers!: number;
  newCustomerNetCents!: string;
  /** Orders by customers who had paid before. */
  returningOrders!: number;
  returningNetCents!: string;
}

export const RevenueDaySchema = new EntitySchema<RevenueDay>({
  class: RevenueDay,
  tableName: 'revenue_day',
  properties: {
    day: { type: 'date', primary: true },
    currency: { type: 'string', length: 3, primary: true },
    orders: { type: 'integer' },
    grossCents: { type: 'bigint' },
    refundedCents: { type: 'bigint' },
    newCustomers: { type: 'integer' },
    newCustomerNetCents: { type: 'bigint' },
    returningOrders: { type: 'integer' },
    returningNetCents: { type: 'bigint' },
  },
});

/** One product's share of a day's revenue; an order's amounts are split over its items by their price. */
export class RevenueDayProduct {
  day!: string;
  currency!: string;
  productId!: string;
  orders!: number;
  grossCents!: string;
  refundedCents!: string;
}

export const RevenueDayProductSchema = new EntitySchema<RevenueDayProduct>({
  class: RevenueDayProduct,
  tableName: 'revenue_day_product',
  properties: {
    day: { type: 'date', primary: true },
    currency: { type: 'string', length: 3, primary: true },
    productId: { type: 'uuid', primary: true },
    orders: { type: 'integer' },
    grossCents: { type: 'bigint' },
    refundedCents: { type: 'bigint' },
  },
});

/** The revenue of the orders an affiliate's links brought in, per day. */
export class RevenueDayAffiliate {
  day!: string;
  currency!: string;
  affiliateId!: string;
  orders!: number;
  grossCents!: string;
  refundedCents!: string;
}

export const RevenueDayAffiliateSchema = new EntitySchema<RevenueDayAffiliate>({
  class: RevenueDayAffiliate,
  tableName: 'revenue_day_affiliate',
  properties: {
    day: { type: 'date', primary: true },
    currency: { type: 'string', length: 3, primary: true },
    affiliateId: { type: 'uuid', primary: true },
    orders: { type: 'integer' },
    grossCents: { type: 'bigint' },
    refundedCents: { type: 'bigint' },
  },
});
