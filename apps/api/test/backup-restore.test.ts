// `pnpm backup` and `pnpm restore` as an owner runs them: a store sells a licensed product (download link,
// license key, an activation with its offline certificate) and is backed up while it runs; the original
// database and DATA_DIR are then deleted, the backup is restored into a new, empty DATA_DIR and the
// restored store serves the same order, the same download link and the same license, whose old
// certificate still verifies against its published key.
// The default store, on the embedded database, is backed up as a physical copy of its cluster made by the
// server itself, so this runs wherever Node does. A store on DATABASE_URL is backed up with pg_dump, which
// needs client programs as new as the server: that round trip runs against TEST_DATABASE_URL's server
// (CI's PostgreSQL, with its pg_dump) when the suite is given one, and fails, not skips, without a pg_dump.
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@shelf/config';
import { embeddedServerMajorVersion } from '@shelf/db/backup-tools';
import { verifyLicenseCertificate } from '@shelf/licensing';
import { findFreePort } from '@shelf/test-utils/free-port';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApi, startApi } from '../src/server.ts';

const repoRoot = join(import.meta.dirname, '../../..');
const dbDir = join(repoRoot, 'packages/db');
const OWNER = { email: 'owner@example.com', password: 'correct horse battery staple' };

async function admin(adminUrl: string, sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

function runCli(
  script: 'backup' | 'restore',
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; output: string }> {
  const { DATABASE_URL: _inherited, ...inherited } = process.env;
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', `src/cli/${script}.ts`, ...args], {
    cwd: dbDir,
    env: { ...inherited, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })));
}

async function startStore(env: Record<string, string>, port: number): Promise<RunningApi> {
  return startApi(
    loadConfig({
      API_PORT: String(port),
      API_PUBLIC_URL: `http://127.0.0.1:${port}`,
      HOST: '127.0.0.1',
      LOG_LEVEL: 'silent',
      NODE_ENV: 'test',
      RATE_LIMITS: 'off',
      OWNER_EMAIL: OWNER.email,
      OWNER_PASSWORD: OWNER.password,
      ...env,
    }),
  );
}

async function graphql<T>(api: RunningApi, query: string, variables = {}, token?: string): Promise<T> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!body.data || body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

async function postJson(url: string, body: Record<string, string>): Promise<any> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return response.json();
}

/** What the owner and the customer can see of the store: its orders, a download and a license. */
async function observe(api: RunningApi, sale: Sale) {
  const { login } = await graphql<{ login: { token: string } }>(
    api,
    'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
    OWNER,
  );
  const { orders } = await graphql<{ orders: { totalCount: number; nodes: unknown[] } }>(
    api,
    '{ orders(first: 10) { totalCount nodes { number status email total { amount currency } } } }',
    {},
    login.token,
  );
  const { checkout } = await graphql<{ checkout: unknown }>(
    api,
    'query($id: ID!) { checkout(id: $id) { status order { number downloads { filename url } licenses { key } } } }',
    { id: sale.checkoutId },
  );
  const validation = await postJson(`${api.url}/v1/licenses/validate`, {
    license_key: sale.licenseKey,
    instance_id: sale.instanceId,
  });
  const page = await fetch(sale.downloadUrl);
  const pageHtml = await page.text();
  const take = await fetch(sale.downloadUrl, {
    method: 'POST',
    body: new URLSearchParams({
      file: /name="file" value="([^"]+)"/.exec(pageHtml)?.[1] ?? '',
      attempt: /name="attempt" value="([^"]+)"/.exec(pageHtml)?.[1] ?? '',
    }),
    redirect: 'manual',
  });
  const file = take.headers.get('location')
    ? await fetch(new URL(take.headers.get('location')!, api.url))
    : null;
  const published = (await (await fetch(`${api.url}/.well-known/shelf-license-key`)).json()) as {
    public_key_pem: string;
  };
  return {
    orders,
    checkout,
    license: {
      valid: validation.valid,
      status: validation.license_key?.status,
      instance: validation.instance?.id,
    },
    downloadPage: page.status,
    download: { status: take.status, fileStatus: file?.status, sha: file ? await sha(file) : null },
    certificate: verifyLicenseCertificate(sale.certificate, published.public_key_pem, {
      instanceId: sale.instanceId,
    }).valid,
  };
}

async function sha(response: Response): Promise<string> {
  return createHash('sha256')
    .update(Buffer.from(await response.arrayBuffer()))
    .digest('hex');
}

