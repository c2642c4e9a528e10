// Opens the store's database: the configured DATABASE_URL, or the embedded cluster in $DATA_DIR.
// Migrations run on open, so every process sees the schema it was built for.
import { MikroORM } from '@mikro-orm/postgresql';
import { type EmbeddedPostgresHandle, startEmbeddedPostgres } from './embedded-postgres.ts';
import { createOrmConfig } from './orm-config.ts';

export type DatabaseTarget = { url: string } | { embedded: { dataDir: string; port: number | undefined } };

export type Database = {
  orm: MikroORM;
  url: string;
  embedded: boolean;
  close(): Promise<void>;
};

export async function openDatabase(
  target: DatabaseTarget,
  options: { migrate?: boolean; poolMax?: number; onLog?: (line: string) => void } = {},
): Promise<Database> {
  let cluster: EmbeddedPostgresHandle | undefined;
  let url: string;
  if ('url' in target) {
    url = target.url;
  } else {
    cluster = await startEmbeddedPostgres({
      dataDir: target.embedded.dataDir,
      port: target.embedded.port,
      onLog: options.onLog,
    });
    url = cluster.url;
  }
  const orm = await MikroORM.init(createOrmConfig(url, { poolMax: options.poolMax }));
  if (options.migrate ?? true) await migrateDatabase(orm);
  return {
    orm,
    url,
    embedded: Boolean(cluster),
    async close() {
      await orm.close(true);
      await cluster?.stop();
    },
  };
}

/**
 * Applies pending migrations. An advisory lock serialises processes starting side by side, so two
 * API replicas booting at once do not both try to create the same tables.
 */
export async function migrateDatabase(orm: MikroORM): Promise<string[]> {
  const knex = orm.em.getConnection().getKnex();
  const lockKey = 74_656_011;
  const connection = await knex.client.acquireConnection();
  try {
    await connection.query('select pg_advisory_lock($1)', [lockKey]);
    const applied = await orm.migrator.up();
    return applied.map((migration) => migration.name);
  } finally {
    await connection.query('select pg_advisory_unlock($1)', [lockKey]);
    await knex.client.releaseConnection(connection);
  }
}
