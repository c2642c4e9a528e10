// Keyset pagination for creator lists shown newest first (orders, emails): the cursor is the last row's
// (createdAt, id), so pages stay stable while new rows arrive at the top.
import type { EntityName, FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { decodeCursor, encodeCursor, parsePageSize } from './cursor.ts';

export type Page<T> = {
  edges: Array<{ cursor: string; node: T }>;
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
};

type Timestamped = { id: string; createdAt: Date };

const isNewestFirstCursor = (value: unknown[]): value is [string, string] =>
  value.length === 2 &&
  typeof value[0] === 'string' &&
  !Number.isNaN(Date.parse(value[0])) &&
  typeof value[1] === 'string';

export async function pageNewestFirst<T extends Timestamped>(
  em: EntityManager,
  entity: EntityName<T>,
  args: { first?: number | null; after?: string | null; filter: FilterQuery<T>; populate?: string[] },
): Promise<Page<T>> {
  const size = parsePageSize(args.first, 25);
  const after = args.after ? decodeCursor(args.after, isNewestFirstCursor) : null;
  const where = (
    after
      ? {
          $and: [
            args.filter,
            {
              $or: [
                { createdAt: { $lt: new Date(after[0]) } },
                { createdAt: new Date(after[0]), id: { $lt: after[1] } },
              ],
            },
          ],
        }
      : args.filter
  ) as FilterQuery<T>;
  const [rows, totalCount] = await Promise.all([
    em.find(entity, where, {
      orderBy: { createdAt: 'desc', id: 'desc' } as never,
      limit: size + 1,
      populate: (args.populate ?? []) as never,
    }),
    em.count(entity, args.filter),
  ]);
  const page = rows.slice(0, size);
  const edges = page.map((row) => ({
    cursor: encodeCursor([row.createdAt.toISOString(), row.id]),
    node: row,
  }));
  return {
    edges,
    nodes: page,
    pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}
