// `pnpm bench`: load benchmarks against a real API (and web server, when built) started as child
// processes on a fresh embedded Postgres, exactly as `pnpm start` runs them. Prints one line per scenario.
// Numbers, not assertions: compare them between commits on the same machine.
// The catalog, download and storefront figures are measured against a floor (catalog-floor-server.ts: bare
// node:http + pg, one statement per request) in the same run, interleaved, and printed with their ratio to
// it, because a shared 2-core machine drifts between runs: compare ratios, not req/s.
// BENCH_ONLY=catalog,api,web,license,revenue (or the groups as arguments: `pnpm bench revenue`) runs only
// those groups (all by default); BENCH_SECONDS and BENCH_CONNECTIONS set the api, web and revenue load
// (BENCH_SECONDS=5 is a quick try), BENCH_CATALOG_CONNECTIONS the catalog and floor one (50),
// BENCH_PRODUCTS the published products seeded for it (1,000), BENCH_DOWNLOAD_LINKS the buyers' links the
// download scenarios go round (50);
// BENCH_LICENSE_SECONDS and BENCH_LICENSE_CONNECTIONS the license one (15 s, 50), BENCH_REVENUE_ORDERS the
// orders the revenue report runs over (1,000,000). BENCH_WEB_CONCURRENCY runs the API and the web server
// with that many processes each (WEB_CONCURRENCY; one by default).
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import autocannon from 'autocannon';
import { benchRevenue } from './revenue-scenario.ts';
import { type SeededLicense, seedLicenses } from './seed-licenses.ts';
import { seedProducts } from './seed-products.ts';

const root = resolve(import.meta.dirname, '..');
const duration = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 20);
const groups = process.argv.slice(2).join(',') || process.env.BENCH_ONLY;
const only = groups?.split(',').map((group) => group.trim());
const catalogConnections = Number(process.env.BENCH_CATALOG_CONNECTIONS ?? 50);
const productCount = Number(process.env.BENCH_PRODUCTS ?? 1_000);
// Buyers' download links the download scenarios spread their requests over.
const downloadLinks = Number(process.env.BENCH_DOWNLOAD_LINKS ?? 50);
const rounds = 2;
const selected = (group: 'catalog' | 'api' | 'web' | 'license' | 'revenue') => !only || only.includes(group);
const owner = { email: 'bench-owner@example.com', password: 'bench owner password, not a secret' };

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