type Sale = {
  checkoutId: string;
  downloadUrl: string;
  licenseKey: string;
  instanceId: string;
  certificate: string;
};

async function sellLicensedProduct(api: RunningApi): Promise<Sale> {
  const { product } = await graphql<{ product: { id: string } }>(
    api,
    '{ product(slug: "framecraft-screenshot-tool") { id } }',
  );
  const { createCheckout } = await graphql<{ createCheckout: { id: string } }>(
    api,
    'mutation($input: CreateCheckoutInput!) { createCheckout(input: $input) { id } }',
    { input: { productId: product.id } },
  );
  const { completeTestCheckout } = await graphql<{
    completeTestCheckout: { order: { downloads: Array<{ url: string }>; licenses: Array<{ key: string }> } };
  }>(
    api,
    'mutation($id: ID!, $email: String!) { completeTestCheckout(id: $id, email: $email) { order { downloads { url } licenses { key } } } }',
    { id: createCheckout.id, email: 'dev@example.com' },
  );
  const licenseKey = completeTestCheckout.order.licenses[0]!.key;
  const activated = await postJson(`${api.url}/v1/licenses/activate`, {
    license_key: licenseKey,
    instance_name: 'Studio Mac',
  });
  return {
    checkoutId: createCheckout.id,
    downloadUrl: completeTestCheckout.order.downloads[0]!.url,
    licenseKey,
    instanceId: activated.instance.id,
    certificate: activated.certificate,
  };
}

type Observation = Awaited<ReturnType<typeof observe>>;

/** Starts the store, sells, looks at it, and backs it up while it runs, as a nightly job would. */
async function sellAndBackUp(
  env: Record<string, string>,
  backupDir: string,
  port: number,
): Promise<{ sale: Sale; before: Observation; output: string }> {
  const store = await startStore(env, port);
  try {
    const sale = await sellLicensedProduct(store);
    const before = await observe(store, sale);
    const backup = await runCli('backup', ['--out', backupDir], env);
    expect(backup.code, backup.output).toBe(0);
    return { sale, before, output: backup.output };
  } finally {
    await store.close();
  }
}

/** The observation itself proves something: the sale was paid, downloadable and licensed. */
function expectSoldAndServed(before: Observation, sale: Sale): void {
  expect(before.orders.totalCount).toBe(1);
  expect(before.license).toMatchObject({ valid: true, status: 'active', instance: sale.instanceId });
  expect(before.download).toMatchObject({ status: 303, fileStatus: 200 });
  expect(before.certificate).toBe(true);
}

function notEmptyMessage(dir: string, entries: string): string {
  return `DATA_DIR ${dir} is not empty (${entries}): restore into a new, empty DATA_DIR (or move this one away first).`;
}

