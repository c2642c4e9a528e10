// Real Postgres for tests: one server per test run (embedded, or TEST_DATABASE_URL), one migrated
// template database, and a fresh clone of it for every test file so files run in parallel safely.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { migrateDatabase } from '../database.ts';
import { startEmbeddedPostgres } from '../embedded-postgres.ts';
import { createOrmConfig } from '../orm-config.ts';

export type TestDatabaseServer = { adminUrl: string; template: string };

declare module 'vitest' {
  export interface ProvidedContext {
    testDatabase: TestDatabaseServer;
  }
}

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function admin<T>(adminUrl: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** Starts the server and builds the template. Call from a vitest globalSetup; returns a teardown. */
export async function startTestDatabaseServer(): Promise<{
  server: TestDatabaseServer;
  teardown(): Promise<void>;
}> {
  let adminUrl = process.env.TEST_DATABASE_URL;
  let stopCluster: (() => Promise<void>) | undefined;
  let clusterDir: string | undefined;
  if (!adminUrl) {
    clusterDir = mkdtempSync(join(tmpdir(), 'shelf-test-pg-'));
    const cluster = await startEmbeddedPostgres({ dataDir: join(clusterDir, 'postgres') });
    adminUrl = withDatabase(cluster.url, 'postgres');
    stopCluster = () => cluster.stop();
  }
  const template = `shelf_tpl_${randomBytes(5).toString('hex')}`;
  await admin(adminUrl, (client) => client.query(`create database "${template}"`));
  const orm = await MikroORM.init(createOrmConfig(withDatabase(adminUrl, template), { poolMax: 2 }));
  await migrateDatabase(orm);
  await orm.close(true);

  const url = adminUrl;
  return {
    server: { adminUrl: url, template },
    async teardown() {
      if (stopCluster) {
        await stopCluster();
        if (clusterDir) rmSync(clusterDir, { recursive: true, force: true });
        return;
      }
      await admin(url, async (client) => {
        const { rows } = await client.query<{ datname: string }>(
          'select datname from pg_database where datname like $1',
          [`${template}%`],
        );
        for (const row of rows) await client.query(`drop database if exists "${row.datname}" with (force)`);
      });
    },
  };
}

export type TestDatabase = { orm: MikroORM; url: string; close(): Promise<void> };

/** A fresh, migrated database cloned from the template; each test file takes its own. */
export async function createTestDatabase(
  server: TestDatabaseServer,
  options: { poolMax?: number } = {},
): Promise<TestDatabase> {
  const name = `${server.template}_${randomBytes(5).toString('hex')}`;
  await admin(server.adminUrl, (client) =>
    client.query(`create database "${name}" template "${server.template}"`),
  );
  const url = withDatabase(server.adminUrl, name);
  const orm = await MikroORM.init(createOrmConfig(url, { poolMax: options.poolMax ?? 10 }));
  return {
    orm,
    url,
    async close() {
      await orm.close(true);
      await admin(server.adminUrl, (client) =>
        client.query(`drop database if exists "${name}" with (force)`),
      );
    },
  };
}
