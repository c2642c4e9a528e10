import type { Resolvers } from '../../generated/resolvers-types.ts';
import { currentUser, login, logout } from './accounts.service.ts';

export const accountsResolvers: Resolvers = {
  Query: {
    me: (_parent, _args, ctx) => currentUser(ctx),
  },
  Mutation: {
    login: (_parent, args, ctx) => login(ctx, { ...args, ip: ctx.ip }),
    logout: (_parent, _args, ctx) => logout(ctx, ctx.authorization),
  },
  User: {
    role: (user) => (user.role === 'owner' ? 'OWNER' : 'STAFF'),
  },
};
