// The creator's view of customers: the list (newest first, searchable by email or name) with each one's
// order count and lifetime value, and one customer with their orders, licenses and subscriptions. A page
// costs a constant number of statements: the page, its total, and the order totals of all its customers.
import type { FilterQuery } from '@mikro-orm/core';
import { Customer } from '@shelf/db/customers';
import type { Order } from '@shelf/db/orders';
import type { ServiceContext } from '../../context.ts';
import { requireCreator } from '../accounts/accounts.service.ts';
import { isUuid } from '../common/ids.ts';
import { type MoneyModel, toMoney } from '../common/money.ts';
import { type Page, pageNewestFirst } from '../common/newest-first-page.ts';
import { type LicenseRecordModel, listLicenseRecordsOfOrders } from '../licensing/license-admin.service.ts';
import { likeContains, listOrdersOfCustomer, orderTotalsOfCustomers } from '../orders/orders.service.ts';
import {
  type CustomerSubscriptionModel,
  listSubscriptionsOfCustomer,
} from '../subscriptions/subscriptions.service.ts';

/** A customer's page lists this many of their newest orders. */
const MAX_ORDERS = 100;

export type CustomerRecordModel = {
  id: string;
  email: string;
  name: string | null;
  createdAt: Date;
  orderCount: number;
  lastOrderAt: Date | null;
  lifetimeValue: MoneyModel[];
};

export type CustomerDetailModel = {
  customer: CustomerRecordModel;
  orders: Order[];
  licenses: LicenseRecordModel[];
  subscriptions: CustomerSubscriptionModel[];
};

/** The filter of the customer list: part of the email or of the name. */
export function customerListWhere(query: string | null | undefined): FilterQuery<Customer> {
  const text = query?.trim().slice(0, 200);
  if (!text) return {};
  const contains = likeContains(text.toLowerCase());
  return { $or: [{ email: { $ilike: contains } }, { name: { $ilike: contains } }] };
}

export async function listCustomers(
  ctx: ServiceContext,
  args: { first?: number | null; after?: string | null; query?: string | null },
): Promise<Page<CustomerRecordModel>> {
  requireCreator(ctx, 'orders:read');
  const page = await pageNewestFirst(ctx.em, Customer, {
    first: args.first,
    after: args.after,
    filter: customerListWhere(args.query),
  });
  const records = await toRecords(ctx, page.nodes);
  return {
    ...page,
    edges: page.edges.map((edge, index) => ({ cursor: edge.cursor, node: records[index]! })),
    nodes: records,
  };
}

/** How many customers an export reads per statement. */
const EXPORT_PAGE = 1000;

/**
 * Every customer the search matches, newest first, one page at a time: plain rows read by keyset on
 * (created_at, id) with the list's own filter, and the order totals of each page in one more statement.
 */
export async function* streamCustomers(
  ctx: ServiceContext,
  query: string | null | undefined,
): AsyncGenerator<CustomerRecordModel[]> {
  requireCreator(ctx, 'orders:read');
  const matching = ctx.em
    .createQueryBuilder(Customer, 'f')
    .select('f.id')
    .where(customerListWhere(query))
    .getKnexQuery()
    .toSQL();
  type Row = { id: string; email: string; name: string | null; created_at: Date };
  let after: { createdAt: Date; id: string } | null = null;
  for (;;) {
    const keyset: string = after ? 'and (c.created_at, c.id) < (?, ?)' : '';
    const rows: Row[] = await ctx.em.getConnection().execute<Row[]>(
      `select c.id, c.email, c.name, c.created_at from customer c
        where c.id in (${matching.sql}) ${keyset}
        order by c.created_at desc, c.id desc
        limit ${EXPORT_PAGE}`,
      [...matching.bindings, ...(after ? [after.createdAt, after.id] : [])],
      'all',
      ctx.em.getTransactionContext(),
    );
    if (rows.length === 0) return;
    yield await toRecords(
      ctx,
      rows.map((row) => ({
        id: row.id,
        email: row.email,
        name: row.name,
        createdAt: new Date(row.created_at),
      })),
    );
    if (rows.length < EXPORT_PAGE) return;
    const last: Row = rows.at(-1)!;
    after = { createdAt: new Date(last.created_at), id: last.id };
  }
}

/** One customer with their orders, licenses and subscriptions, or null. */
export async function getCustomer(ctx: ServiceContext, id: string): Promise<CustomerDetailModel | null> {
  requireCreator(ctx, 'orders:read');
  if (!isUuid(id)) return null;
  const customer = await ctx.em.findOne(Customer, { id });
  if (!customer) return null;
  const [[record], orders, subscriptions] = await Promise.all([
    toRecords(ctx, [customer]),
    listOrdersOfCustomer(ctx, id, MAX_ORDERS),
    listSubscriptionsOfCustomer(ctx, id),
  ]);
  const licenses = await listLicenseRecordsOfOrders(
    ctx,
    orders.map((order) => order.id),
  );
  return {
    customer: record!,
    orders,
    licenses: orders.flatMap((order) => licenses.get(order.id) ?? []),
    subscriptions,
  };
}

async function toRecords(
  ctx: ServiceContext,
  customers: Array<Pick<Customer, 'id' | 'email' | 'name' | 'createdAt'>>,
): Promise<CustomerRecordModel[]> {
  const totals = await orderTotalsOfCustomers(
    ctx,
    customers.map((customer) => customer.id),
  );
  return customers.map((customer) => {
    const total = totals.get(customer.id);
    return {
      id: customer.id,
      email: customer.email,
      name: customer.name,
      createdAt: customer.createdAt,
      orderCount: total?.orderCount ?? 0,
      lastOrderAt: total?.lastOrderAt ?? null,
      lifetimeValue: (total?.lifetimeValue ?? []).map((value) => toMoney(value.amountCents, value.currency)),
    };
  });
}
