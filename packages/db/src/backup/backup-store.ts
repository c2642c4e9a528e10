// A store's backup: a folder holding the database as a pg_dump custom-format archive, the files of
// $DATA_DIR (the local file store and secrets.json, whose keys sign download links and license
// certificates: without them restored links and licenses would not verify) and a manifest saying what
// is inside. The embedded cluster's own files are left out: the dump is the database.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
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

export type BackupManifest = {
  format: 'shelf-backup';
  version: 1;
  createdAt: string;
  database: {
    file: typeof DUMP_FILE;
    /** Where it came from: the embedded cluster in DATA_DIR, or DATABASE_URL. */
    source: 'embedded' | 'url';
    serverMajorVersion: number;
    /** pg_dump's major version: restoring needs a pg_restore at least as new. */
    pgDumpMajorVersion: number;
  };
  storage: { driver: 'local' } | { driver: 's3'; bucket: string };
  /** What was copied from DATA_DIR into the backup's data/ folder. */
  dataFiles: { count: number; bytes: number };
  /** Secrets set in the environment instead of secrets.json: not in the backup, keep them yourself. */
  secretsFromEnvironment: string[];
};

export type BackupOptions = {
  /** The folder to create; it must not exist yet, or be empty. */
  target: string;
  database: { url: string; embedded: boolean };
  dataDir: string;
  /** The embedded cluster's folder inside DATA_DIR, left out of the file copy. */
  clusterDir?: string;
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
 * Writes a backup of the store into `options.target`. The database is dumped first and the files copied
 * after, so every file a dumped row names is in the backup (stored files are never changed in place).
 */
export async function backupStore(options: BackupOptions): Promise<BackupResult> {
  const dir = resolve(options.target);
  assertFreshTarget(dir);
  const serverMajor = await serverMajorVersion(options.database.url);
  const pgDump = choosePostgresTool(
    'pg_dump',
    serverMajor,
    `to dump this PostgreSQL ${serverMajor} database`,
    options.tools,
  );
  mkdirSync(dir, { recursive: true });
  try {
    return await writeBackup(dir, pgDump, serverMajor, options);
  } catch (error) {
    // A half-written backup must not pass for a whole one.
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}

async function writeBackup(
  dir: string,
  pgDump: FoundTool,
  serverMajor: number,
  options: BackupOptions,
): Promise<BackupResult> {
  const { url, password } = splitPassword(options.database.url);
  await run(pgDump.path, ['--format=custom', '--compress=6', `--file=${join(dir, DUMP_FILE)}`, url], {
    env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) },
    maxBuffer: 16 * 1024 * 1024,
  });

  const dataDir = resolve(options.dataDir);
  // The cluster's own files (the dump stands for them) and the backup itself, should it be inside DATA_DIR.
  const excluded = new Set(
    [options.clusterDir, join(dataDir, 'postgres.json'), dir].filter(Boolean).map((path) => resolve(path!)),
  );
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
    version: 1,
    createdAt: (options.now ?? new Date()).toISOString(),
    database: {
      file: DUMP_FILE,
      source: options.database.embedded ? 'embedded' : 'url',
      serverMajorVersion: serverMajor,
      pgDumpMajorVersion: pgDump.major,
    },
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
