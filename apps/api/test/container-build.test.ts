// The container image without a container engine: the Dockerfile's steps run here in the same order
// (turbo prune --docker, pnpm fetch from the pruned lockfile, offline installs, the build, a production-
// only install), then the image's entry point starts the API and the storefront with the image's ENV, the
// image's HEALTHCHECK passes for both, and a shopper buys a product through the storefront over HTTP and
// downloads it from the API. As in docker-compose.yml, the database is DATABASE_URL (the test database)
// and the API runs no background work: the `worker` role then starts and delivers the order's email.

import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, type TestDatabase } from '@shelf/db/testing';
import { findFreePort } from '@shelf/test-utils/free-port';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

const repoRoot = join(import.meta.dirname, '../../..');
const work = mkdtempSync(join(tmpdir(), 'shelf-image-'));
const out = join(work, 'out');
const builder = join(work, 'builder');
const image = join(work, 'app');

/** The runner stage's ENV instruction, read from the Dockerfile so the test follows it. */
function imageEnv(): Record<string, string> {
  const dockerfile = readFileSync(join(repoRoot, 'Dockerfile'), 'utf8').replace(/\\\n\s*/g, ' ');
  const line = dockerfile.split('\n').find((text) => /^ENV\s+NODE_ENV=/.test(text));
  if (!line) throw new Error('The Dockerfile has no ENV NODE_ENV=... instruction for its runner stage.');
  return Object.fromEntries(
    line
      .replace(/^ENV\s+/, '')
      .trim()
      .split(/\s+/)
      .map((pair) => pair.split('=', 2) as [string, string]),
  );
}

function run(command: string, args: string[], cwd: string): void {
  try {
    execFileSync(command, args, { cwd, stdio: 'pipe', env: { ...process.env, CI: 'true' } });
  } catch (error) {
    const { stdout, stderr } = error as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${stdout}\n${stderr}`);
  }
}

/** The Dockerfile's `pnpm fetch` + offline install, against this machine's store (no network here). */
function installPruned(dir: string, storeDir: string, production: boolean): void {
  mkdirSync(dir, { recursive: true });
  cpSync(join(out, 'pnpm-lock.yaml'), join(dir, 'pnpm-lock.yaml'));
  cpSync(join(out, 'pnpm-workspace.yaml'), join(dir, 'pnpm-workspace.yaml'));
  // The dependency patches pnpm-workspace.yaml names: pnpm applies them while it fetches.
  cpSync(join(out, 'json', 'patches'), join(dir, 'patches'), { recursive: true });
  const prod = production ? ['--prod'] : [];
  run('pnpm', ['fetch', '--offline', ...prod, `--store-dir=${storeDir}`], dir);
  cpSync(join(out, 'json'), dir, { recursive: true });
  run('pnpm', ['install', '--offline', '--frozen-lockfile', ...prod, `--store-dir=${storeDir}`], dir);
}

type Role = { child: ChildProcess; output: () => string; healthFile: string };

function startRole(role: 'api' | 'web' | 'worker', env: Record<string, string>): Role {
  const healthFile = join(work, `health-${role}`);
  const child = spawn(join(image, 'ops/docker/entrypoint.sh'), [role], {
    cwd: '/',
    // The image's environment only, plus what docker-compose.yml would set: nothing from this process.
    env: { PATH: process.env.PATH ?? '', ...env, SHELF_HEALTH_FILE: healthFile },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  return { child, output: () => output, healthFile };
}

/** Runs the image's HEALTHCHECK command until it passes (or the role exits, or 90 s pass). */
async function waitHealthy(role: Role): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (role.child.exitCode !== null) throw new Error(`exited (${role.child.exitCode}):\n${role.output()}`);
    try {
      execFileSync('node', [join(image, 'ops/docker/healthcheck.mjs')], {
        env: { ...process.env, SHELF_HEALTH_FILE: role.healthFile },
        stdio: 'pipe',
      });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error(`not healthy within 90 s:\n${role.output()}`);
}

function stop(role: Role | undefined): Promise<void> {
  if (!role || role.child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => role.child.kill('SIGKILL'), 10_000);
    role.child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    role.child.kill('SIGTERM');
  });
}

const attribute = (html: string, pattern: RegExp, what: string): string => {
  const match = pattern.exec(html);
  if (!match?.[1]) throw new Error(`No ${what} in:\n${html.slice(0, 2000)}`);
  return match[1].replace(/&amp;/g, '&');
};

let database: TestDatabase;
let api: Role | undefined;
let web: Role | undefined;
let worker: Role | undefined;
let env: Record<string, string>;
let webUrl: string;
let apiUrl: string;

beforeAll(async () => {
  const storeDir = execFileSync('pnpm', ['store', 'path'], { cwd: repoRoot, encoding: 'utf8' }).trim();
  run(
    join(repoRoot, 'node_modules/.bin/turbo'),
    ['prune', '@shelf/api', '@shelf/web', '--docker', `--out-dir=${out}`],
    repoRoot,
  );

  installPruned(builder, storeDir, false);
  cpSync(join(out, 'full'), builder, { recursive: true });
  cpSync(join(repoRoot, 'tsconfig.base.json'), join(builder, 'tsconfig.base.json'));
  run('pnpm', ['turbo', 'run', 'build', '--filter=@shelf/api', '--filter=@shelf/web'], builder);

  installPruned(image, storeDir, true);
  cpSync(join(out, 'full'), image, { recursive: true });
  cpSync(join(repoRoot, 'tsconfig.base.json'), join(image, 'tsconfig.base.json'));
  cpSync(join(builder, 'apps/api/dist'), join(image, 'apps/api/dist'), { recursive: true });
  cpSync(join(builder, 'apps/web/build'), join(image, 'apps/web/build'), { recursive: true });
  cpSync(join(repoRoot, 'ops/docker'), join(image, 'ops/docker'), { recursive: true });

  database = await createTestDatabase(inject('testDatabase'), { poolMax: 1 });
  const [webPort, apiPort] = [await findFreePort(), await findFreePort()];
  webUrl = `http://127.0.0.1:${webPort}`;
  apiUrl = `http://127.0.0.1:${apiPort}`;
  env = {
    ...imageEnv(),
    DATA_DIR: join(work, 'data'),
    // Loopback only on this machine; the image listens on every interface of its container.
    HOST: '127.0.0.1',
    PORT: String(webPort),
    API_PORT: String(apiPort),
    DATABASE_URL: database.url,
    PUBLIC_URL: webUrl,
    API_PUBLIC_URL: apiUrl,
    API_URL: apiUrl,
    LOG_LEVEL: 'warn',
    RUN_WORKER: 'false',
    // Production refuses to start without the key that encrypts two-factor secrets.
    SECRETS_KEY: randomBytes(32).toString('base64'),
  };
  api = startRole('api', env);
  await waitHealthy(api);
  web = startRole('web', env);
  await waitHealthy(web);
}, 300_000);

