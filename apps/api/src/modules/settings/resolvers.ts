import type { Resolvers } from '../../generated/resolvers-types.ts';
import { currentStoreName, getStoreSettings, updateStoreSettings } from './settings.service.ts';

export const settingsResolvers: Resolvers = {
  Query: {
    store: async (_parent, _args, ctx) => ({
      name: await currentStoreName(ctx),
      testMode: ctx.services.payments.name === 'test',
    }),
    storeSettings: (_parent, _args, ctx) => getStoreSettings(ctx),
  },
  Mutation: {
    updateStoreSettings: (_parent, args, ctx) => updateStoreSettings(ctx, args.input),
  },
};
