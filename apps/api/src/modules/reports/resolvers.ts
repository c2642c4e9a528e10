import type { Resolvers } from '../../generated/resolvers-types.ts';
import { revenueReport } from './revenue.service.ts';

export const reportsResolvers: Resolvers = {
  Query: {
    revenue: (_parent, args, ctx) =>
      revenueReport(ctx, { from: new Date(args.from), to: new Date(args.to), currency: args.currency }),
  },
};
