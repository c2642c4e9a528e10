// The executable schema: every module's SDL file plus its resolvers.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Resolvers } from './generated/resolvers-types.ts';
import { accountsResolvers } from './modules/accounts/resolvers.ts';
import { commissionResolvers } from './modules/affiliates/commission-resolvers.ts';
import { affiliatePortalResolvers } from './modules/affiliates/portal-resolvers.ts';
import { affiliatesResolvers } from './modules/affiliates/resolvers.ts';
import { catalogResolvers } from './modules/catalog/resolvers.ts';
import { checkoutResolvers } from './modules/checkout/resolvers.ts';
import { commonResolvers } from './modules/common/resolvers.ts';
import { licensingResolvers } from './modules/licensing/resolvers.ts';
import { messagingResolvers } from './modules/messaging/resolvers.ts';
import { ordersResolvers } from './modules/orders/resolvers.ts';
import { reportsResolvers } from './modules/reports/resolvers.ts';
import { settingsResolvers } from './modules/settings/resolvers.ts';
import { webhooksResolvers } from './modules/webhooks/resolvers.ts';

const modulesDir = fileURLToPath(new URL('./modules', import.meta.url));

export function loadTypeDefs(): string {
  return readdirSync(modulesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => join(modulesDir, entry.name, 'schema.graphql'))
    .filter((file) => {
      try {
        return readFileSync(file, 'utf8').length > 0;
      } catch {
        return false;
      }
    })
    .map((file) => readFileSync(file, 'utf8'))
    .join('\n');
}

export const resolvers: Resolvers[] = [
  commonResolvers,
  catalogResolvers,
  checkoutResolvers,
  ordersResolvers,
  accountsResolvers,
  settingsResolvers,
  messagingResolvers,
  licensingResolvers,
  affiliatesResolvers,
  affiliatePortalResolvers,
  commissionResolvers,
  reportsResolvers,
  webhooksResolvers,
];
