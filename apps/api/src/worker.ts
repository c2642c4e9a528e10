// The worker-only process (`node apps/api/dist/worker.js`, the container's `worker` command): runs the
// background jobs (email delivery, sweeps) and daily reconciliation and serves no GraphQL, so request
// handling and background work can be scaled apart. API processes beside it set RUN_WORKER=false. It
// answers /healthz and /readyz on API_PORT for the orchestrator's health checks.
import type { Server } from 'node:http';
import { openDatabase } from '@shelf/db';
import express from 'express';
import { createAppServices } from './app-services.ts';
import { mountHealthRoutes } from './http/health.ts';
import { startReconcileTimer } from './modules/payments/reconcile.service.ts';
import { runProcess } from './process.ts';

await runProcess({ name: 'worker', overrides: { runWorker: true } }, async (config, log) => {
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

  // The worker finishes its running jobs first and stops the database (an embedded cluster) last.
  return async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await reconcileTimer.stop();
    await services.jobs.stop();
    await services.limits.close();
    await db.close();
  };
});
