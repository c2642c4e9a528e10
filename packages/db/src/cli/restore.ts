// `pnpm restore <backup folder> [--pg-bin DIR]`: loads a backup made by `pnpm backup` into a new store:
// the files into an empty DATA_DIR; a physical copy of the embedded cluster back into DATA_DIR (recovered
// and checked by starting it once), or a dump into an empty DATABASE_URL or, without one, into a new
// embedded cluster in DATA_DIR. It refuses a target that holds anything, and undoes its own writes when
// it fails, so it can be run again. Start Shelf afterwards as usual.
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, findWorkspaceRoot, loadConfig } from '@shelf/config';
import {
  assertClusterCopyRestorable,
  assertEmptyDatabase,
  assertEmptyDataDir,
  readBackupManifest,
  restoreClusterCopy,
  restoreDatabaseDump,
  restoreDataFiles,
} from '../backup/restore-store.ts';
import { startEmbeddedPostgres } from '../embedded-postgres.ts';
import { resolveFromRoot } from './backup-paths.ts';

const { values, positionals } = parseArgs({
  options: { 'pg-bin': { type: 'string' } },
  allowPositionals: true,
  strict: true,
});
const root = findWorkspaceRoot(process.cwd());
const dataDir = resolveFromRoot(root, process.env.DATA_DIR?.trim() || '.data');
const tools = { binDir: values['pg-bin'], searchPath: process.env.PATH };

/** Removes what this restore wrote; DATA_DIR was empty (or missing) before it began. */
function undoDataFiles(): void {
  try {
    for (const entry of readdirSync(dataDir)) rmSync(join(dataDir, entry), { recursive: true, force: true });
  } catch {
    // Nothing was written.
  }
}

async function restore(): Promise<string> {
  const [source] = positionals;
  if (!source || positionals.length > 1)
    throw new Error('Usage: pnpm restore <backup folder> [--pg-bin DIR]');
  const backupDir = resolveFromRoot(root, source);
  const manifest = readBackupManifest(backupDir);
  const { database } = manifest;
  assertEmptyDataDir(dataDir);
  if (database.kind === 'physical') {
    assertClusterCopyRestorable(backupDir, database, process.env.DATABASE_URL?.trim());
  }
  // The files first: loadConfig then reads the restored secrets.json instead of generating new secrets.
  restoreDataFiles(backupDir, dataDir);
  try {
    const config = loadConfig(process.env);
    if ('url' in config.database) {
      if (database.kind === 'physical')
        throw new Error('A physical backup restores only without DATABASE_URL.');
      await assertEmptyDatabase(config.database.url);
      await restoreDatabaseDump(backupDir, database, config.database.url, tools);
      return 'DATABASE_URL';
    }
    const { embedded } = config.database;
    if (database.kind === 'physical') {
      await restoreClusterCopy(backupDir, database, embedded.dataDir, embedded.port);
      return `the embedded PostgreSQL ${database.serverMajorVersion} cluster in ${embedded.dataDir}, recovered from its physical copy`;
    }
    const cluster = await startEmbeddedPostgres({ dataDir: embedded.dataDir, port: embedded.port });
    try {
      await assertEmptyDatabase(cluster.url);
      await restoreDatabaseDump(backupDir, database, cluster.url, tools);
    } finally {
      await cluster.stop();
    }
    return `a new embedded Postgres in ${embedded.dataDir}`;
  } catch (error) {
    undoDataFiles();
    throw error;
  }
}

// An explicit exit: embedded-postgres's exit hook would otherwise end the process with status 0.
try {
  const database = await restore();
  console.log(`Restored the backup into DATA_DIR ${dataDir} and ${database}. Start Shelf as usual.`);
  process.exit(0);
} catch (error) {
  console.error(error instanceof ConfigError || error instanceof Error ? error.message : String(error));
  process.exit(1);
}