function describe(name: string, result: autocannon.Result): string {
  const errors = result.errors + result.timeouts + result['4xx'] + result['5xx'];
  return [
    name.padEnd(26),
    `${Math.round(result.requests.average).toString().padStart(6)} req/s`,
    `p50 ${result.latency.p50.toFixed(1).padStart(6)} ms`,
    `p99 ${result.latency.p99.toFixed(1).padStart(6)} ms`,
    `(${result.requests.total} requests, ${errors} errors, ${result.connections} connections, ${Math.round(result.duration)}s)`,
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
  // Production refuses to start without the key that encrypts two-factor secrets; a throwaway one here.
  SECRETS_KEY: process.env.SECRETS_KEY ?? randomBytes(32).toString('base64'),
  OWNER_EMAIL: owner.email,
  OWNER_PASSWORD: owner.password,
  WEB_CONCURRENCY: process.env.BENCH_WEB_CONCURRENCY ?? '1',
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

function startChild(command: string, args: string[], options: { cwd: string; env?: object }): ChildProcess {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { ...env, ...options.env },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  children.push(child);
  return child;
}

// The two catalog queries of the storefront, measured against the floor: the same fields, the same body.
const productsQuery =
  'query($first: Int) { products(first: $first) { nodes { id name slug description price { amount currency } } } }';
const productQuery =
  'query($slug: String!) { product(slug: $slug) { id name slug description price { amount currency } } }';

/** Scenarios measured against the floor: `against` names the floor figure its ratio is taken to. */
type Measured = Scenario & { against: 'list' | 'detail'; groups: () => Array<number | undefined> };

function graphqlRequests(body: (slug: string) => string, slugs: string[]): autocannon.Request[] {
  return [
    {
      method: 'POST',
      path: '/graphql',
      headers: { 'content-type': 'application/json' },
      setupRequest: (request) => ({
        ...request,
        body: body(slugs[Math.floor(Math.random() * slugs.length)]!),
      }),
    },
  ];
}

const listBody = () => JSON.stringify({ query: productsQuery, variables: { first: 20 } });
const detailBody = (slug: string) => JSON.stringify({ query: productQuery, variables: { slug } });

function catalogScenarios(url: string, who: string, slugs: string[], groups: Measured['groups']): Measured[] {
  return [
    {
      name: `${who}: products(first: 20)`,
      against: 'list',
      groups,
      options: { url, requests: graphqlRequests(listBody, slugs) },
    },
    {
      name: `${who}: product(slug:)`,
      against: 'detail',
      groups,
      options: { url, requests: graphqlRequests(detailBody, slugs) },
    },
  ];
}

async function apiScenarios(apiUrl: string, groups: Measured['groups']): Promise<Measured[]> {
  const { product: membership } = await graphql<{ product: { id: string } }>(
    apiUrl,
    '{ product(slug: "design-resources-club") { id } }',
  );
  // Many buyers' links, as a store sees them: each request takes the next link, so the atomic update
  // waits on a row lock only where two buyers really share a link (one link from every connection at
  // once is the stampede that the fault suite covers, not the common case measured here).
  const downloadUrls: string[] = [];
  for (let i = 0; i < downloadLinks; i++) {
    const { createCheckout } = await graphql<{ createCheckout: { id: string } }>(
      apiUrl,
      'mutation($id: ID!) { createCheckout(input: { productId: $id }) { id } }',
      { id: membership.id },
    );
    const { completeTestCheckout } = await graphql<{
      completeTestCheckout: { order: { downloads: Array<{ url: string }> } };
    }>(
      apiUrl,
      'mutation($id: ID!, $email: String!) { completeTestCheckout(id: $id, email: $email) { order { downloads { url } } } }',
      { id: createCheckout.id, email: `bench-${i}@example.com` },
    );
    downloadUrls.push(completeTestCheckout.order.downloads[0]!.url);
  }
  const downloadPaths = downloadUrls.map((url) => new URL(url).pathname);
  let nextLink = 0;
  const eachLink = (request: autocannon.Request): autocannon.Request => ({
    ...request,
    setupRequest: (req) => ({ ...req, path: downloadPaths[nextLink++ % downloadPaths.length]! }),
  });

  const catalogQuery = JSON.stringify({
    query:
      '{ products(first: 24) { totalCount nodes { id slug name tagline price { formatted } previewImages { url alt } } } }',
  });
  const storefrontProductQuery = JSON.stringify({
    query:
      '{ product(slug: "aurora-figma-ui-kit") { name descriptionHtml price { formatted } files { name size } } }',
  });
  const post = (body: string) => ({
    url: `${apiUrl}/graphql`,
    method: 'POST' as const,
    headers: { 'content-type': 'application/json' },
    body,
  });
  return [
    { name: 'api: storefront catalog', against: 'list', groups, options: post(catalogQuery) },
    { name: 'api: storefront product', against: 'detail', groups, options: post(storefrontProductQuery) },
    {
      name: 'api: download page (GET)',
      against: 'detail',
      groups,
      options: { url: apiUrl, requests: [eachLink({ method: 'GET' })] },
    },
    {
      name: 'api: take download (POST)',
      against: 'detail',
      groups,
      options: {
        url: apiUrl,
        requests: [
          eachLink({
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            body: '',
          }),
        ],
      },
    },
  ];
}

async function webScenarios(apiGroup: number | undefined): Promise<Measured[]> {
  if (!existsSync(join(root, 'apps/web/build/server/index.js'))) {
    console.log('(web build not found: run `pnpm build` to include storefront pages)');
    return [];
  }
  const web = startChild('pnpm', ['--filter', '@shelf/web', 'start'], { cwd: root });
  const webUrl = `http://127.0.0.1:${webPort}`;
  await waitFor(`${webUrl}/products`, web);
  // A page's CPU is the web server's and the API's it asks.
  const groups = () => [web.pid, apiGroup];
  return [
    { name: 'web: /products (SSR)', against: 'list', groups, options: { url: `${webUrl}/products` } },
    {
      name: 'web: product page (SSR)',
      against: 'detail',
      groups,
      options: { url: `${webUrl}/products/aurora-figma-ui-kit` },
    },
  ];
}

/**
 * Starts the floor, then runs it and every Shelf scenario in interleaved rounds at the same load, each
 * Shelf figure printed with its ratio to the floor's figure of the same round.
 */
async function benchAgainstFloor(databaseUrl: string, shelf: Measured[], slugs: string[]): Promise<void> {
  const floorPort = await freePort();
  const floor = startChild(process.execPath, ['--import', 'tsx', 'catalog-floor-server.ts'], {
    cwd: import.meta.dirname,
    env: { DATABASE_URL: databaseUrl, PORT: String(floorPort) },
  });
  const floorUrl = `http://127.0.0.1:${floorPort}/graphql`;
  await waitFor(`http://127.0.0.1:${floorPort}/readyz`, floor);
  const [floorList, floorDetail] = catalogScenarios(floorUrl, 'floor', slugs, () => [floor.pid]);
  const load = (scenario: Scenario, seconds: number) =>
    autocannon({ duration: seconds, connections: catalogConnections, ...scenario.options });
  const measure = async (scenario: Measured) => {
    const cpuBefore = scenario.groups().map(groupCpuSeconds);
    const result = await load(scenario, duration);
    const cpuAfter = scenario.groups().map(groupCpuSeconds);
    const used = cpuAfter.reduce<number | null>((sum, after, i) => {
      const before = cpuBefore[i];
      return sum === null || after === null || before === null || before === undefined
        ? null
        : sum + after - before;
    }, 0);
    const cpu =
      used === null ? '' : `  server CPU ${((used * 1000) / result.requests.total).toFixed(2)} ms/req`;
    console.log(describe(scenario.name, result) + cpu);
    return result;
  };
  // Warm everything (JIT, pools, Postgres buffers, caches) before anything is counted.
  for (const scenario of [floorList!, floorDetail!, ...shelf]) await load(scenario, 2);
  for (let round = 1; round <= rounds; round++) {
    console.log(`-- round ${round} of ${rounds} (${catalogConnections} connections, ${duration}s each)`);
    const reference = { list: await measure(floorList!), detail: await measure(floorDetail!) };
    for (const scenario of shelf) {
      const result = await measure(scenario);
      const base = reference[scenario.against];
      const ratio = result.requests.average / base.requests.average;
      const p99 = result.latency.p99 / Math.max(base.latency.p99, 0.001);
      console.log(
        `${''.padEnd(26)}  ${ratio.toFixed(2)}x the floor's ${scenario.against} req/s, p99 ${p99.toFixed(1)}x`,
      );
    }
  }
}

// License validation is the endpoint installed software calls, so it is measured against a floor: a
// bare node:http + pg server doing the same lookup (license-floor-server.ts), loaded identically, in
// interleaved rounds because a 2-core machine drifts between runs.
const licenseCount = 100_000;
const activationCount = 3_000;
const licenseSeconds = Number(process.env.BENCH_LICENSE_SECONDS ?? 15);
const licenseConnections = Number(process.env.BENCH_LICENSE_CONNECTIONS ?? 50);
const licenseRounds = 2;

/** The API's own database: DATABASE_URL when given, otherwise the embedded cluster in DATA_DIR. */
function apiDatabaseUrl(): string {
  if (process.env.DATABASE_URL) return process.env.DATABASE_URL;
  const cluster = JSON.parse(readFileSync(join(dataDir, 'postgres.json'), 'utf8')) as {
    port: number;
    password: string;
  };
  return `postgres://shelf:${encodeURIComponent(cluster.password)}@127.0.0.1:${cluster.port}/shelf`;
}

/** Each request validates a random seeded key, with its instance id when it has one. */
function validateRequest(licenses: SeededLicense[]): autocannon.Request {
  return {
    method: 'POST',
    path: '/v1/licenses/validate',
    headers: { 'content-type': 'application/json' },
    setupRequest: (request) => {
      const license = licenses[Math.floor(Math.random() * licenses.length)]!;
      const body = {
        license_key: license.key,
        ...(license.instanceId && { instance_id: license.instanceId }),
      };
      return { ...request, body: JSON.stringify(body) };
    },
  };
}

/**
 * CPU seconds used so far by a process group without its Postgres backends (the API's embedded cluster
 * runs in the API's group), from /proc; null off Linux. Throughput on a shared 2-core machine swings
 * with whatever else runs, CPU per request much less.
 */
function groupCpuSeconds(groupId: number | undefined): number | null {
  if (process.platform !== 'linux' || groupId === undefined) return null;
  let ticks = 0;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue;
    }
    const nameEnd = stat.lastIndexOf(')');
    const name = stat.slice(stat.indexOf('(') + 1, nameEnd);
    // After the name: state, ppid, pgrp, ... utime and stime are the 12th and 13th of these fields.
    const fields = stat.slice(nameEnd + 2).split(' ');
    if (Number(fields[2]) !== groupId || name === 'postgres') continue;
    ticks += Number(fields[11]) + Number(fields[12]);
  }
  return ticks / 100; // USER_HZ
}