describe('backup and restore of a store on the embedded database', () => {
  const work = mkdtempSync(join(tmpdir(), 'shelf-backup-'));
  const sourceDataDir = join(work, 'source-data');
  const restoredDataDir = join(work, 'restored-data');
  const backupDir = join(work, 'backup');
  const embeddedMajor = embeddedServerMajorVersion();
  let port: number;
  let sale: Sale;
  let before: Observation;
  let backupOutput: string;
  let restored: RunningApi | undefined;

  beforeAll(async () => {
    port = await findFreePort();
    ({
      sale,
      before,
      output: backupOutput,
    } = await sellAndBackUp({ DATA_DIR: sourceDataDir }, backupDir, port));
    // Nothing of the original store is left: the restore alone must bring it back.
    rmSync(sourceDataDir, { recursive: true, force: true });
  }, 180_000);

  afterAll(async () => {
    await restored?.close();
    rmSync(work, { recursive: true, force: true });
  }, 60_000);

  it('copies the running cluster through its own backup API, with DATA_DIR’s files, secrets and a manifest', () => {
    expect(embeddedMajor).toBeGreaterThanOrEqual(15);
    expect(backupOutput).toMatch(
      new RegExp(
        `^Backed up the store to .*: the database \\(a physical copy of the embedded PostgreSQL ${embeddedMajor} cluster\\)`,
      ),
    );
    const manifest = JSON.parse(readFileSync(join(backupDir, 'manifest.json'), 'utf8'));
    expect(manifest).toMatchObject({
      format: 'shelf-backup',
      version: 2,
      database: {
        kind: 'physical',
        folder: 'postgres',
        source: 'embedded',
        serverMajorVersion: embeddedMajor,
      },
      storage: { driver: 'local' },
      secretsFromEnvironment: [],
    });
    expect(Date.now() - Date.parse(manifest.createdAt)).toBeLessThan(10 * 60_000);

    const cluster = join(backupDir, 'postgres');
    expect(readFileSync(join(cluster, 'PG_VERSION'), 'utf8').trim()).toBe(String(embeddedMajor));
    // pg_backup_stop's label, and every WAL segment from the one it starts in.
    const label = readFileSync(join(cluster, 'backup_label'), 'utf8');
    expect(label).toContain('LABEL: shelf-backup');
    const firstSegment = /^START WAL LOCATION: \S+ \(file ([0-9A-F]{24})\)$/m.exec(label)?.[1];
    const segments = readdirSync(join(cluster, 'pg_wal'))
      .filter((name) => /^[0-9A-F]{24}$/.test(name))
      .sort();
    expect(segments[0]).toBe(firstSegment);
    // The running server's own files stay behind.
    expect(existsSync(join(cluster, 'postmaster.pid'))).toBe(false);
    expect(existsSync(join(cluster, 'postmaster.opts'))).toBe(false);

    expect(readFileSync(join(backupDir, 'data/secrets.json'), 'utf8')).toContain('PRIVATE KEY');
    // The cluster's password, which its copied role still has; the cluster itself is not copied twice.
    expect(JSON.parse(readFileSync(join(backupDir, 'data/postgres.json'), 'utf8')).password).toEqual(
      expect.any(String),
    );
    expect(existsSync(join(backupDir, 'data/postgres'))).toBe(false);
    expect(existsSync(join(backupDir, 'data/files/products'))).toBe(true);
    expect(manifest.dataFiles.count).toBeGreaterThan(10);
  });

  it('restores into an empty DATA_DIR, and the recovered store serves the same orders, links and licenses', async () => {
    const restore = await runCli('restore', [backupDir], { DATA_DIR: restoredDataDir });
    expect(restore.code, restore.output).toBe(0);
    expect(restore.output.trim()).toBe(
      `Restored the backup into DATA_DIR ${restoredDataDir} and the embedded PostgreSQL ${embeddedMajor} cluster ` +
        `in ${join(restoredDataDir, 'postgres')}, recovered from its physical copy. Start Shelf as usual.`,
    );
    // Recovery is over: the backup's label was consumed by the start that replayed its WAL.
    expect(existsSync(join(restoredDataDir, 'postgres/backup_label'))).toBe(false);

    restored = await startStore({ DATA_DIR: restoredDataDir, SEED_DEMO: 'false' }, port);
    const after = await observe(restored, sale);
    expect(after).toEqual(before);
    expectSoldAndServed(before, sale);
  }, 180_000);

  it('refuses a DATA_DIR that holds anything, or a DATABASE_URL, and changes nothing', async () => {
    const used = join(work, 'used-data');
    mkdirSync(used);
    writeFileSync(join(used, 'notes.txt'), 'keep me');
    const intoUsedDir = await runCli('restore', [backupDir], { DATA_DIR: used });
    expect(intoUsedDir.code).toBe(1);
    expect(intoUsedDir.output.trim()).toBe(notEmptyMessage(used, 'notes.txt'));
    expect(readFileSync(join(used, 'notes.txt'), 'utf8')).toBe('keep me');

    // A physical copy is a cluster, not something to load into another server's database.
    const fresh = join(work, 'fresh-data');
    const intoUrl = await runCli('restore', [backupDir], {
      DATA_DIR: fresh,
      DATABASE_URL: 'postgres://shelf@127.0.0.1:1/shelf',
    });
    expect(intoUrl.code).toBe(1);
    expect(intoUrl.output.trim()).toBe(
      `This backup holds a physical copy of an embedded PostgreSQL ${embeddedMajor} cluster, which restores ` +
        'only as the embedded database: unset DATABASE_URL (and, to move to another server, dump the restored ' +
        'store with pg_dump from there).',
    );
    expect(existsSync(fresh) ? readdirSync(fresh) : []).toEqual([]);
  }, 60_000);

  it('fails on a copy without its WAL, saying why, and leaves DATA_DIR empty', async () => {
    // The copied files alone are not a database: recovery needs the WAL from the backup's checkpoint on.
    const broken = join(work, 'backup-without-wal');
    cpSync(backupDir, broken, { recursive: true });
    const wal = join(broken, 'postgres/pg_wal');
    for (const name of readdirSync(wal)) if (/^[0-9A-F]{24}$/.test(name)) rmSync(join(wal, name));
    const target = join(work, 'target-data');
    const restore = await runCli('restore', [broken], { DATA_DIR: target });
    expect(restore.code).toBe(1);
    expect(restore.output.trim()).toMatch(
      /^The restored embedded PostgreSQL did not start \(FATAL: could not locate required checkpoint record .*\)\.$/,
    );
    expect(readdirSync(target)).toEqual([]);
  }, 60_000);
});

