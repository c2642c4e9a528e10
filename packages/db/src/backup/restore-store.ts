// Loads a backup (backup-store.ts) into a new, empty store: its files into an empty DATA_DIR and its
// database either as the embedded cluster (a physical copy, recovered by the embedded server's start) or
// from its dump into an empty database. Anything already there is refused rather than merged or overwritten.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { startEmbeddedPostgres } from '../embedded-postgres.ts';
import {
  type BackupManifest,
  type CopiedCluster,
  DATA_FOLDER,
  DUMP_FILE,
  type DumpedDatabase,
  MANIFEST_FILE,
} from './backup-store.ts';
import { clusterCopyMajorVersion, putClusterCopyBack } from './cluster-copy.ts';
import {
  choosePostgresTool,
  embeddedServerMajorVersion,
  splitPassword,
  type ToolSearch,
} from './postgres-tools.ts';

const run = promisify(execFile);

type ManifestVersion1 = Omit<BackupManifest, 'version' | 'database'> & {
  version: 1;
  database: Omit<DumpedDatabase, 'kind'>;
};

/** Reads and checks a backup's manifest; throws a one-line error when the folder is not a Shelf backup. */
export function readBackupManifest(backupDir: string): BackupManifest {
  const file = join(backupDir, MANIFEST_FILE);
  if (!existsSync(file)) throw new Error(`${backupDir} is not a Shelf backup: it has no ${MANIFEST_FILE}.`);
  const read = JSON.parse(readFileSync(file, 'utf8')) as BackupManifest | ManifestVersion1;
  if (read.format !== 'shelf-backup' || (read.version !== 1 && read.version !== 2)) {
    throw new Error(`${backupDir} is not a Shelf backup of a version this Shelf can read.`);
  }
  const manifest: BackupManifest =
    read.version === 1 ? { ...read, version: 2, database: { kind: 'pg_dump', ...read.database } } : read;
  const part = manifest.database.kind === 'pg_dump' ? DUMP_FILE : manifest.database.folder;
  if (!existsSync(join(backupDir, part))) throw new Error(`${backupDir} has no ${part}.`);
  return manifest;
}

/**
 * Throws unless this machine can bring back the backup's physical cluster copy: only as the embedded
 * database (not into a DATABASE_URL), and only by an embedded server of the same major version.
 */
export function assertClusterCopyRestorable(
  backupDir: string,
  database: CopiedCluster,
  databaseUrl: string | undefined,
): void {
  const major = database.serverMajorVersion;
  if (databaseUrl) {
    throw new Error(
      `This backup holds a physical copy of an embedded PostgreSQL ${major} cluster, which restores only as ` +
        'the embedded database: unset DATABASE_URL (and, to move to another server, dump the restored store ' +
        'with pg_dump from there).',
    );
  }
  const copied = clusterCopyMajorVersion(join(backupDir, database.folder));
  const embedded = embeddedServerMajorVersion();
  if (copied !== major || embedded !== major) {
    throw new Error(
      `This backup holds a physical copy of an embedded PostgreSQL ${major} cluster, which only PostgreSQL ` +
        `${major} can start, but this Shelf's embedded PostgreSQL is ${embedded ?? 'missing'}: restore it ` +
        `with a Shelf whose embedded-postgres is version ${major}.`,
    );
  }
}

/**
 * Puts the backup's cluster copy in place as the embedded cluster in `clusterDir` (its password came
 * back with DATA_DIR's postgres.json), then starts it once: the start replays the copied WAL from
 * backup_label, and the store's tables must be there afterwards.
 */
export async function restoreClusterCopy(
  backupDir: string,
  database: CopiedCluster,
  clusterDir: string,
  port?: number,
): Promise<void> {
  await putClusterCopyBack(join(backupDir, database.folder), clusterDir);
  const log: string[] = [];
  const onLog = (chunk: string): void => {
    for (const line of chunk.split('\n')) {
      const reason = /(?:FATAL|PANIC): .*/.exec(line)?.[0];
      if (reason) log.push(reason.replace(/\s+/g, ' '));
    }
  };
  const cluster = await startEmbeddedPostgres({ dataDir: clusterDir, port, onLog }).catch(
    (error: unknown) => {
      const why =
        log.length > 0 ? log.slice(-2).join(' ') : error instanceof Error ? error.message : 'no reason given';
      throw new Error(`The restored embedded PostgreSQL did not start (${why}).`);
    },
  );
  try {
    const client = new pg.Client({ connectionString: cluster.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ tables: number; recovering: boolean }>(
        `select (select count(*)::int from pg_tables where schemaname = 'public') as tables,
                pg_is_in_recovery() as recovering`,
      );
      if (!rows[0] || rows[0].recovering || rows[0].tables === 0) {
        throw new Error(
          'The restored embedded PostgreSQL started, but not as a store: it has none of its tables.',
        );
      }
    } finally {
      await client.end();
    }
  } finally {
    await cluster.stop();
  }
}

/** Throws unless DATA_DIR is missing or empty: a restore never mixes two stores' files. */
export function assertEmptyDataDir(dataDir: string): void {
  const dir = resolve(dataDir);
  if (!existsSync(dir)) return;
  if (!statSync(dir).isDirectory()) throw new Error(`DATA_DIR ${dir} is not a folder.`);
  const entries = readdirSync(dir);
  if (entries.length > 0) {
    throw new Error(
      `DATA_DIR ${dir} is not empty (${entries.slice(0, 3).join(', ')}${entries.length > 3 ? ', ...' : ''}): ` +
        'restore into a new, empty DATA_DIR (or move this one away first).',
    );
  }
}

/** Copies the backup's DATA_DIR files (the file store, secrets.json) into `dataDir`. */
export function restoreDataFiles(backupDir: string, dataDir: string): void {
  const source = join(backupDir, DATA_FOLDER);
  if (existsSync(source)) cpSync(source, resolve(dataDir), { recursive: true });
}

/** Throws unless the database holds no tables, sequences or views outside the system schemas. */
export async function assertEmptyDatabase(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ name: string }>(
      `select n.nspname || '.' || c.relname as name
         from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where c.relkind in ('r', 'p', 'v', 'm', 'S', 'f')
          and n.nspname not in ('pg_catalog', 'information_schema')
          and n.nspname not like 'pg_toast%'
        order by 1 limit 3`,
    );
    if (rows.length > 0) {
      const database = new URL(url).pathname.slice(1);
      throw new Error(
        `The database "${database}" is not empty (${rows.map((row) => row.name).join(', ')}, ...): ` +
          'restore into a new, empty database.',
      );
    }
  } finally {
    await client.end();
  }
}

/** Loads the dump into the (empty) database at `url`, in one transaction: all of it or nothing. */
export async function restoreDatabaseDump(
  backupDir: string,
  database: DumpedDatabase,
  url: string,
  tools?: ToolSearch,
): Promise<void> {
  const major = database.pgDumpMajorVersion;
  const pgRestore = choosePostgresTool('pg_restore', major, `to read a pg_dump ${major} archive`, tools);
  const target = splitPassword(url);
  await run(
    pgRestore.path,
    [
      '--no-owner',
      '--no-privileges',
      '--exit-on-error',
      '--single-transaction',
      `--dbname=${target.url}`,
      join(backupDir, DUMP_FILE),
    ],
    {
      env: { ...process.env, ...(target.password ? { PGPASSWORD: target.password } : {}) },
      maxBuffer: 16 * 1024 * 1024,
    },
  );
}
