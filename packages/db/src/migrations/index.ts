// Committed migrations, in order. Add new ones here after `pnpm --filter @shelf/db migration:create`.
import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261127032231_initial } from './migration-20261127032231-initial.ts';
import { Migration20261127040000_rate_limits } from './migration-20261127040000-rate-limits.ts';
import { Migration20261201150000_domain_events } from './migration-20261201150000-domain-events.ts';
import { Migration20261201160000_rate_limit_counters } from './migration-20261201160000-rate-limit-counters.ts';
import { Migration20261201161000_disputes_and_renewal_grace } from './migration-20261201161000-disputes-and-renewal-grace.ts';
import { Migration20261201162000_download_attempts } from './migration-20261201162000-download-attempts.ts';
import { Migration20261201163000_email_claims } from './migration-20261201163000-email-claims.ts';
import { Migration20261201170000_license_activations } from './migration-20261201170000-license-activations.ts';
import { Migration20261201180000_affiliate_program } from './migration-20261201180000-affiliate-program.ts';
import { Migration20261201190000_creator_sign_in } from './migration-20261201190000-creator-sign-in.ts';
import { Migration20261201200000_encrypted_two_factor_secrets } from './migration-20261201200000-encrypted-two-factor-secrets.ts';
import { Migration20261201201000_product_editing } from './migration-20261201201000-product-editing.ts';
import { Migration20261201202000_order_admin } from './migration-20261201202000-order-admin.ts';
import { Migration20261201203000_revenue_rollups } from './migration-20261201203000-revenue-rollups.ts';
import { Migration20261202020000_outbound_webhooks } from './migration-20261202020000-outbound-webhooks.ts';
import { Migration20261202040000_catalog_version } from './migration-20261202040000-catalog-version.ts';
import { Migration20261202050000_domain_event_pending } from './migration-20261202050000-domain-event-pending.ts';

export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261127032231_initial', class: Migration20261127032231_initial },
  { name: 'Migration20261127040000_rate_limits', class: Migration20261127040000_rate_limits },
  { name: 'Migration20261201150000_domain_events', class: Migration20261201150000_domain_events },
  {
    name: 'Migration20261201160000_rate_limit_counters',
    class: Migration20261201160000_rate_limit_counters,
  },
  {
    name: 'Migration20261201161000_disputes_and_renewal_grace',
    class: Migration20261201161000_disputes_and_renewal_grace,
  },
  { name: 'Migration20261201162000_download_attempts', class: Migration20261201162000_download_attempts },
  { name: 'Migration20261201163000_email_claims', class: Migration20261201163000_email_claims },
  {
    name: 'Migration20261201170000_license_activations',
    class: Migration20261201170000_license_activations,
  },
  { name: 'Migration20261201180000_affiliate_program', class: Migration20261201180000_affiliate_program },
  { name: 'Migration20261201190000_creator_sign_in', class: Migration20261201190000_creator_sign_in },
  {
    name: 'Migration20261201200000_encrypted_two_factor_secrets',
    class: Migration20261201200000_encrypted_two_factor_secrets,
  },
  { name: 'Migration20261201201000_product_editing', class: Migration20261201201000_product_editing },
  { name: 'Migration20261201202000_order_admin', class: Migration20261201202000_order_admin },
  { name: 'Migration20261201203000_revenue_rollups', class: Migration20261201203000_revenue_rollups },
  { name: 'Migration20261202020000_outbound_webhooks', class: Migration20261202020000_outbound_webhooks },
  { name: 'Migration20261202040000_catalog_version', class: Migration20261202040000_catalog_version },
  {
    name: 'Migration20261202050000_domain_event_pending',
    class: Migration20261202050000_domain_event_pending,
  },
];
