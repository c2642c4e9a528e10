// `pnpm backup` and `pnpm restore` as an owner runs them: a store with DATABASE_URL sells a licensed
// product (download link, license key, an activation with its offline certificate) and is backed up while
// it runs; the original database and DATA_DIR are then deleted, the backup is restored into a new, empty
// DATA_DIR (so onto a fresh embedded Postgres) and the restored store serves the same order, the same
// download link and the same license, whose old certificate still verifies against its published key.
// pg_dump cannot dump a server newer than itself, so the source database is on the first server the
// machine's newest pg_dump can read: the tests' own, or BACKUP_TEST_DATABASE_URL (by default the local
// Postgres on 127.0.0.1:5432). With neither, the suite is skipped and says why.
import { type ChildProcess, spawn } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import {
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
import { findPostgresTools, serverMajorVersion } from '@shelf/db/backup-tools';
import { verifyLicenseCertificate } from '@shelf/licensing';
import { findFreePort } from '@shelf/test-utils/free-port';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type RunningApi, startApi } from '../src/server.ts';

const repoRoot = join(import.meta.dirname, '../../..');
const dbDir = join(repoRoot, 'packages/db');
const OWNER = { email: 'owner@example.com', password: 'correct horse battery staple' };

async function reachableMajor(url: string): Promise<number | undefined> {
  try {
    return await serverMajorVersion(url);
  } catch {
    return undefined;
  }
}

/** The admin URL of a server the newest pg_dump here can dump, and why not when there is none. */
async function chooseSourceServer(): Promise<{ adminUrl?: string; reason: string }> {
  const pgDump = findPostgresTools('pg_dump', { searchPath: process.env.PATH })[0];
  if (!pgDump) return { reason: 'no pg_dump on this machine' };
  const candidates = [
    inject('testDatabase').adminUrl,
    process.env.BACKUP_TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
  ];
  for (const url of candidates) {
    const major = await reachableMajor(url);
    if (major !== undefined && major <= pgDump.major) return { adminUrl: url, reason: '' };
  }
  return { reason: `no reachable PostgreSQL server at version ${pgDump.major} or older for pg_dump` };
}

const source = await chooseSourceServer();

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

describe.skipIf(!source.adminUrl)(
  `backup and restore${source.reason ? ` (skipped: ${source.reason})` : ''}`,
  () => {
    const work = mkdtempSync(join(tmpdir(), 'shelf-backup-'));
    const sourceDataDir = join(work, 'source-data');
    const restoredDataDir = join(work, 'restored-data');
    const backupDir = join(work, 'backup');
    const sourceDb = `shelf_backup_${randomBytes(5).toString('hex')}`;
    const adminUrl = source.adminUrl ?? '';
    const sourceUrl = (() => {
      const url = new URL(adminUrl || 'postgres://localhost/x');
      url.pathname = `/${sourceDb}`;
      return url.toString();
    })();
    let port: number;
    let sale: Sale;
    let before: Awaited<ReturnType<typeof observe>>;
    let restored: RunningApi | undefined;

    beforeAll(async () => {
      await admin(adminUrl, `create database "${sourceDb}"`);
      port = await findFreePort();
      const store = await startStore({ DATABASE_URL: sourceUrl, DATA_DIR: sourceDataDir }, port);
      try {
        sale = await sellLicensedProduct(store);
        before = await observe(store, sale);
        // Backed up while it runs, as a nightly job would.
        const backup = await runCli('backup', ['--out', backupDir], {
          DATABASE_URL: sourceUrl,
          DATA_DIR: sourceDataDir,
        });
        expect(backup.code, backup.output).toBe(0);
        expect(backup.output).toMatch(
          /^Backed up the store to .*: the database \(pg_dump \d+, custom format\)/,
        );
      } finally {
        await store.close();
      }
      // Nothing of the original store is left: the restore alone must bring it back.
      await admin(adminUrl, `drop database "${sourceDb}" with (force)`);
      rmSync(sourceDataDir, { recursive: true, force: true });
    }, 180_000);

    afterAll(async () => {
      await restored?.close();
      await admin(adminUrl, `drop database if exists "${sourceDb}" with (force)`).catch(() => {});
      rmSync(work, { recursive: true, force: true });
    }, 60_000);

    it('writes a custom-format dump, DATA_DIR’s files and secrets, and a manifest', () => {
      const manifest = JSON.parse(readFileSync(join(backupDir, 'manifest.json'), 'utf8'));
      expect(manifest).toMatchObject({
        format: 'shelf-backup',
        version: 1,
        database: { file: 'database.dump', source: 'url' },
        storage: { driver: 'local' },
        secretsFromEnvironment: [],
      });
      expect(Date.now() - Date.parse(manifest.createdAt)).toBeLessThan(10 * 60_000);
      // pg_dump's custom format starts with its magic bytes.
      expect(readFileSync(join(backupDir, 'database.dump')).subarray(0, 5).toString()).toBe('PGDMP');
      expect(readFileSync(join(backupDir, 'data/secrets.json'), 'utf8')).toContain('PRIVATE KEY');
      expect(existsSync(join(backupDir, 'data/files/products'))).toBe(true);
      expect(manifest.dataFiles.count).toBeGreaterThan(10);
    });

    it('restores into an empty DATA_DIR, and the new store serves the same orders, links and licenses', async () => {
      const restore = await runCli('restore', [backupDir], { DATA_DIR: restoredDataDir });
      expect(restore.code, restore.output).toBe(0);
      expect(restore.output).toContain('a new embedded Postgres in');

      restored = await startStore({ DATA_DIR: restoredDataDir, SEED_DEMO: 'false' }, port);
      const after = await observe(restored, sale);
      expect(after).toEqual(before);
      // The observation itself proves something: the sale was paid, downloadable and licensed.
      expect(before.orders.totalCount).toBe(1);
      expect(before.license).toMatchObject({ valid: true, status: 'active', instance: sale.instanceId });
      expect(before.download).toMatchObject({ status: 303, fileStatus: 200 });
      expect(before.certificate).toBe(true);
    }, 180_000);

    it('refuses a DATA_DIR or database that holds anything, and changes nothing', async () => {
      const used = join(work, 'used-data');
      mkdirSync(used);
      writeFileSync(join(used, 'notes.txt'), 'keep me');
      const intoUsedDir = await runCli('restore', [backupDir], { DATA_DIR: used });
      expect(intoUsedDir.code).toBe(1);
      expect(intoUsedDir.output.trim()).toBe(
        `DATA_DIR ${used} is not empty (notes.txt): restore into a new, empty DATA_DIR (or move this one away first).`,
      );
      expect(readFileSync(join(used, 'notes.txt'), 'utf8')).toBe('keep me');

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
  },
);
