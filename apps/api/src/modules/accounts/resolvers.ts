import type { Resolvers } from '../../generated/resolvers-types.ts';
import { login, logout, requireCreator } from './accounts.service.ts';

export const accountsResolvers: Resolvers = {
  Query: {
    me: async (_parent, _args, ctx) => (await ctx.viewer())?.user ?? null,
  },
  Mutation: {
    login: (_parent, args, ctx) => login(ctx.em, args),
    logout: async (_parent, _args, ctx) => {
      await requireCreator(ctx.viewer(), 'sessions:write');
      return logout(ctx.em, ctx.authorization);
    },
  },
  User: {
    role: (user) => (user.role === 'owner' ? 'OWNER' : 'STAFF'),
  },
};
