// `pnpm start` for the API: load the configuration, start, print where everything is, stop cleanly.
// With WEB_CONCURRENCY=N this process is the primary of N API processes (cluster.ts), each of which runs
// this file again as a cluster worker and serves like a single process, without the start-up notice.
import cluster from 'node:cluster';
import type { Server } from 'node:http';
import type { Config } from '@shelf/config';
import { startApiCluster } from './cluster.ts';
import { metricsRegistryOf, startMetricsServer } from './http/metrics.ts';
import type { OwnerSetup } from './modules/accounts/accounts.service.ts';
import { runProcess } from './process.ts';
import { startApi } from './server.ts';

function printStarted(
  config: Config,
  details: { ms: number; processes: number; seededProducts: number; owner: OwnerSetup },
): void {
  const { owner } = details;
  const lines = [
    '',
    `  Shelf is running (${config.payments.provider === 'test' ? 'TEST MODE payments' : 'Stripe payments'}, ${details.ms} ms)`,
    `  Storefront   ${config.web.publicUrl}/products`,
    `  GraphQL API  ${config.api.publicUrl}/graphql`,
    `  Database     ${'url' in config.database ? 'DATABASE_URL' : `embedded Postgres in ${config.database.embedded.dataDir}`}`,
    details.processes > 1 ? `  Processes    ${details.processes} API processes (WEB_CONCURRENCY)` : '',
    details.seededProducts > 0 ? `  Seeded the demo catalog (${details.seededProducts} products).` : '',
    owner.generatedPassword
      ? `  Owner login  ${owner.email} / ${owner.generatedPassword}   (shown once: save it now)`
      : `  Owner login  ${owner.email}`,
    '',
  ].filter((line, index, all) => line !== '' || index === 0 || index === all.length - 1);
  console.log(lines.join('\n'));
}

await runProcess(
  // The primary waits for its processes' own drain (15 s each, side by side) before it stops the database.
  { name: cluster.isWorker ? 'API process' : 'API', stopTimeoutMs: cluster.isPrimary ? 20_000 : 15_000 },
  async (config, log) => {
    const started = Date.now();
    if (cluster.isPrimary && config.concurrency > 1) {
      const running = await startApiCluster(config, log);
      printStarted(config, { ...running, ms: Date.now() - started, processes: config.concurrency });
      return running.stop;
    }

    const api = await startApi(config, { log });
    let metricsServer: Server | undefined;
    if (cluster.isPrimary) {
      const registry = metricsRegistryOf(api.services);
      if (config.metrics.port !== undefined && registry) {
        metricsServer = await startMetricsServer(config.metrics.port, async () => ({
          contentType: registry.contentType,
          body: await registry.metrics(),
        }));
      }
      printStarted(config, { ...api, ms: Date.now() - started, processes: 1 });
    }
    return async () => {
      if (metricsServer) await new Promise<void>((resolve) => metricsServer?.close(() => resolve()));
      await api.close();
    };
  },
);
