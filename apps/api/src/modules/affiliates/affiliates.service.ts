// Affiliates and their links: who earns (one rule for checkout and fulfilment), the programme's
// management, and attribution. Commission itself is commissions.service.ts.
import { AffiliateLink } from '@shelf/db/affiliates';
import type { ServiceContext } from '../../context.ts';
import { isUuid } from '../common/ids.ts';

const CODE_SHAPE = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * The link, if it earns on a purchase of these products: it exists, is not archived, its affiliate is
 * active, and it is for the whole store or for one of the products. Anything else earns nothing and is
 * never an error: a stale or mistyped code must not block a purchase.
 */
export async function findEarningLink(
  ctx: ServiceContext,
  where: { code: string | null | undefined } | { id: string | null | undefined },
  productIds: readonly string[],
): Promise<AffiliateLink | null> {
  const filter =
    'code' in where
      ? where.code && CODE_SHAPE.test(where.code)
        ? { code: where.code }
        : null
      : isUuid(where.id)
        ? { id: where.id }
        : null;
  if (!filter) return null;
  const link = await ctx.em.findOne(
    AffiliateLink,
    { ...filter, archivedAt: null },
    { populate: ['affiliate'] },
  );
  if (link?.affiliate.status !== 'active') return null;
  if (link.product && !productIds.includes(link.product.id)) return null;
  return link;
}
