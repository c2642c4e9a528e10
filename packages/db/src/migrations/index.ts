// Committed migrations, in order. Add new ones here after `pnpm --filter @shelf/db migration:create`.
import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261127032231_initial } from './migration-20261127032231-initial.ts';

export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261127032231_initial', class: Migration20261127032231_initial },
];
