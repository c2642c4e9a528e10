// `pnpm bench`: load benchmarks against a real API (and web server, when built) started as child
// processes on a fresh embedded Postgres, exactly as `pnpm start` runs them. Prints one line per scenario.
// Numbers, not assertions: compare them between commits on the same machine.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';

const root = resolve(import.meta.dirname, '..');
const duration = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 20);

async function freePort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

async function waitFor(url: string, child: ChildProcess, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`process exited before ${url} answered`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out waiting for ${url}`);
}

async function graphql<T>(apiUrl: string, query: string, variables: object = {}): Promise<T> {
  const response = await fetch(`${apiUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

type Scenario = { name: string; options: autocannon.Options };

async function run(scenario: Scenario): Promise<string> {
  const result = await autocannon({ duration, connections, ...scenario.options });
  const errors = result.errors + result.timeouts + result['4xx'] + result['5xx'];
  return [
    scenario.name.padEnd(26),
    `${Math.round(result.requests.average).toString().padStart(6)} req/s`,
    `p50 ${result.latency.p50.toFixed(1).padStart(6)} ms`,
    `p99 ${result.latency.p99.toFixed(1).padStart(6)} ms`,
    `(${result.requests.total} requests, ${errors} errors, ${connections} connections, ${duration}s)`,
  ].join('  ');
}

const dataDir = mkdtempSync(join(tmpdir(), 'shelf-bench-'));
const apiPort = await freePort();
const webPort = await freePort();
const env = {
  ...process.env,
  DATA_DIR: dataDir,
  API_PORT: String(apiPort),
  PORT: String(webPort),
  API_URL: `http://127.0.0.1:${apiPort}`,
  API_PUBLIC_URL: `http://127.0.0.1:${apiPort}`,
  LOG_LEVEL: 'warn',
  RUN_WORKER: 'false',
  NODE_ENV: 'production',
  // All load comes from one address and would trip the request limits in a second: measure the work.
  RATE_LIMITS: 'off',
};
const children: ChildProcess[] = [];
// Children run in their own process groups so the signal reaches tsx and the embedded Postgres too.
const stop = () => {
  for (const child of children) {
    if (child.pid && child.exitCode === null) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // already gone
      }
    }
  }
};
const exited = (child: ChildProcess) =>
  child.exitCode !== null ? Promise.resolve() : new Promise<void>((done) => child.once('exit', () => done()));
process.on('exit', stop);

try {
  const api = spawn('pnpm', ['--filter', '@shelf/api', 'start'], {
    cwd: root,
    env,
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  children.push(api);
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  await waitFor(`${apiUrl}/readyz`, api);

  const { products } = await graphql<{ products: { nodes: Array<{ id: string; slug: string }> } }>(
    apiUrl,
    '{ products { nodes { id slug } } }',
  );
  const membership = products.nodes.find((p) => p.slug === 'design-resources-club')!;
  const { createCheckout } = await graphql<{ createCheckout: { id: string } }>(
    apiUrl,
    'mutation($id: ID!) { createCheckout(input: { productId: $id }) { id } }',
    { id: membership.id },
  );
  const { completeTestCheckout } = await graphql<{
    completeTestCheckout: { order: { downloads: Array<{ url: string }> } };
  }>(
    apiUrl,
    'mutation($id: ID!) { completeTestCheckout(id: $id, email: "bench@example.com") { order { downloads { url } } } }',
    { id: createCheckout.id },
  );
  const downloadUrl = completeTestCheckout.order.downloads[0]!.url;

  const catalogQuery = JSON.stringify({
    query:
      '{ products(first: 24) { totalCount nodes { id slug name tagline price { formatted } previewImages { url alt } } } }',
  });
  const productQuery = JSON.stringify({
    query:
      '{ product(slug: "aurora-figma-ui-kit") { name descriptionHtml price { formatted } files { name size } } }',
  });
  const scenarios: Scenario[] = [
    {
      name: 'api: catalog query',
      options: {
        url: `${apiUrl}/graphql`,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: catalogQuery,
      },
    },
    {
      name: 'api: product query',
      options: {
        url: `${apiUrl}/graphql`,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: productQuery,
      },
    },
    { name: 'api: download page (GET)', options: { url: downloadUrl } },
    {
      name: 'api: take download (POST)',
      options: {
        url: downloadUrl,
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: '',
      },
    },
  ];

  if (existsSync(join(root, 'apps/web/build/server/index.js'))) {
    const web = spawn('pnpm', ['--filter', '@shelf/web', 'start'], {
      cwd: root,
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
      detached: true,
    });
    children.push(web);
    const webUrl = `http://127.0.0.1:${webPort}`;
    await waitFor(`${webUrl}/products`, web);
    scenarios.push(
      { name: 'web: /products (SSR)', options: { url: `${webUrl}/products` } },
      { name: 'web: product page (SSR)', options: { url: `${webUrl}/products/aurora-figma-ui-kit` } },
    );
  } else {
    console.log('(web build not found: run `pnpm build` to include storefront pages)');
  }

  for (const scenario of scenarios) console.log(await run(scenario));
} finally {
  stop();
  await Promise.race([Promise.all(children.map(exited)), new Promise((r) => setTimeout(r, 15_000))]);
  rmSync(dataDir, { recursive: true, force: true });
}
