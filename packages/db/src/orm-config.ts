// The MikroORM configuration for a given database URL. Migrations are listed explicitly so they run the
// same under vitest, tsx and compiled output.
import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { entities } from './entities.ts';
import { migrationsList } from './migrations/index.ts';

export function createOrmConfig(
  clientUrl: string,
  options: { debug?: boolean; poolMax?: number } = {},
): Options {
  return defineConfig({
    clientUrl,
    entities,
    extensions: [Migrator],
    debug: options.debug ?? false,
    pool: { min: 0, max: options.poolMax ?? 10 },
    allowGlobalContext: false,
    forceUtcTimezone: true,
    ignoreUndefinedInQuery: true,
    serialization: { forceObject: true },
    migrations: {
      migrationsList,
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      silent: true,
    },
  });
}