afterAll(async () => {
  await stop(worker);
  await stop(web);
  await stop(api);
  await database?.close();
  rmSync(work, { recursive: true, force: true });
}, 60_000);

describe('the image built without a container engine', () => {
  it('has production dependencies only, and the API as plain JavaScript', () => {
    expect(existsSync(join(image, 'apps/api/dist/main.js'))).toBe(true);
    expect(existsSync(join(image, 'apps/api/dist/modules/catalog/schema.graphql'))).toBe(true);
    expect(existsSync(join(image, 'apps/api/node_modules/express'))).toBe(true);
    // Development tools of the workspace and the apps are not installed.
    expect(existsSync(join(image, 'node_modules/vitest'))).toBe(false);
    expect(existsSync(join(image, 'apps/api/node_modules/esbuild'))).toBe(false);
    expect(existsSync(join(image, 'apps/web/node_modules/vite'))).toBe(false);
    expect(api?.output()).toContain('Shelf is running (TEST MODE payments');
  });

  it('sells a product through the storefront and serves its download', async () => {
    const productPage = await fetch(`${webUrl}/products/aurora-figma-ui-kit`);
    expect(productPage.status).toBe(200);
    const productId = attribute(await productPage.text(), /name="productId" value="([^"]+)"/, 'product id');

    const buy = await fetch(`${webUrl}/products/aurora-figma-ui-kit`, {
      method: 'POST',
      body: new URLSearchParams({ productId }),
      redirect: 'manual',
    });
    expect(buy.status, await buy.clone().text()).toBeGreaterThanOrEqual(300);
    const checkoutPath = new URL(buy.headers.get('location')!, webUrl).pathname;
    expect(checkoutPath).toMatch(/^\/checkout\/test\/[^/]+$/);

    const pay = await fetch(`${webUrl}${checkoutPath}`, {
      method: 'POST',
      body: new URLSearchParams({ email: 'buyer@example.com' }),
      redirect: 'manual',
    });
    expect(pay.status).toBeGreaterThanOrEqual(300);
    const success = await fetch(new URL(pay.headers.get('location')!, webUrl));
    const successHtml = await success.text();
    expect(successHtml).toContain('Thank you for your purchase!');

    const downloadPage = attribute(successHtml, /href="([^"]*\/download\/[^"]+)"/, 'download link');
    expect(downloadPage.startsWith(`${apiUrl}/download/`)).toBe(true);
    const page = await fetch(downloadPage);
    const pageHtml = await page.text();
    expect(pageHtml).toContain('aurora-ui-kit.zip');
    const take = await fetch(downloadPage, {
      method: 'POST',
      body: new URLSearchParams({
        file: attribute(pageHtml, /name="file" value="([^"]+)"/, 'file field'),
        attempt: attribute(pageHtml, /name="attempt" value="([^"]+)"/, 'attempt field'),
      }),
      redirect: 'manual',
    });
    expect(take.status).toBe(303);
    const file = await fetch(new URL(take.headers.get('location')!, apiUrl));
    expect(file.status).toBe(200);
    const bytes = Buffer.from(await file.arrayBuffer());
    // A zip archive: the seeded product file, served by the local file store in DATA_DIR.
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
  });

  it('runs background work in the worker role: the delivery email the API only queued is sent', async () => {
    const emailStatuses = async () =>
      (
        await database.orm.em
          .getConnection()
          .execute<Array<{ status: string }>>("select status from email where template = 'delivery'")
      ).map((row) => row.status);
    expect(await emailStatuses()).toEqual(['queued']);

    worker = startRole('worker', { ...env, API_PORT: String(await findFreePort()) });
    await waitHealthy(worker);
    const deadline = Date.now() + 30_000;
    while ((await emailStatuses())[0] !== 'sent' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(await emailStatuses()).toEqual(['sent']);
  }, 60_000);

  it('stops every process cleanly on SIGTERM, as `docker stop` does', async () => {
    const roles = [api!, web!, worker!];
    const exits = roles.map(
      (role) => new Promise<number | null>((resolve) => role.child.once('exit', (code) => resolve(code))),
    );
    for (const role of roles) role.child.kill('SIGTERM');
    expect(await Promise.all(exits)).toEqual([0, 0, 0]);
  }, 30_000);
});
