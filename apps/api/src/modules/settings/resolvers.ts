import type { Resolvers } from '../../generated/resolvers-types.ts';
import { requireCreator } from '../accounts/accounts.service.ts';
import { forgetStoreName, getStoreSettings, updateStoreSettings } from './settings.service.ts';

export const settingsResolvers: Resolvers = {
  Query: {
    storeSettings: async (_parent, _args, ctx) => {
      await requireCreator(ctx.viewer(), 'settings:read');
      return getStoreSettings(ctx.em, ctx.services.config.storeName);
    },
  },
  Mutation: {
    updateStoreSettings: async (_parent, args, ctx) => {
      await requireCreator(ctx.viewer(), 'settings:write');
      const settings = await updateStoreSettings(ctx.em, ctx.services.config.storeName, args.input);
      forgetStoreName(ctx.services);
      return settings;
    },
  },
};
