// The creator's view of orders: newest first, keyset-paginated.
import type { EntityManager } from '@mikro-orm/postgresql';
import { Order, type OrderStatus } from '@shelf/db';
import { decodeCursor, encodeCursor, parsePageSize } from '../common/cursor.ts';

const isOrderCursor = (value: unknown[]): value is [string, string] =>
  value.length === 2 &&
  typeof value[0] === 'string' &&
  !Number.isNaN(Date.parse(value[0])) &&
  typeof value[1] === 'string';

export async function listOrders(
  em: EntityManager,
  args: { first?: number | null; after?: string | null; status?: OrderStatus | null },
): Promise<{
  edges: Array<{ cursor: string; node: Order }>;
  nodes: Order[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}> {
  const size = parsePageSize(args.first, 25);
  const after = args.after ? decodeCursor(args.after, isOrderCursor) : null;
  const filter = args.status ? { status: args.status } : {};
  const where = after
    ? {
        ...filter,
        $or: [
          { createdAt: { $lt: new Date(after[0]) } },
          { createdAt: new Date(after[0]), id: { $lt: after[1] } },
        ],
      }
    : filter;
  const [rows, totalCount] = await Promise.all([
    em.find(Order, where, {
      orderBy: { createdAt: 'desc', id: 'desc' },
      limit: size + 1,
      populate: ['items', 'items.product', 'customer', 'affiliateLink'],
    }),
    em.count(Order, filter),
  ]);
  const page = rows.slice(0, size);
  const edges = page.map((order) => ({
    cursor: encodeCursor([order.createdAt.toISOString(), order.id]),
    node: order,
  }));
  return {
    edges,
    nodes: page,
    pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}
