// The creator's view of sent and failed email, newest first, keyset-paginated.
import type { EntityManager } from '@mikro-orm/postgresql';
import { Email, type EmailStatus } from '@shelf/db';
import { decodeCursor, encodeCursor, parsePageSize } from '../common/cursor.ts';

const isEmailCursor = (value: unknown[]): value is [string, string] =>
  value.length === 2 &&
  typeof value[0] === 'string' &&
  !Number.isNaN(Date.parse(value[0])) &&
  typeof value[1] === 'string';

export async function listEmails(
  em: EntityManager,
  args: { first?: number | null; after?: string | null; status?: EmailStatus | null },
): Promise<{
  edges: Array<{ cursor: string; node: Email }>;
  nodes: Email[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}> {
  const size = parsePageSize(args.first, 25);
  const after = args.after ? decodeCursor(args.after, isEmailCursor) : null;
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
    em.find(Email, where, {
      orderBy: { createdAt: 'desc', id: 'desc' },
      limit: size + 1,
      populate: ['order'],
    }),
    em.count(Email, filter),
  ]);
  const page = rows.slice(0, size);
  const edges = page.map((email) => ({
    cursor: encodeCursor([email.createdAt.toISOString(), email.id]),
    node: email,
  }));
  return {
    edges,
    nodes: page,
    pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null },
    totalCount,
  };
}
