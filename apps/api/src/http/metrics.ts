// `/metrics` in Prometheus's text format (prom-client): request durations by route, the job queue's
// depth, webhook lag, email failures, rate-limit refusals and outbound webhook deliveries (attempts by
// outcome, their durations, deliveries due, endpoints disabled), plus Node's own process metrics. It is
// never public: the API port serves it only to `Authorization: Bearer <METRICS_TOKEN>` (404 to anyone
// else, as if it did not exist), and METRICS_PORT serves it without a token on 127.0.0.1 only.
//
// Each process counts its own requests. The store-wide gauges (queue depth, webhook lag, emails) are
// read from Postgres when scraped, so every process reports the same values. Under WEB_CONCURRENCY the
// primary's METRICS_PORT adds the processes' counters together and takes the highest of the gauges.
import cluster from 'node:cluster';
import { createServer, type Server } from 'node:http';
import { safeEqual } from '@shelf/signing';
import type { Express, RequestHandler } from 'express';
import { AggregatorRegistry, Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { AppServices } from '../app-services.ts';
import { observeWebhooks } from '../modules/webhooks/webhook-deliveries.service.ts';
import { publicAnswerCounts } from './graphql-handler.ts';

/** Route labels: the API's public route families, so a label never carries a token or an id. */
const ROUTES: ReadonlyArray<readonly [prefix: string, label: string]> = [
  ['/graphql', '/graphql'],
  ['/webhooks/stripe', '/webhooks/stripe'],
  ['/download/', '/download/:token'],
  ['/files/', '/files'],
  ['/media/', '/media'],
  ['/v1/licenses/', '/v1/licenses'],
  ['/v2/licenses/', '/v2/licenses'],
  ['/.well-known/shelf-license-key', '/.well-known/shelf-license-key'],
  ['/healthz', '/healthz'],
  ['/readyz', '/readyz'],
  ['/metrics', '/metrics'],
];

export function routeLabel(path: string): string {
  for (const [prefix, label] of ROUTES) {
    if (path === prefix || path.startsWith(prefix) || `${path}/` === prefix) return label;
  }
  return 'other';
}

const registries = new WeakMap<AppServices, Registry>();

/** The registry of an API's metrics (for METRICS_PORT); undefined before mountMetrics. */
export function metricsRegistryOf(services: AppServices): Registry | undefined {
  return registries.get(services);
}

/** One value read from Postgres; a failed read leaves the gauge out of this scrape rather than failing it. */
async function readNumber(services: AppServices, sql: string): Promise<number | null> {
  try {
    const [row] = await services.orm.em
      .getConnection()
      .execute<Array<{ value: string | number | null }>>(sql);
    return row?.value === null || row?.value === undefined ? 0 : Number(row.value);
  } catch (error) {
    services.log.warn({ component: 'metrics', message: (error as Error).message }, 'metrics query failed');
    return null;
  }
}

function createRegistry(services: AppServices): { registry: Registry; observe: RequestHandler } {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });

  const duration = new Histogram({
    name: 'shelf_http_request_duration_seconds',
    help: 'Time from a request arriving to its answer being sent, by route family, method and status class.',
    labelNames: ['route', 'method', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const refusals = new Counter({
    name: 'shelf_rate_limit_refusals_total',
    help: 'Requests refused by a request limit (answered 429), by route family.',
    labelNames: ['route'] as const,
    registers: [registry],
  });

  new Counter({
    name: 'shelf_graphql_cached_answers_total',
    help: 'Anonymous catalog queries answered from the cache of whole answers (hit) or run through Apollo (miss).',
    labelNames: ['result'] as const,
    registers: [registry],
    collect() {
      const counts = publicAnswerCounts(services);
      this.reset();
      this.inc({ result: 'hit' }, counts.hits);
      this.inc({ result: 'miss' }, counts.misses);
    },
  });
  new Gauge({
    name: 'shelf_job_queue_depth',
    help: 'Background jobs waiting to run (created or waiting for a retry), by queue.',
    labelNames: ['queue'] as const,
    aggregator: 'max',
    registers: [registry],
    async collect() {
      try {
        const rows = await services.orm.em.getConnection().execute<Array<{ name: string; depth: string }>>(
          `select queue.name, count(job.id) as depth
             from pgboss.queue queue
             left join pgboss.job job on job.name = queue.name and job.state < 'active'
            group by queue.name`,
        );
        this.reset();
        for (const row of rows) this.set({ queue: row.name }, Number(row.depth));
      } catch (error) {
        // No queue yet (pg-boss creates its schema when first started): nothing is waiting.
        this.reset();
        services.log.debug({ component: 'metrics', message: (error as Error).message }, 'no job queue');
      }
    },
  });
  new Gauge({
    name: 'shelf_webhook_lag_seconds',
    help: 'Age of the oldest payment-provider event received but not processed (0 when none is waiting).',
    aggregator: 'max',
    registers: [registry],
    async collect() {
      const value = await readNumber(
        services,
        `select extract(epoch from clock_timestamp() - min(received_at)) as value
           from webhook_event where status in ('processing', 'failed')`,
      );
      if (value !== null) this.set(value);
    },
  });
  new Gauge({
    name: 'shelf_emails_failed',
    help: 'Emails in the outbox that failed for good (every retry used up).',
    aggregator: 'max',
    registers: [registry],
    async collect() {
      const value = await readNumber(services, `select count(*) as value from email where status = 'failed'`);
      if (value !== null) this.set(value);
    },
  });
  new Gauge({
    name: 'shelf_emails_queued_oldest_seconds',
    help: 'Age of the oldest email still waiting to be sent (0 when none is waiting).',
    aggregator: 'max',
    registers: [registry],
    async collect() {
      const value = await readNumber(
        services,
        `select extract(epoch from clock_timestamp() - min(created_at)) as value from email where status = 'queued'`,
      );
      if (value !== null) this.set(value);
    },
  });

  registerWebhookMetrics(registry, services);

  const observe: RequestHandler = (req, res, next) => {
    const end = duration.startTimer();
    // Read now: a mounted router (app.use('/graphql', ...)) rewrites req.url while it handles the request.
    const route = routeLabel(req.path);
    res.once('finish', () => {
      end({ route, method: req.method, status: `${Math.floor(res.statusCode / 100)}xx` });
      if (res.statusCode === 429) refusals.inc({ route });
    });
    next();
  };
  return { registry, observe };
}

/**
 * Outbound webhooks: attempts this process made (by outcome) and how long they took, endpoints it
 * disabled after repeated failure, and, read from Postgres on each scrape, the deliveries due now.
 */
function registerWebhookMetrics(registry: Registry, services: AppServices): void {
  const attempts = new Counter({
    name: 'shelf_webhook_attempts_total',
    help: 'Outbound webhook delivery attempts, by outcome: succeeded (2xx), failed (error, timeout or other answer), refused (unsafe or malformed URL, nothing sent).',
    labelNames: ['outcome'] as const,
    registers: [registry],
  });
  // Every outcome is reported from the start, so a rate over it is 0 rather than missing.
  for (const outcome of ['succeeded', 'failed', 'refused'] as const) attempts.inc({ outcome }, 0);
  const duration = new Histogram({
    name: 'shelf_webhook_attempt_duration_seconds',
    help: 'Time from an outbound webhook attempt starting to its answer, error or timeout (attempts that were sent).',
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  const disabled = new Counter({
    name: 'shelf_webhook_endpoints_disabled_total',
    help: 'Webhook endpoints disabled automatically because their last deliveries failed after every retry.',
    registers: [registry],
  });
  observeWebhooks(services, {
    attempted(outcome, seconds) {
      attempts.inc({ outcome });
      if (outcome !== 'refused') duration.observe(seconds);
    },
    endpointDisabled() {
      disabled.inc();
    },
  });
  new Gauge({
    name: 'shelf_webhook_deliveries_due',
    help: 'Outbound webhook deliveries whose next attempt is due now or overdue.',
    aggregator: 'max',
    registers: [registry],
    async collect() {
      // Served by the (status, next_attempt_at) index.
      const value = await readNumber(
        services,
        `select count(*) as value from webhook_delivery where status = 'pending' and next_attempt_at <= now()`,
      );
      if (value !== null) this.set(value);
    },
  });
}

/**
 * Measures every request of `app` from here on, and answers GET /metrics to the bearer of METRICS_TOKEN
 * (404 without one). Mounted right after the request id, ahead of every route.
 */
export function mountMetrics(app: Express, services: AppServices): void {
  const { registry, observe } = createRegistry(services);
  registries.set(services, registry);
  // A process of a cluster hands its metrics to the primary when asked (the primary's METRICS_PORT).
  if (cluster.isWorker) {
    AggregatorRegistry.setRegistries([registry]);
    new AggregatorRegistry();
  }
  const token = services.config.metrics.token;
  app.use(observe);
  app.get('/metrics', async (req, res, next) => {
    const presented = /^Bearer (.+)$/.exec(req.header('authorization') ?? '')?.[1];
    if (!token || !presented || !safeEqual(presented, token)) return next();
    res.setHeader('Cache-Control', 'no-store');
    res.type(registry.contentType).send(await registry.metrics());
  });
}

/** Serves GET /metrics without a token on 127.0.0.1:`port` (METRICS_PORT); anything else is 404. */
export async function startMetricsServer(
  port: number,
  render: () => Promise<{ contentType: string; body: string }>,
): Promise<Server> {
  const server = createServer((req, res) => {
    if (req.method !== 'GET' || req.url?.split('?')[0] !== '/metrics') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found.');
      return;
    }
    render().then(
      ({ contentType, body }) => res.writeHead(200, { 'content-type': contentType }).end(body),
      (error: unknown) =>
        res
          .writeHead(500, { 'content-type': 'text/plain' })
          .end(`Metrics unavailable: ${(error as Error).message}`),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  return server;
}
