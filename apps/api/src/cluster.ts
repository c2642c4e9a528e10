// Several API processes on one machine (WEB_CONCURRENCY=N, node:cluster). The primary prepares the store
// once (starts the embedded Postgres or connects to DATABASE_URL, migrates, seeds an empty store, makes
// sure the owner exists), then forks N processes that share the listening port and reach the database by
// its URL. A process that dies is forked again after a growing delay; a stop (SIGTERM) drains every
// process, then the primary stops the database. With METRICS_PORT the primary serves every process's
// metrics added together (prom-client's AggregatorRegistry); each process keeps its own otherwise.
import cluster, { type Worker } from 'node:cluster';
import type { Server } from 'node:http';
import type { Config } from '@shelf/config';
import { openDatabase } from '@shelf/db';
import { seedDemoCatalog } from '@shelf/db/seed';
import { AggregatorRegistry } from 'prom-client';
import { createAppServices } from './app-services.ts';
import { systemContext } from './context.ts';
import { startMetricsServer } from './http/metrics.ts';
import type { Logger } from './logger.ts';
import { ensureOwner, type OwnerSetup } from './modules/accounts/accounts.service.ts';

export type Supervisor = {
  /** Resolves once every process listens; rejects if one exits before it ever listened. */
  listening: Promise<void>;
  /** SIGTERM to every process, then waits for them (SIGKILL after `stopTimeoutMs`). Idempotent. */
  stop(): Promise<void>;
};

export type SuperviseOptions = {
  count: number;
  log: Logger;
  /** Added to the environment of every forked process. */
  env?: Record<string, string>;
  /** The delay before the first restart of a process; doubled for each further one, up to `maxRestartDelayMs`. */
  restartDelayMs?: number;
  maxRestartDelayMs?: number;
  stopTimeoutMs?: number;
};

/** A process that ran this long before it died starts its restarts from the shortest delay again. */
const HEALTHY_RUN_MS = 30_000;

/** Forks `count` copies of this program (cluster.fork runs the same entry point) and keeps them running. */
export function superviseProcesses(options: SuperviseOptions): Supervisor {
  const { count, log } = options;
  const restartDelayMs = options.restartDelayMs ?? 500;
  const maxRestartDelayMs = options.maxRestartDelayMs ?? 30_000;
  const running = new Map<number, Worker>();
  const restarts = new Map<number, NodeJS.Timeout>();
  let stopping: Promise<void> | undefined;
  let waiting = count;
  let markListening: () => void = () => {};
  let failStart: (error: Error) => void = () => {};
  const listening = new Promise<void>((resolve, reject) => {
    markListening = resolve;
    failStart = reject;
  });
  // A caller that stops early may never await it.
  listening.catch(() => {});

  function fork(slot: number, failures: number, first: boolean): void {
    const worker = cluster.fork({ ...options.env, SHELF_PROCESS_INDEX: String(slot) });
    const forkedAt = Date.now();
    let listened = false;
    running.set(slot, worker);
    worker.once('listening', () => {
      listened = true;
      if (first && --waiting === 0) markListening();
    });
    worker.once('exit', (code, signal) => {
      running.delete(slot);
      if (stopping) return;
      if (first && !listened) {
        failStart(new Error(`API process ${slot} exited (${signal ?? code}) before it started listening`));
        return;
      }
      const attempt = Date.now() - forkedAt >= HEALTHY_RUN_MS ? 1 : failures + 1;
      const delay = Math.min(maxRestartDelayMs, restartDelayMs * 2 ** (attempt - 1));
      log.error({ slot, pid: worker.process.pid, code, signal, restartInMs: delay }, 'API process died');
      restarts.set(
        slot,
        setTimeout(() => {
          restarts.delete(slot);
          if (!stopping) fork(slot, attempt, false);
        }, delay),
      );
    });
  }

  for (let slot = 1; slot <= count; slot++) fork(slot, 0, true);

  return {
    listening,
    stop() {
      stopping ??= (async () => {
        for (const timer of restarts.values()) clearTimeout(timer);
        const exits = [...running.values()].map(
          (worker) =>
            new Promise<void>((resolve) => {
              if (worker.isDead()) return resolve();
              const force = setTimeout(() => worker.process.kill('SIGKILL'), options.stopTimeoutMs ?? 15_000);
              worker.once('exit', () => {
                clearTimeout(force);
                resolve();
              });
              worker.process.kill('SIGTERM');
            }),
        );
        await Promise.all(exits);
      })();
      return stopping;
    },
  };
}

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
  const supervisor = superviseProcesses({ count: config.concurrency, log, env: { DATABASE_URL: db.url } });
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
