// Loads a backup (backup-store.ts) into a new, empty store: its files into an empty DATA_DIR and its
// dump into an empty database. Anything already there is refused rather than merged or overwritten.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { type BackupManifest, DATA_FOLDER, DUMP_FILE, MANIFEST_FILE } from './backup-store.ts';
import { choosePostgresTool, splitPassword, type ToolSearch } from './postgres-tools.ts';

const run = promisify(execFile);

/** Reads and checks a backup's manifest; throws a one-line error when the folder is not a Shelf backup. */
export function readBackupManifest(backupDir: string): BackupManifest {
  const file = join(backupDir, MANIFEST_FILE);
  if (!existsSync(file)) throw new Error(`${backupDir} is not a Shelf backup: it has no ${MANIFEST_FILE}.`);
  const manifest = JSON.parse(readFileSync(file, 'utf8')) as BackupManifest;
  if (manifest.format !== 'shelf-backup' || manifest.version !== 1) {
    throw new Error(`${backupDir} is not a Shelf backup of a version this Shelf can read.`);
  }
  if (!existsSync(join(backupDir, DUMP_FILE))) throw new Error(`${backupDir} has no ${DUMP_FILE}.`);
  return manifest;
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
  manifest: BackupManifest,
  url: string,
  tools?: ToolSearch,
): Promise<void> {
  const major = manifest.database.pgDumpMajorVersion;
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
