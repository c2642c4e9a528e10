// Several API processes on one machine (WEB_CONCURRENCY=N, node:cluster). The primary prepares the store
// once (starts the embedded Postgres or connects to DATABASE_URL, migrates, seeds an empty store, makes
// sure the owner exists), then forks N processes that share the listening port and reach the database by
// its URL (`@shelf/process`: a process that dies is forked again after a growing delay; a stop (SIGTERM)
// drains every process), then the primary stops the database. With METRICS_PORT the primary serves every process's
// metrics added together (prom-client's AggregatorRegistry); each process keeps its own otherwise.
import type { Server } from 'node:http';
import type { Config } from '@shelf/config';
import { openDatabase } from '@shelf/db';
import { seedDemoCatalog } from '@shelf/db/seed';
import { superviseProcesses } from '@shelf/process';
import { AggregatorRegistry } from 'prom-client';
import { createAppServices } from './app-services.ts';
import { systemContext } from './context.ts';
import { startMetricsServer } from './http/metrics.ts';
import type { Logger } from './logger.ts';
import { ensureOwner, type OwnerSetup } from './modules/accounts/accounts.service.ts';

export type RunningCluster = {
  seededProducts: number;
  owner: OwnerSetup;
  stop(): Promise<void>;
};

/** The primary of WEB_CONCURRENCY > 1: prepares the store once, then runs `config.concurrency` API processes. */
export async function startApiCluster(config: Config, log: Logger): Promise<RunningCluster> {
  const db = await openDatabase(config.database, {
    migrate: true,
    poolMax: 2,
    onLog: (line) => log.debug({ component: 'postgres' }, line),
  });
  const services = createAppServices({ ...config, runWorker: false }, db, log);
  const seededProducts = config.seedDemo
    ? await seedDemoCatalog(services.orm.em.fork(), services.storage)
    : 0;
  const owner = await ensureOwner(systemContext(services, 'start-up'), config.owner);
  await services.limits.close();

  // The processes reach the database the primary opened: an embedded cluster is started here only.
  const supervisor = superviseProcesses({
    count: config.concurrency,
    name: 'API process',
    env: { DATABASE_URL: db.url },
    onDied: ({ slot, pid, code, signal, restartInMs }) =>
      log.error({ slot, pid, code, signal, restartInMs }, 'API process died'),
  });
  let metricsServer: Server | undefined;
  const stop = async () => {
    await supervisor.stop();
    if (metricsServer) await new Promise<void>((resolve) => metricsServer?.close(() => resolve()));
    await db.close();
  };
  try {
    if (config.metrics.port !== undefined) {
      const aggregator = new AggregatorRegistry();
      metricsServer = await startMetricsServer(config.metrics.port, async () => ({
        contentType: aggregator.contentType,
        body: await aggregator.clusterMetrics(),
      }));
    }
    await supervisor.listening;
  } catch (error) {
    await stop();
    throw error;
  }
  return { seededProducts, owner, stop };
}
