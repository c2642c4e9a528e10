// Committed migrations, in order. Add new ones here after `pnpm --filter @shelf/db migration:create`.
import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261127032231_initial } from './migration-20261127032231-initial.ts';
import { Migration20261127040000_rate_limits } from './migration-20261127040000-rate-limits.ts';
import { Migration20261201150000_domain_events } from './migration-20261201150000-domain-events.ts';

export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261127032231_initial', class: Migration20261127032231_initial },
  { name: 'Migration20261127040000_rate_limits', class: Migration20261127040000_rate_limits },
  { name: 'Migration20261201150000_domain_events', class: Migration20261201150000_domain_events },
];