const externalAdminUrl = process.env.TEST_DATABASE_URL;

// Registered only with a server of the suite's own: the embedded one above needs no pg_dump.
if (externalAdminUrl) {
  describe('backup and restore of a store on DATABASE_URL, with pg_dump', () => {
    const work = mkdtempSync(join(tmpdir(), 'shelf-backup-url-'));
    const sourceDataDir = join(work, 'source-data');
    const restoredDataDir = join(work, 'restored-data');
    const backupDir = join(work, 'backup');
    const sourceDb = `shelf_backup_${randomBytes(5).toString('hex')}`;
    const sourceUrl = (() => {
      const url = new URL(externalAdminUrl);
      url.pathname = `/${sourceDb}`;
      return url.toString();
    })();
    let port: number;
    let sale: Sale;
    let before: Observation;
    let restored: RunningApi | undefined;

    beforeAll(async () => {
      await admin(externalAdminUrl, `create database "${sourceDb}"`);
      port = await findFreePort();
      const env = { DATABASE_URL: sourceUrl, DATA_DIR: sourceDataDir };
      const backedUp = await sellAndBackUp(env, backupDir, port);
      ({ sale, before } = backedUp);
      expect(backedUp.output).toMatch(
        /^Backed up the store to .*: the database \(pg_dump \d+, custom format\)/,
      );
      await admin(externalAdminUrl, `drop database "${sourceDb}" with (force)`);
      rmSync(sourceDataDir, { recursive: true, force: true });
    }, 180_000);

    afterAll(async () => {
      await restored?.close();
      await admin(externalAdminUrl, `drop database if exists "${sourceDb}" with (force)`).catch(() => {});
      rmSync(work, { recursive: true, force: true });
    }, 60_000);

    it('writes a custom-format dump, DATA_DIR’s files and secrets, and a manifest', () => {
      const manifest = JSON.parse(readFileSync(join(backupDir, 'manifest.json'), 'utf8'));
      expect(manifest).toMatchObject({
        format: 'shelf-backup',
        version: 2,
        database: { kind: 'pg_dump', file: 'database.dump', source: 'url' },
        storage: { driver: 'local' },
      });
      // pg_dump's custom format starts with its magic bytes.
      expect(readFileSync(join(backupDir, 'database.dump')).subarray(0, 5).toString()).toBe('PGDMP');
      expect(readFileSync(join(backupDir, 'data/secrets.json'), 'utf8')).toContain('PRIVATE KEY');
      expect(manifest.dataFiles.count).toBeGreaterThan(10);
    });

    it('restores into an empty DATA_DIR, and the new store serves the same orders, links and licenses', async () => {
      const restore = await runCli('restore', [backupDir], { DATA_DIR: restoredDataDir });
      expect(restore.code, restore.output).toBe(0);
      expect(restore.output).toContain('a new embedded Postgres in');

      restored = await startStore({ DATA_DIR: restoredDataDir, SEED_DEMO: 'false' }, port);
      expect(await observe(restored, sale)).toEqual(before);
      expectSoldAndServed(before, sale);
    }, 180_000);

    it('refuses a database that holds anything, and undoes what it copied', async () => {
      // A database that holds a store already: the restored one, through its own URL.
      const fresh = join(work, 'fresh-data');
      const cluster = JSON.parse(readFileSync(join(restoredDataDir, 'postgres.json'), 'utf8'));
      const restoredUrl = `postgres://shelf:${encodeURIComponent(cluster.password)}@127.0.0.1:${cluster.port}/shelf`;
      const intoUsedDb = await runCli('restore', [backupDir], { DATA_DIR: fresh, DATABASE_URL: restoredUrl });
      expect(intoUsedDb.code).toBe(1);
      expect(intoUsedDb.output).toMatch(
        /^The database "shelf" is not empty \(.+\): restore into a new, empty database\.$/m,
      );
      // What it had copied into DATA_DIR before it looked at the database is gone again.
      expect(existsSync(fresh) ? readdirSync(fresh) : []).toEqual([]);
    }, 60_000);
  });
}
