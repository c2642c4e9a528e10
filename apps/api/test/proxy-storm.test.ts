// The purchase storm through the example reverse proxy: a real nginx runs ops/nginx/shelf-routes.conf
// (the routes of ops/nginx/shelf.conf) in front of the API built and started as `pnpm start` does, with
// WEB_CONCURRENCY=2 (a primary and two API processes, both running the job workers, on one Postgres
// database), the S3 stand-in as its file store and the Stripe stand-in as its payment provider, and of
// the storefront's production build served by its own server with WEB_CONCURRENCY=2 (a primary and two
// web processes). Through the proxy: storefront pages rendered by the web processes from the API, then
// duplicate and shuffled Stripe webhooks with real signatures (refunds among them, some overtaking their
// checkout), a download stampede on a count-limited link, and concurrent activations of one license key.
// Each ends with the exact results of one process: one order per payment, downloads exactly the limit,
// activations exactly the limit. Both apps stop cleanly on SIGTERM, every process with them.
import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTestDatabase, type TestDatabase } from '@shelf/db/testing';
import { findFreePort } from '@shelf/test-utils/free-port';
import { type S3StandIn, startS3StandIn } from '@shelf/test-utils/s3-stand-in';
import { postStripeEvent, type StripeStandIn, startStripeStandIn } from '@shelf/test-utils/stripe-stand-in';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

const repoRoot = join(import.meta.dirname, '../../..');
const apiDir = join(import.meta.dirname, '..');
const webDir = join(repoRoot, 'apps/web');
const webServerBuild = join(webDir, 'build/server/index.js');
const WEBHOOK_SECRET = 'whsec_storm';
const METRICS_TOKEN = 'storm-metrics-token-0123456789';
const BUCKET = 'shelf-storm';

