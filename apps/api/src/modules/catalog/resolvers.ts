import type { Resolvers } from '../../generated/resolvers-types.ts';
import { getPublishedProduct, listPublishedProducts } from './catalog.service.ts';

export const catalogResolvers: Resolvers = {
  Query: {
    products: (_parent, args, ctx) =>
      listPublishedProducts(ctx.em, args, { mediaBaseUrl: ctx.services.mediaBaseUrl }),
    product: (_parent, args, ctx) =>
      getPublishedProduct(ctx.em, args.slug, { mediaBaseUrl: ctx.services.mediaBaseUrl }),
  },
};