async function benchLicenseValidation(apiUrl: string, apiGroup: number | undefined): Promise<void> {
  const databaseUrl = apiDatabaseUrl();
  const seedStarted = Date.now();
  const licenses = await seedLicenses(databaseUrl, { licenses: licenseCount, activations: activationCount });
  const seedSeconds = ((Date.now() - seedStarted) / 1000).toFixed(1);
  console.log(
    `(license: seeded ${licenseCount} licenses and ${activationCount} activations in ${seedSeconds}s)`,
  );

  const floorPort = await freePort();
  const floor = startChild(process.execPath, ['--import', 'tsx', 'license-floor-server.ts'], {
    cwd: import.meta.dirname,
    env: { DATABASE_URL: databaseUrl, PORT: String(floorPort) },
  });
  const floorUrl = `http://127.0.0.1:${floorPort}`;
  await waitFor(`${floorUrl}/readyz`, floor);

  const probe = await fetch(`${apiUrl}/v1/licenses/validate`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ license_key: licenses[0]!.key, instance_id: licenses[0]!.instanceId }),
  });
  const shelfAnswers = probe.ok;
  if (!shelfAnswers) console.log(`(license: Shelf answered ${probe.status} to a seeded key: floor only)`);

  const requests = [validateRequest(licenses)];
  const load = (url: string, seconds: number) =>
    autocannon({ url, duration: seconds, connections: licenseConnections, requests });
  const measure = async (name: string, url: string, group: number | undefined) => {
    const cpuBefore = groupCpuSeconds(group);
    const result = await load(url, licenseSeconds);
    const cpuAfter = groupCpuSeconds(group);
    const cpu =
      cpuBefore === null || cpuAfter === null
        ? ''
        : `  server CPU ${(((cpuAfter - cpuBefore) * 1000) / result.requests.total).toFixed(2)} ms/req`;
    console.log(describe(name, result) + cpu);
    return result;
  };
  // Warm both servers (JIT, pools, Postgres buffers) before anything is counted.
  await load(floorUrl, 3);
  if (shelfAnswers) await load(apiUrl, 3);
  for (let round = 1; round <= licenseRounds; round++) {
    const floorResult = await measure(`license: floor (round ${round})`, floorUrl, floor.pid);
    if (!shelfAnswers) continue;
    const shelfResult = await measure(`license: Shelf (round ${round})`, apiUrl, apiGroup);
    const ratio = shelfResult.requests.average / floorResult.requests.average;
    console.log(`license: Shelf/floor (round ${round})  ${ratio.toFixed(2)} of the floor's req/s`);
  }
}