function findNginx(): string | null {
  for (const candidate of ['/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx']) {
    if (existsSync(candidate)) return candidate;
  }
  try {
    return execFileSync('sh', ['-c', 'command -v nginx'], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

const nginxBinary = findNginx();
if (!nginxBinary && process.env.CI === 'true') {
  throw new Error('nginx is not installed: .ci/run installs it (apt-get install nginx) for this test.');
}
if (!nginxBinary) {
  console.warn('proxy-storm.test.ts skipped: nginx is not installed here (apt-get install -y nginx).');
}

type Child = { child: ChildProcess; output: () => string };

function startChild(
  command: string,
  args: string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
): Child {
  let output = '';
  const child = spawn(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  return { child, output: () => output };
}

function stopChild(running: Child | undefined): Promise<number | null> {
  if (!running) return Promise.resolve(null);
  const { child } = running;
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => {
    const force = setTimeout(() => child.kill('SIGKILL'), 25_000);
    child.once('exit', (code) => {
      clearTimeout(force);
      resolve(code);
    });
    child.kill('SIGTERM');
  });
}

async function waitFor(
  what: string,
  check: () => Promise<boolean>,
  running: Child,
  ms = 60_000,
): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (running.child.exitCode !== null)
      throw new Error(`${what}: exited (${running.child.exitCode}):\n${running.output()}`);
    if (await check().catch(() => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`${what}: not ready within ${ms} ms:\n${running.output()}`);
}

/** Every live process below `pid` (children, their children, ...), read from /proc. */
function descendants(pid: number): number[] {
  const parents = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // pid (comm) state ppid ...: the command may hold spaces and parentheses, so read after the last ')'.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(ppid, [...(parents.get(ppid) ?? []), Number(entry)]);
    } catch {
      // Gone while we looked.
    }
  }
  const found: number[] = [];
  const walk = (parent: number) => {
    for (const child of parents.get(parent) ?? []) {
      found.push(child);
      walk(child);
    }
  };
  walk(pid);
  return found;
}

/** True while `pid` runs; a zombie (exited, waiting for a parent that may never reap it) is not alive. */
function alive(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

/** The nginx configuration of the test: paths in the temp dir, free ports, the shipped routes included. */
function nginxConfig(dir: string, ports: { proxy: number; api: number; web: number }): string {
  return `daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  access_log ${dir}/access.log;
  client_body_temp_path ${dir}/client_body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  upstream shelf_web { server 127.0.0.1:${ports.web}; keepalive 16; }
  upstream shelf_api { server 127.0.0.1:${ports.api}; keepalive 16; }
  server {
    listen 127.0.0.1:${ports.proxy};
    server_name localhost;
    include ${join(repoRoot, 'ops/nginx/shelf-routes.conf')};
  }
}
`;
}

function shuffle<T>(items: T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

const work = mkdtempSync(join(tmpdir(), 'shelf-proxy-storm-'));
let database: TestDatabase;
let db: pg.Client;
let s3: S3StandIn;
let stripe: StripeStandIn;
let api: Child | undefined;
let web: Child | undefined;
let nginx: Child | undefined;
let proxyUrl: string;
let apiUrl: string;
let metricsUrl: string;

/** A GraphQL operation through the proxy. */
async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(`${proxyUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors || !body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body)}`);
  return body.data;
}

/** The API processes' request log lines (pino JSON on stdout). */
function requestLines(): Array<{ pid: number; requestId: string; path: string; status: number }> {
  return (api?.output() ?? '')
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map(
      (line) =>
        JSON.parse(line) as { msg: string; pid: number; requestId: string; path: string; status: number },
    )
    .filter((line) => line.msg === 'request');
}

beforeAll(async () => {
  if (!nginxBinary) return;
  chmodSync(work, 0o755);
  database = await createTestDatabase(inject('testDatabase'), { poolMax: 2 });
  db = new pg.Client({ connectionString: database.url });
  await db.connect();
  s3 = await startS3StandIn([BUCKET]);
  stripe = await startStripeStandIn();

  const ports = {
    proxy: await findFreePort(),
    api: await findFreePort(),
    web: await findFreePort(),
    metrics: await findFreePort(),
  };
  proxyUrl = `http://127.0.0.1:${ports.proxy}`;
  apiUrl = `http://127.0.0.1:${ports.api}`;
  metricsUrl = `http://127.0.0.1:${ports.metrics}/metrics`;

  // The production bundle, as `pnpm start` runs it (and each process starts in a second or two, not
  // after compiling the sources again).
  execFileSync(process.execPath, ['build.mjs'], { cwd: apiDir, stdio: 'pipe' });
  api = startChild(process.execPath, ['--enable-source-maps', 'dist/main.js'], {
    cwd: apiDir,
    env: {
      ...process.env,
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
      WEB_CONCURRENCY: '2',
      RUN_WORKER: 'true',
      DATA_DIR: join(work, 'data'),
      DATABASE_URL: database.url,
      HOST: '127.0.0.1',
      API_PORT: String(ports.api),
      // Shoppers and Stripe reach both apps through the proxy, on one origin.
      PUBLIC_URL: proxyUrl,
      API_PUBLIC_URL: proxyUrl,
      OWNER_EMAIL: 'owner@example.com',
      OWNER_PASSWORD: 'correct horse battery staple',
      STRIPE_SECRET_KEY: 'sk_test_storm',
      STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
      STRIPE_API_BASE: stripe.url,
      EMAIL: 'outbox',
      STORAGE_DRIVER: 's3',
      S3_BUCKET: BUCKET,
      S3_ENDPOINT: s3.endpoint,
      S3_FORCE_PATH_STYLE: 'true',
      S3_ACCESS_KEY_ID: 'S3RVER',
      S3_SECRET_ACCESS_KEY: 'S3RVER',
      // Every request comes from the proxy's one address: the per-address limits would refuse the storm.
      RATE_LIMITS: 'off',
      METRICS_TOKEN,
      METRICS_PORT: String(ports.metrics),
    },
  });
  await waitFor('the API', async () => api!.output().includes('Shelf is running'), api, 150_000);

  // The storefront as `pnpm start` runs it: its server over the production build (made here when this
  // test runs before the end-to-end suite has built it), two processes sharing the port.
  if (!existsSync(webServerBuild)) {
    execFileSync(join(webDir, 'node_modules/.bin/remix'), ['vite:build'], { cwd: webDir, stdio: 'pipe' });
  }
  const { API_URL: _inherited, ...inherited } = process.env;
  web = startChild(join(webDir, 'node_modules/.bin/tsx'), ['server/main.ts'], {
    cwd: webDir,
    env: {
      ...inherited,
      NODE_ENV: 'production',
      WEB_CONCURRENCY: '2',
      HOST: '127.0.0.1',
      PORT: String(ports.web),
      // Server to server, past the proxy, as on one machine.
      API_URL: apiUrl,
      PUBLIC_URL: proxyUrl,
      API_PUBLIC_URL: proxyUrl,
      TRUST_PROXY: 'true',
    },
  });
  await waitFor('the web server', async () => web!.output().includes('(2 processes)'), web, 60_000);

  writeFileSync(join(work, 'nginx.conf'), nginxConfig(work, ports));
  nginx = startChild(
    nginxBinary,
    ['-p', work, '-e', join(work, 'error.log'), '-c', join(work, 'nginx.conf')],
    {
      cwd: work,
      env: process.env,
    },
  );
  await waitFor('nginx', async () => (await fetch(`${proxyUrl}/`)).ok, nginx, 15_000);
}, 200_000);

afterAll(async () => {
  await stopChild(nginx);
  await stopChild(web);
  const code = await stopChild(api);
  if (api && code !== 0) console.error(`the API exited ${code}:\n${api.output().slice(-4000)}`);
  await db?.end();
  await database?.close();
  await s3?.close();
  await stripe?.close();
  rmSync(work, { recursive: true, force: true });
}, 60_000);

const CHECKOUTS = 8;
const REFUNDED = 2;
type Paid = { sessionId: string; email: string; paymentIntentId: string };
const paid: Paid[] = [];

describe.skipIf(!nginxBinary)('two API and two web processes behind nginx', () => {
  it('renders the storefront through the proxy: the catalog and a product page', async () => {
    const catalog = await fetch(`${proxyUrl}/products`);
    const catalogHtml = await catalog.text();
    expect(catalog.status, catalogHtml.slice(0, 500)).toBe(200);
    expect(catalog.headers.get('content-type')).toMatch(/^text\/html/);
    expect(catalogHtml).toContain('Framecraft');
    expect(catalogHtml).toContain('href="/products/framecraft-screenshot-tool"');

    // Several pages, each on a connection of its own: the web primary deals connections to its processes.
    for (let i = 0; i < 4; i++) {
      const page = await fetch(`${proxyUrl}/products/framecraft-screenshot-tool`, {
        headers: { connection: 'close', 'accept-encoding': 'gzip' },
      });
      const html = await page.text();
      expect(page.status, html.slice(0, 500)).toBe(200);
      expect(html).toMatch(/<h1[^>]*>Framecraft<\/h1>/);
      // nginx compressed what the web server sent and gave it a request id of its own.
      expect(page.headers.get('content-encoding')).toBe('gzip');
      expect(page.headers.get('x-request-id')).toMatch(/^[0-9a-f]{32}$/);
    }

    // An unknown product is the storefront's own 404 page, not the proxy's.
    const missing = await fetch(`${proxyUrl}/products/no-such-product`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain('<html');
  });

  it('routes the API paths to the API, compressed, with request ids', async () => {
    const response = await fetch(`${proxyUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'accept-encoding': 'gzip',
        'x-request-id': 'forged-by-client',
      },
      body: JSON.stringify({ query: '{ products { nodes { id slug name description } } }' }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-encoding')).toBe('gzip');
    const requestId = response.headers.get('x-request-id');
    // nginx's id, not the client's: the API took it from the proxy and logged it.
    expect(requestId).toMatch(/^[0-9a-f]{32}$/);
    await expect
      .poll(() => requestLines().some((line) => line.requestId === requestId && line.path === '/graphql'))
      .toBe(true);
    expect(requestLines().some((line) => line.requestId === 'forged-by-client')).toBe(false);

    expect((await fetch(`${proxyUrl}/.well-known/shelf-license-key`)).status).toBe(200);
    // Metrics are never proxied, token or not.
    const metrics = await fetch(`${proxyUrl}/metrics`, {
      headers: { authorization: `Bearer ${METRICS_TOKEN}` },
    });
    expect(metrics.status).toBe(404);
  });

  it('makes one order per payment from duplicate, shuffled webhooks, refunds overtaking their checkouts', async () => {
    const { products } = await graphql<{ products: { nodes: Array<{ id: string; slug: string }> } }>(
      '{ products { nodes { id slug } } }',
    );
    const productId = products.nodes.find((product) => product.slug === 'framecraft-screenshot-tool')!.id;
    for (let index = 0; index < CHECKOUTS; index++) {
      const { createCheckout } = await graphql<{ createCheckout: { id: string } }>(
        'mutation($input: CreateCheckoutInput!) { createCheckout(input: $input) { id url } }',
        { input: { productId } },
      );
      const email = `storm-${index}@example.com`;
      const session = stripe.completeSession(createCheckout.id, { email });
      paid.push({ sessionId: session.id, email, paymentIntentId: String(session.payment_intent) });
    }
    const completed = paid.map((payment) =>
      stripe.createEvent('checkout.session.completed', stripe.sessions.get(payment.sessionId)!),
    );
    const refunds = paid
      .slice(0, REFUNDED)
      .map((payment) => stripe.createEvent('charge.refunded', stripe.refundPayment(payment.paymentIntentId)));
    // Every event three times, all at once, in no order: Stripe's retries, duplicates and reordering.
    let pending = shuffle([...completed, ...completed, ...completed, ...refunds, ...refunds, ...refunds]);
    const deliveries = pending.length;
    let sent = 0;
    for (let round = 0; round < 6 && pending.length > 0; round++) {
      const answers = await Promise.all(
        pending.map((event) =>
          postStripeEvent(`${proxyUrl}/webhooks/stripe`, event, { secret: WEBHOOK_SECRET }),
        ),
      );
      sent += pending.length;
      for (const answer of answers) expect([200, 503], answer.body).toContain(answer.status);
      // A 503 (the event was locked by the other process) is redelivered, as Stripe would.
      pending = pending.filter((_, index) => answers[index]!.status !== 200);
    }
    expect(pending).toHaveLength(0);
    expect(sent).toBeGreaterThanOrEqual(deliveries);

    const sessionIds = paid.map((payment) => payment.sessionId);
    const orders = await db.query<{
      id: string;
      status: string;
      refunded_cents: number;
      provider_session_id: string;
    }>(
      'select id, status, refunded_cents, provider_session_id from shop_order where provider_session_id = any($1)',
      [sessionIds],
    );
    expect(orders.rows).toHaveLength(CHECKOUTS);
    const bySession = new Map(orders.rows.map((order) => [order.provider_session_id, order]));
    for (const [index, payment] of paid.entries()) {
      const order = bySession.get(payment.sessionId)!;
      expect(order, payment.sessionId).toMatchObject(
        index < REFUNDED
          ? { status: 'refunded', refunded_cents: 3900 }
          : { status: 'paid', refunded_cents: 0 },
      );
    }
    const orderIds = orders.rows.map((order) => order.id);
    const count = async (sql: string, params: unknown[]) =>
      Number((await db.query(sql, params)).rows[0].count);
    expect(await count('select count(*) from download_grant where order_id = any($1)', [orderIds])).toBe(
      CHECKOUTS,
    );
    expect(await count('select count(*) from license where order_id = any($1)', [orderIds])).toBe(CHECKOUTS);
    expect(
      await count(`select count(*) from domain_event where type = 'order.paid' and subject_id = any($1)`, [
        orderIds,
      ]),
    ).toBe(CHECKOUTS);
    const emails = await db.query<{ recipient: string; template: string }>(
      'select recipient, template from email where recipient = any($1) order by recipient, template',
      [paid.map((payment) => payment.email)],
    );
    expect(emails.rows).toEqual(
      paid
        .flatMap((payment, index) => [
          { recipient: payment.email, template: 'delivery' },
          ...(index < REFUNDED ? [{ recipient: payment.email, template: 'refund' }] : []),
        ])
        .sort((a, b) => a.recipient.localeCompare(b.recipient) || a.template.localeCompare(b.template)),
    );
    const ledger = await db.query<{ status: string; count: string }>(
      'select status, count(*) from webhook_event where event_id = any($1) group by status',
      [[...completed, ...refunds].map((event) => event.id)],
    );
    expect(ledger.rows).toEqual([{ status: 'processed', count: String(CHECKOUTS + REFUNDED) }]);

    // Both processes took part.
    const webhookPids = new Set(
      requestLines()
        .filter((line) => line.path === '/webhooks/stripe')
        .map((line) => line.pid),
    );
    expect(webhookPids.size).toBe(2);

    // The primary's METRICS_PORT adds up both processes: every delivery was counted once.
    const metrics = await (await fetch(metricsUrl)).text();
    const counted = [
      ...metrics.matchAll(
        /^shelf_http_request_duration_seconds_count\{[^}]*route="\/webhooks\/stripe"[^}]*\} (\d+)$/gm,
      ),
    ]
      .map((match) => Number(match[1]))
      .reduce((sum, value) => sum + value, 0);
    expect(counted).toBe(sent);
  }, 60_000);

  it('serves a count-limited download link exactly its limit under a stampede', async () => {
    const payment = paid[REFUNDED]!;
    const { checkout } = await graphql<{ checkout: { order: { downloads: Array<{ url: string }> } } }>(
      'query($id: ID!) { checkout(id: $id) { order { downloads { url } } } }',
      { id: payment.sessionId },
    );
    const pageUrl = checkout.order.downloads[0]!.url;
    expect(pageUrl.startsWith(`${proxyUrl}/download/`)).toBe(true);

    const answers = await Promise.all(
      Array.from({ length: 40 }, () =>
        fetch(pageUrl, {
          method: 'POST',
          redirect: 'manual',
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
          body: '',
        }),
      ),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 303)).toHaveLength(5);
    expect(statuses.filter((status) => status === 410)).toHaveLength(35);
    const file = await fetch(answers.find((answer) => answer.status === 303)!.headers.get('location')!);
    expect(file.status).toBe(200);
    expect((await file.arrayBuffer()).byteLength).toBeGreaterThan(0);

    const grant = await db.query<{ download_count: number }>(
      'select g.download_count from download_grant g join shop_order o on o.id = g.order_id where o.provider_session_id = $1',
      [payment.sessionId],
    );
    expect(grant.rows).toEqual([{ download_count: 5 }]);
  }, 30_000);

  it('lets exactly the activation limit through concurrent activations of one key', async () => {
    const payment = paid[REFUNDED + 1]!;
    const { checkout } = await graphql<{ checkout: { order: { licenses: Array<{ key: string }> } } }>(
      'query($id: ID!) { checkout(id: $id) { order { licenses { key } } } }',
      { id: payment.sessionId },
    );
    const key = checkout.order.licenses[0]!.key;
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, index) =>
        fetch(`${proxyUrl}/v1/licenses/activate`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ license_key: key, instance_name: `machine-${index}` }),
        }),
      ),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(3);
    expect(statuses.filter((status) => status === 400)).toHaveLength(17);
    const license = await db.query<{ activation_count: number; live: string }>(
      `select l.activation_count,
              (select count(*) from license_activation a where a.license_id = l.id and a.deactivated_at is null) as live
         from license l where l.key = $1`,
      [key],
    );
    expect(license.rows).toEqual([{ activation_count: 3, live: '3' }]);
  }, 30_000);

  it('serves each process its own metrics to the token holder on the API port, and 404 without it', async () => {
    const withToken = await fetch(`${apiUrl}/metrics`, {
      headers: { authorization: `Bearer ${METRICS_TOKEN}` },
    });
    expect(withToken.status).toBe(200);
    const text = await withToken.text();
    expect(text).toContain('shelf_job_queue_depth');
    expect(text).toMatch(/^shelf_webhook_lag_seconds 0$/m);
    expect((await fetch(`${apiUrl}/metrics`)).status).toBe(404);
    expect(
      (await fetch(`${apiUrl}/metrics`, { headers: { authorization: 'Bearer wrong-token-of-some-length' } }))
        .status,
    ).toBe(404);
  });

  it('stops every web process and exits 0 on SIGTERM', async () => {
    // tsx, the web primary it runs and the primary's two processes.
    const processes = descendants(web!.child.pid!);
    expect(processes.length).toBeGreaterThanOrEqual(3);
    const code = await stopChild(web);
    expect(code, web?.output().slice(-3000)).toBe(0);
    // tsx's esbuild helpers end when their parent's pipe closes, a moment after it exits: give them 10 s.
    const deadline = Date.now() + 10_000;
    while (processes.some(alive) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(processes.filter(alive)).toEqual([]);
  }, 40_000);

  it('stops every API process and exits 0 on SIGTERM', async () => {
    const code = await stopChild(api);
    expect(code, api?.output().slice(-3000)).toBe(0);
    const pids = new Set(requestLines().map((line) => line.pid));
    for (const pid of pids) expect(() => process.kill(pid, 0)).toThrow();
  }, 40_000);
});

describe.skipIf(!nginxBinary)('the example TLS site (ops/nginx/shelf.conf)', () => {
  it('passes nginx -t with a certificate in place', () => {
    const dir = mkdtempSync(join(tmpdir(), 'shelf-nginx-t-'));
    try {
      execFileSync(
        'openssl',
        [
          'req',
          '-x509',
          '-newkey',
          'rsa:2048',
          '-nodes',
          '-days',
          '1',
          '-subj',
          '/CN=shop.example.com',
          '-keyout',
          join(dir, 'privkey.pem'),
          '-out',
          join(dir, 'fullchain.pem'),
        ],
        { stdio: 'pipe' },
      );
      const site = readFileSync(join(repoRoot, 'ops/nginx/shelf.conf'), 'utf8')
        .replaceAll('/etc/letsencrypt/live/shop.example.com', dir)
        .replaceAll('/etc/nginx/snippets/shelf-routes.conf', join(repoRoot, 'ops/nginx/shelf-routes.conf'));
      writeFileSync(join(dir, 'site.conf'), site);
      writeFileSync(
        join(dir, 'nginx.conf'),
        `pid ${dir}/nginx.pid;\nerror_log ${dir}/error.log;\nevents {}\nhttp {\n  include ${dir}/site.conf;\n}\n`,
      );
      const checked = spawnSync(
        nginxBinary!,
        ['-t', '-p', dir, '-e', join(dir, 'error.log'), '-c', join(dir, 'nginx.conf')],
        {
          encoding: 'utf8',
        },
      );
      expect(checked.stderr).toContain('test is successful');
      expect(checked.status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
