import type { Resolvers } from '../../generated/resolvers-types.ts';
import { getPublishedProduct, listPublishedProducts } from './catalog.service.ts';

export const catalogResolvers: Resolvers = {
  Query: {
    products: (_parent, args, ctx) => listPublishedProducts(ctx, args),
    product: (_parent, args, ctx) => getPublishedProduct(ctx, args.slug),
  },
};
