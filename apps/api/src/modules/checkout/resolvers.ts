import type { Resolvers } from '../../generated/resolvers-types.ts';
import { consumeLimit } from '../limits/limits.service.ts';
import { completeTestCheckout, createCheckout, getCheckout } from './checkout.service.ts';

export const checkoutResolvers: Resolvers = {
  Query: {
    checkout: async (_parent, args, ctx) => {
      await consumeLimit(ctx, 'checkout-poll', ctx.ip);
      return getCheckout(ctx, args.id);
    },
  },
  Mutation: {
    createCheckout: async (_parent, args, ctx) => {
      await consumeLimit(ctx, 'checkout-create', ctx.ip);
      return createCheckout(ctx, args.input);
    },
    completeTestCheckout: (_parent, args, ctx) => completeTestCheckout(ctx, args),
  },
};
