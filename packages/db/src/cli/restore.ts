// `pnpm restore <backup folder> [--pg-bin DIR]`: loads a backup made by `pnpm backup` into a new store:
// the files into an empty DATA_DIR, the database into an empty DATABASE_URL or, without one, into a new
// embedded cluster in DATA_DIR. It refuses a target that holds anything, and undoes its own writes when
// it fails, so it can be run again. Start Shelf afterwards as usual.
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, findWorkspaceRoot, loadConfig } from '@shelf/config';
import {
  assertEmptyDatabase,
  assertEmptyDataDir,
  readBackupManifest,
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
  assertEmptyDataDir(dataDir);
  // The files first: loadConfig then reads the restored secrets.json instead of generating new secrets.
  restoreDataFiles(backupDir, dataDir);
  try {
    const config = loadConfig(process.env);
    if ('url' in config.database) {
      await assertEmptyDatabase(config.database.url);
      await restoreDatabaseDump(backupDir, manifest, config.database.url, tools);
      return 'DATABASE_URL';
    }
    const cluster = await startEmbeddedPostgres({
      dataDir: config.database.embedded.dataDir,
      port: config.database.embedded.port,
    });
    try {
      await assertEmptyDatabase(cluster.url);
      await restoreDatabaseDump(backupDir, manifest, cluster.url, tools);
    } finally {
      await cluster.stop();
    }
    return `a new embedded Postgres in ${config.database.embedded.dataDir}`;
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