try {
  const api = startChild('pnpm', ['--filter', '@shelf/api', 'start'], { cwd: root });
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  await waitFor(`${apiUrl}/readyz`, api);

  const shelf: Measured[] = [];
  const apiGroups = () => [api.pid];
  let slugs: string[] = [];
  if (selected('catalog') || selected('api') || selected('web')) {
    slugs = await seedProducts(apiDatabaseUrl(), productCount);
    console.log(`(catalog: seeded ${slugs.length} published products)`);
  }
  if (selected('catalog')) shelf.push(...catalogScenarios(`${apiUrl}/graphql`, 'Shelf', slugs, apiGroups));
  if (selected('api')) shelf.push(...(await apiScenarios(apiUrl, apiGroups)));
  if (selected('web')) shelf.push(...(await webScenarios(api.pid)));
  if (shelf.length > 0) await benchAgainstFloor(apiDatabaseUrl(), shelf, slugs);
  if (selected('license')) await benchLicenseValidation(apiUrl, api.pid);
  if (selected('revenue')) {
    await benchRevenue({
      apiUrl,
      databaseUrl: apiDatabaseUrl(),
      owner,
      orders: Number(process.env.BENCH_REVENUE_ORDERS ?? 1_000_000),
      duration,
      connections,
      // A worker process on the API's database: its periodic rollup job runs as soon as it starts.
      startWorker: async () =>
        startChild('pnpm', ['--filter', '@shelf/api', 'start:worker'], {
          cwd: root,
          env: { DATABASE_URL: apiDatabaseUrl(), API_PORT: String(await freePort()) },
        }),
      stopChild: async (child) => {
        if (child.pid && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
        await exited(child);
      },
      describe,
    });
  }
} finally {
  stop();
  await Promise.race([Promise.all(children.map(exited)), new Promise((r) => setTimeout(r, 15_000))]);
  rmSync(dataDir, { recursive: true, force: true });
}
