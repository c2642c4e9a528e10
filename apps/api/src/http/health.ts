// Liveness (the process answers) and readiness (the database answers) for load balancers and orchestrators.
import type { Router } from 'express';
import type { AppServices } from '../app-services.ts';

export function mountHealthRoutes(router: Router, services: AppServices): void {
  router.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    try {
      await services.orm.em.getConnection().execute('select 1');
      res.json({ status: 'ready', database: 'ok' });
    } catch (error) {
      services.log.warn({ err: error }, 'readiness check failed');
      res.status(503).json({ status: 'unavailable', database: 'unreachable' });
    }
  });
}
