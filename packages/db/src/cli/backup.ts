// `pnpm backup [--out DIR] [--pg-bin DIR]`: writes a backup of the store (backup/backup-store.ts) into a
// new folder, by default shelf-<time> in BACKUP_DIR (`backups` at the workspace root unless set). Safe
// while the store runs: the embedded cluster (shared when the API has it running, else started for the
// backup) is copied through its own online backup API, and a DATABASE_URL is dumped by pg_dump from one
// consistent snapshot. --pg-bin names pg_dump's folder, for DATABASE_URL only.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ConfigError, findWorkspaceRoot, loadConfig } from '@shelf/config';
import { backupStore } from '../backup/backup-store.ts';
import { startEmbeddedPostgres } from '../embedded-postgres.ts';
import { resolveFromRoot, SECRET_VARIABLES } from './backup-paths.ts';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const { values } = parseArgs({
  options: { out: { type: 'string' }, 'pg-bin': { type: 'string' } },
  strict: true,
});
let config: ReturnType<typeof loadConfig>;
try {
  config = loadConfig(process.env);
} catch (error) {
  if (error instanceof ConfigError) fail(error.message);
  throw error;
}

const root = findWorkspaceRoot(process.cwd());
const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '').replace('T', '-');
const backupDir = process.env.BACKUP_DIR?.trim() || 'backups';
const target = resolveFromRoot(root, values.out ?? join(backupDir, `shelf-${stamp}`));
const cluster =
  'url' in config.database
    ? undefined
    : await startEmbeddedPostgres({
        dataDir: config.database.embedded.dataDir,
        port: config.database.embedded.port,
      });
let exitCode = 0;
try {
  const result = await backupStore({
    target,
    database: {
      url: cluster?.url ?? ('url' in config.database ? config.database.url : ''),
      clusterDir: 'embedded' in config.database ? config.database.embedded.dataDir : undefined,
    },
    dataDir: config.dataDir,
    storage:
      config.storage.driver === 's3' ? { driver: 's3', bucket: config.storage.bucket } : { driver: 'local' },
    secretsFromEnvironment: SECRET_VARIABLES.filter((name) => process.env[name]?.trim()),
    tools: { binDir: values['pg-bin'], searchPath: process.env.PATH },
  });
  const { database } = result.manifest;
  const how =
    database.kind === 'physical'
      ? `a physical copy of the embedded PostgreSQL ${database.serverMajorVersion} cluster`
      : `pg_dump ${database.pgDumpMajorVersion}, custom format`;
  console.log(
    `Backed up the store to ${result.dir}: the database (${how}) and ${result.manifest.dataFiles.count} file(s) of DATA_DIR.`,
  );
  for (const note of result.notes) console.log(note);
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  exitCode = 1;
} finally {
  await cluster?.stop();
}
// An explicit exit: embedded-postgres's exit hook would otherwise end the process with status 0.
process.exit(exitCode);
