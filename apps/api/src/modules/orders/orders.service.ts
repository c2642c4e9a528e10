// The creator's view of orders: newest first, keyset-paginated, optionally one status only.
import type { EntityManager } from '@mikro-orm/postgresql';
import { Order, type OrderStatus } from '@shelf/db';
import { type Page, pageNewestFirst } from '../common/newest-first-page.ts';

export function listOrders(
  em: EntityManager,
  args: { first?: number | null; after?: string | null; status?: OrderStatus | null },
): Promise<Page<Order>> {
  return pageNewestFirst(em, Order, {
    first: args.first,
    after: args.after,
    filter: args.status ? { status: args.status } : {},
    populate: ['items', 'items.product', 'customer', 'affiliateLink'],
  });
}
