// A store's backup: a folder holding the database, the files of $DATA_DIR (the local file store and
// secrets.json, whose keys sign download links and license certificates: without them restored links and
// licenses would not verify) and a manifest saying what is inside. The database is a physical copy of the
// embedded cluster (cluster-copy.ts: the server itself makes it, no client programs needed) or, for a
// DATABASE_URL, a pg_dump custom-format archive.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { CLUSTER_FOLDER, copyClusterOnline } from './cluster-copy.ts';
import {
  choosePostgresTool,
  type FoundTool,
  serverMajorVersion,
  splitPassword,
  type ToolSearch,
} from './postgres-tools.ts';

const run = promisify(execFile);

export const MANIFEST_FILE = 'manifest.json';
export const DUMP_FILE = 'database.dump';
export const DATA_FOLDER = 'data';

/** A pg_dump archive of a DATABASE_URL database (or, in backups of version 1, of the embedded one). */
export type DumpedDatabase = {
  kind: 'pg_dump';
  file: typeof DUMP_FILE;
  source: 'embedded' | 'url';
  serverMajorVersion: number;
  /** pg_dump's major version: restoring needs a pg_restore at least as new. */
  pgDumpMajorVersion: number;
};

/** A physical copy of the embedded cluster: only a server of the same major version can start it. */
export type CopiedCluster = {
  kind: 'physical';
  folder: typeof CLUSTER_FOLDER;
  source: 'embedded';
  serverMajorVersion: number;
};

export type BackupManifest = {
  format: 'shelf-backup';
  /** 2 since the database part says its kind; a version 1 backup is always a pg_dump. */
  version: 2;
  createdAt: string;
  database: DumpedDatabase | CopiedCluster;
  storage: { driver: 'local' } | { driver: 's3'; bucket: string };
  /** What was copied from DATA_DIR into the backup's data/ folder. */
  dataFiles: { count: number; bytes: number };
  /** Secrets set in the environment instead of secrets.json: not in the backup, keep them yourself. */
  secretsFromEnvironment: string[];
};

export type BackupOptions = {
  /** The folder to create; it must not exist yet, or be empty. */
  target: string;
  /** The embedded cluster's URL (as its superuser) and folder inside DATA_DIR, or a DATABASE_URL. */
  database: { url: string; clusterDir?: string };
  dataDir: string;
  storage: { driver: 'local' } | { driver: 's3'; bucket: string };
  secretsFromEnvironment: string[];
  tools?: ToolSearch;
  now?: Date;
};

export type BackupResult = { dir: string; manifest: BackupManifest; notes: string[] };

function countFiles(dir: string): { count: number; bytes: number } {
  const total = { count: 0, bytes: 0 };
  if (!existsSync(dir)) return total;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    const inner = entry.isDirectory() ? countFiles(path) : { count: 1, bytes: statSync(path).size };
    total.count += inner.count;
    total.bytes += inner.bytes;
  }
  return total;
}

function assertFreshTarget(target: string): void {
  if (existsSync(target) && (!statSync(target).isDirectory() || readdirSync(target).length > 0)) {
    throw new Error(`The backup folder ${target} already exists and is not empty; name a new one.`);
  }
}

/**
 * Writes a backup of the store into `options.target`. The database is backed up first and the files copied
 * after, so every file a backed-up row names is in the backup (stored files are never changed in place).
 */
export async function backupStore(options: BackupOptions): Promise<BackupResult> {
  const dir = resolve(options.target);
  assertFreshTarget(dir);
  // Found before anything is written: without a suitable pg_dump there is nothing to start.
  const dump = options.database.clusterDir ? undefined : await findDumpTool(options);
  mkdirSync(dir, { recursive: true });
  try {
    const database = dump
      ? await dumpDatabase(dir, options.database.url, dump)
      : await copyCluster(dir, options.database.url, options.database.clusterDir!);
    return writeBackup(dir, database, options);
  } catch (error) {
    // A half-written backup must not pass for a whole one.
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

async function findDumpTool(options: BackupOptions): Promise<{ tool: FoundTool; serverMajor: number }> {
  const serverMajor = await serverMajorVersion(options.database.url);
  const why = `to dump this PostgreSQL ${serverMajor} database`;
  return { tool: choosePostgresTool('pg_dump', serverMajor, why, options.tools), serverMajor };
}

async function dumpDatabase(
  dir: string,
  databaseUrl: string,
  dump: { tool: FoundTool; serverMajor: number },
): Promise<DumpedDatabase> {
  const { url, password } = splitPassword(databaseUrl);
  await run(dump.tool.path, ['--format=custom', '--compress=6', `--file=${join(dir, DUMP_FILE)}`, url], {
    env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) },
    maxBuffer: 16 * 1024 * 1024,
  });
  return {
    kind: 'pg_dump',
    file: DUMP_FILE,
    source: 'url',
    serverMajorVersion: dump.serverMajor,
    pgDumpMajorVersion: dump.tool.major,
  };
}

async function copyCluster(dir: string, url: string, clusterDir: string): Promise<CopiedCluster> {
  const { serverMajorVersion } = await copyClusterOnline(url, clusterDir, join(dir, CLUSTER_FOLDER));
  return { kind: 'physical', folder: CLUSTER_FOLDER, source: 'embedded', serverMajorVersion };
}

function writeBackup(
  dir: string,
  database: DumpedDatabase | CopiedCluster,
  options: BackupOptions,
): BackupResult {
  const dataDir = resolve(options.dataDir);
  // The cluster (copied apart) and the backup itself, should it be inside DATA_DIR. postgres.json stays:
  // it holds the password of the copied cluster's role.
  const excluded = new Set([options.database.clusterDir, dir].filter(Boolean).map((path) => resolve(path!)));
  const dataTarget = join(dir, DATA_FOLDER);
  mkdirSync(dataTarget, { recursive: true });
  if (existsSync(dataDir)) {
    cpSync(dataDir, dataTarget, {
      recursive: true,
      filter: (source) => !excluded.has(resolve(source)),
    });
  }

  const manifest: BackupManifest = {
    format: 'shelf-backup',
    version: 2,
    createdAt: (options.now ?? new Date()).toISOString(),
    database,
    storage: options.storage,
    dataFiles: countFiles(dataTarget),
    secretsFromEnvironment: options.secretsFromEnvironment,
  };
  writeFileSync(join(dir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);

  const notes: string[] = [];
  if (options.storage.driver === 's3') {
    notes.push(
      `Product files are in the S3 bucket "${options.storage.bucket}", which this backup does not copy: ` +
        'the bucket is backed up by its own versioning (turn it on, with a lifecycle rule for old versions).',
    );
  }
  if (options.secretsFromEnvironment.length > 0) {
    const names = options.secretsFromEnvironment;
    notes.push(
      `${names.join(', ')} ${names.length === 1 ? 'is' : 'are'} set in the environment, so not in this backup: ` +
        'keep it with your deployment, or restored download links and licenses will not verify.',
    );
  }
  return { dir, manifest, notes };
}
