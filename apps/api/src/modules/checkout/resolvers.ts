import type { Resolvers } from '../../generated/resolvers-types.ts';
import { completeTestCheckout, createCheckout, getCheckout } from './checkout.service.ts';

export const checkoutResolvers: Resolvers = {
  Query: {
    checkout: (_parent, args, ctx) => getCheckout(ctx, args.id),
  },
  Mutation: {
    createCheckout: (_parent, args, ctx) => createCheckout(ctx, args.input),
    completeTestCheckout: (_parent, args, ctx) => completeTestCheckout(ctx, args),
  },
};
