// The whole store for browser tests: a fresh database cloned from the migrated template, the API started
// in-process (it seeds the demo catalog into the empty database), the built web server as a child process
// (exactly what `pnpm start` runs), and Chromium once a test asks for a page.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startApi } from '@shelf/api';
import { loadConfig } from '@shelf/config';
import { createTestDatabase } from '@shelf/db/testing';
import { type Browser, chromium, type Page } from 'playwright-core';
import { inject } from 'vitest';

/** Debian's Chromium by default (`apt-get install -y chromium`); CHROMIUM_PATH points elsewhere. */
function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `The browser tests need Chromium at ${path}: install it with \`apt-get install -y chromium\` or set CHROMIUM_PATH.`,
    );
  }
  return path;
}

const webDir = fileURLToPath(new URL('../../', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const serverBuild = join(webDir, 'build/server/index.js');
const tsx = join(webDir, 'node_modules/.bin/tsx');
const webServer = join(webDir, 'server/main.ts');

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export type StackOptions = {
  /**
   * Give the web server API_PORT instead of API_URL, as `pnpm start` does when only the ports are set, so
   * it must find the API by port on its own.
   */
  apiUrlFromPort?: boolean;
  /** Extra API configuration, such as WEBHOOKS_ALLOW_PRIVATE for a receiver on this machine. */
  apiEnv?: Record<string, string>;
};

/** The store owner's sign-in, set at start so tests can use the dashboard and the creator's API. */
export const OWNER = { email: 'owner@example.com', password: 'e2e-owner-password' } as const;

export type Stack = {
  webUrl: string;
  apiUrl: string;
  owner: typeof OWNER;
  /**
   * Runs one SQL statement against the store's database: only for arranging what no page can do at test
   * speed, such as a refund window passing.
   */
  sql(statement: string, params?: unknown[]): Promise<unknown>;
  /** Everything the web server printed so far (its request log among it). */
  webOutput(): string;
  /**
   * A fresh browser context (own cookies) and page, desktop-sized, accepting downloads. Headless Chromium
   * names itself HeadlessChrome, which the store counts as a bot; `userAgent` makes it a person's browser.
   */
  newPage(options?: { userAgent?: string }): Promise<Page>;
  close(): Promise<void>;
};

/** Where committed screenshots live: docs/screenshots/ at the repository root. */
export function screenshotPath(name: string): string {
  const dir = join(repoRoot, 'docs/screenshots');
  mkdirSync(dir, { recursive: true });
  return join(dir, name);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

function startWebServer(
  port: number,
  api: { apiUrl: string } | { apiPort: number },
  // The public URLs both processes share, as `pnpm start` gives them one environment: the web server's
  // security headers name the API's origin (preview images) and turn on HSTS for an https storefront.
  publicUrls: { PUBLIC_URL: string; API_PUBLIC_URL: string },
): { child: ChildProcess; output: () => string } {
  if (!existsSync(serverBuild)) {
    throw new Error(`No web build at ${serverBuild}: run \`pnpm --filter @shelf/web build\` first.`);
  }
  const { API_URL: _inherited, ...inherited } = process.env;
  const apiEnv = 'apiUrl' in api ? { API_URL: api.apiUrl } : { API_PORT: String(api.apiPort) };
  const child = spawn(tsx, [webServer], {
    cwd: webDir,
    env: {
      ...inherited,
      ...publicUrls,
      PORT: String(port),
      HOST: '127.0.0.1',
      ...apiEnv,
      NODE_ENV: 'production',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  return { child, output: () => output };
}

async function waitForHttp(url: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The web server exited (${child.exitCode}):\n${output()}`);
    try {
      await fetch(url, { signal: AbortSignal.timeout(2_000) });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  throw new Error(`The web server did not answer at ${url} within 30 s:\n${output()}`);
}

function stopProcess(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export async function startStack(options: StackOptions = {}): Promise<Stack> {
  const cleanups: Array<() => Promise<unknown> | unknown> = [];
  const close = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  };
  try {
    const database = await createTestDatabase(inject('testDatabase'), { poolMax: 2 });
    cleanups.push(() => database.close());
    const dataDir = mkdtempSync(join(tmpdir(), 'shelf-web-e2e-'));
    cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));

    // Real ports rather than 0, so the URLs the API puts in emails and download links are reachable.
    const [webPort, apiPort] = [await freePort(), await freePort()];
    const webUrl = `http://127.0.0.1:${webPort}`;
    const config = loadConfig({
      NODE_ENV: 'test',
      DATABASE_URL: database.url,
      API_PORT: String(apiPort),
      HOST: '127.0.0.1',
      API_PUBLIC_URL: `http://127.0.0.1:${apiPort}`,
      DATA_DIR: dataDir,
      PUBLIC_URL: webUrl,
      LOG_LEVEL: 'warn',
      OWNER_EMAIL: OWNER.email,
      OWNER_PASSWORD: OWNER.password,
      ...options.apiEnv,
    });
    const api = await startApi(config);
    cleanups.push(() => api.close());

    const web = startWebServer(webPort, options.apiUrlFromPort ? { apiPort } : { apiUrl: api.url }, {
      PUBLIC_URL: webUrl,
      API_PUBLIC_URL: config.api.publicUrl,
    });
    cleanups.push(() => stopProcess(web.child));
    await waitForHttp(`${webUrl}/products`, web.child, web.output);

    // Launched on first use, so tests that only fetch need no Chromium.
    let browser: Promise<Browser> | undefined;
    const launchBrowser = async () => {
      const launched = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
      cleanups.push(() => launched.close());
      return launched;
    };

    return {
      webUrl,
      apiUrl: api.url,
      owner: OWNER,
      sql: (statement, params = []) => api.services.orm.em.getConnection().execute(statement, params),
      webOutput: web.output,
      async newPage(options = {}) {
        browser ??= launchBrowser();
        const context = await (await browser).newContext({
          viewport: { width: 1280, height: 800 },
          acceptDownloads: true,
          ...options,
        });
        return context.newPage();
      },
      close,
    };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Loads every image on the page (lazy ones too) so full-page screenshots are complete. */
export async function loadAllImages(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const images = Array.from(document.images);
    for (const image of images) image.loading = 'eager';
    await Promise.all(
      images.map((image) =>
        image.complete
          ? undefined
          : new Promise((resolve) => {
              image.addEventListener('load', resolve, { once: true });
              image.addEventListener('error', resolve, { once: true });
            }),
      ),
    );
  });
}

/** Waits for a navigation; on timeout the error says where the page is and what it shows instead. */
export async function waitForPage(page: Page, url: RegExp | string, timeout = 30_000): Promise<void> {
  try {
    await page.waitForURL(url, { timeout });
  } catch (error) {
    const shown = await page
      .locator('main')
      .textContent()
      .catch(() => '(no main element)');
    throw new Error(`Expected to reach ${url} but stayed on ${page.url()}, showing:\n${shown}`, {
      cause: error,
    });
  }
}
