// Builds and starts the API: Express 5 with Apollo Server at /graphql and the plain HTTP routes GraphQL
// cannot serve. startApi opens the database (embedded or DATABASE_URL), migrates, seeds an empty store,
// makes sure an owner exists, starts the background worker and listens.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import type { Config } from '@shelf/config';
import { openDatabase } from '@shelf/db';
import { seedDemoCatalog } from '@shelf/db/seed';
import express, { type ErrorRequestHandler, type Express } from 'express';
import { type AppServices, createAppServices } from './app-services.ts';
import { createServiceContext, extendContext, type RequestContext, systemContext } from './context.ts';
import { createErrorFormatter, errorRequestIds } from './graphql-errors.ts';
import { createOperationLimits } from './graphql-limits.ts';
import { mountDownloadRoutes } from './http/downloads.ts';
import { mountExportRoutes } from './http/exports.ts';
import { mountFileRoutes } from './http/files.ts';
import { graphqlHandler } from './http/graphql-handler.ts';
import { mountHealthRoutes } from './http/health.ts';
import { mountLicenseApi } from './http/license-api.ts';
import { mountLicenseKeyRoutes } from './http/license-key.ts';
import { mountMediaRoutes } from './http/media.ts';
import { mountMetrics } from './http/metrics.ts';
import { mountProductUploadRoutes } from './http/product-uploads.ts';
import {
  edgeAuthentication,
  limitApiKeyRequests,
  limitGraphqlRequests,
  mountDownloadRateLimit,
  rateLimitedAnswers,
} from './http/rate-limits.ts';
import { requestIdMiddleware } from './http/request-id.ts';
import { securityHeaders } from './http/security-headers.ts';
import { mountStripeWebhookRoute } from './http/stripe-webhook.ts';
import { createLogger, type Logger } from './logger.ts';
import {
  authenticate,
  bearerToken,
  ensureOwner,
  type OwnerSetup,
} from './modules/accounts/accounts.service.ts';
import { startReconcileTimer } from './modules/payments/reconcile.service.ts';
import { loadTypeDefs, resolvers } from './schema.ts';

export type RunningApi = {
  url: string;
  services: AppServices;
  owner: OwnerSetup;
  seededProducts: number;
  close(): Promise<void>;
};

/** Malformed JSON and other body errors are the client's: 400 with a code, never a stack trace. */
function errorHandler(log: Logger): ErrorRequestHandler {
  return (error, _req, res, _next) => {
    const status = typeof error?.status === 'number' && error.status < 500 ? error.status : 500;
    if (status >= 500) log.error({ err: error, requestId: res.locals.requestId }, 'unhandled error');
    const message =
      error?.type === 'entity.parse.failed'
        ? 'The request body is not valid JSON.'
        : error?.type === 'entity.too.large'
          ? 'The request body is too large.'
          : status < 500
            ? 'Bad request.'
            : 'Something went wrong on our side.';
    res.status(status).json({
      errors: [{ message, extensions: { code: status < 500 ? 'BAD_REQUEST' : 'INTERNAL_SERVER_ERROR' } }],
    });
  };
}

export async function createApiApp(
  services: AppServices,
  httpServer?: Server,
): Promise<{ app: Express; apollo: ApolloServer<RequestContext> }> {
  const app = express();
  app.disable('x-powered-by');
  // req.ip is the key of every request limit, so it must not be whatever a client writes into
  // X-Forwarded-For. The header is read right to left and believed only from trusted hops, so anything a
  // client prepends is skipped. Always trusted: this host (loopback), where `pnpm start` runs the web
  // server, which forwards its shopper's address; a client reaching the API directly from elsewhere cannot
  // forge it. TRUST_PROXY=true also trusts the private network (a proxy or load balancer, the web server
  // in another container).
  app.set('trust proxy', services.config.trustProxy ? 'loopback, linklocal, uniquelocal' : 'loopback');
  // Answers are JSON of one moment (or files with their own validators): an ETag only costs a hash.
  app.set('etag', false);
  app.use(requestIdMiddleware(services.log));
  mountMetrics(app, services);
  // The license API is the hottest path (installed apps validating at start-up) and answers only
  // no-store JSON with fixed headers of its own, so it goes ahead of everything it does not need.
  mountLicenseApi(app, services);
  app.use(securityHeaders({ publicUrl: services.config.api.publicUrl }));
  // Stripe signs the raw body, so its webhook is mounted before any JSON parser.
  mountStripeWebhookRoute(app, services);

  const router = express.Router();
  mountHealthRoutes(router, services);
  mountLicenseKeyRoutes(router, services);
  mountMediaRoutes(router, services);
  mountDownloadRateLimit(router, services);
  mountDownloadRoutes(router, services);
  mountFileRoutes(router, services);
  mountExportRoutes(router, services);
  mountProductUploadRoutes(router, services);
  app.use(router);

  const { introspection } = services.config.graphql;
  const limits = createOperationLimits({ hideFieldSuggestions: !introspection });
  const typeDefs = loadTypeDefs();
  const apollo = new ApolloServer<RequestContext>({
    typeDefs,
    resolvers,
    formatError: createErrorFormatter(services.log),
    includeStacktraceInErrorResponses: false,
    introspection,
    parseOptions: limits.parseOptions,
    validationRules: limits.validationRules,
    plugins: [
      // Apollo's cache-control plugin runs a hook for every resolved field; nothing here reads its hints
      // (the catalog is cached in process, storefront pages set their own Cache-Control).
      ApolloServerPluginCacheControlDisabled(),
      errorRequestIds,
      rateLimitedAnswers,
      ...limits.plugins,
      ...(httpServer ? [ApolloServerPluginDrainHttpServer({ httpServer })] : []),
    ],
  });
  await apollo.start();
  app.use(
    '/graphql',
    limitGraphqlRequests(services),
    limitApiKeyRequests(services),
    express.json({ limit: '1mb' }),
    graphqlHandler(apollo, services, {
      typeDefs,
      parseOptions: limits.parseOptions,
      context: (req, res) => createRequestContext(services, req, res),
    }),
  );
  app.use((_req, res) => {
    res.status(404).type('text/plain').send('Not found.');
  });
  app.use(errorHandler(services.log));
  return { app, apollo };
}

/** The GraphQL context: the service context of this request, with the actor resolved once up front. */
async function createRequestContext(
  services: AppServices,
  req: express.Request,
  res: express.Response,
): Promise<RequestContext> {
  const requestId = String(res.locals.requestId);
  const authorization = typeof req.headers.authorization === 'string' ? req.headers.authorization : undefined;
  // API keys were authenticated (and counted) by limitApiKeyRequests; an anonymous request (the
  // storefront's) needs no EntityManager to authenticate, and gets one only if a resolver asks.
  let edge = edgeAuthentication(res);
  if (!edge && bearerToken(authorization) !== null) {
    const em = services.orm.em.fork();
    edge = { em, actor: await authenticate({ em }, authorization) };
  }
  const userAgent = req.headers['user-agent'];
  const ctx = createServiceContext(services, {
    requestId,
    actor: edge?.actor ?? { kind: 'anonymous' },
    em: edge?.em,
  });
  return extendContext(ctx, {
    ip: req.ip ?? null,
    userAgent: typeof userAgent === 'string' ? userAgent : null,
    authorization,
  });
}

async function seedIfEmpty(services: AppServices): Promise<number> {
  if (!services.config.seedDemo) return 0;
  return seedDemoCatalog(services.orm.em.fork(), services.storage);
}

export async function startApi(config: Config, options: { log?: Logger } = {}): Promise<RunningApi> {
  const log = options.log ?? createLogger(config.logLevel);
  const db = await openDatabase(config.database, {
    migrate: true,
    onLog: (line) => log.debug({ component: 'postgres' }, line),
  });
  const services = createAppServices(config, db, log);
  const seededProducts = await seedIfEmpty(services);
  const owner = await ensureOwner(systemContext(services, 'start-up'), config.owner);

  const { createServer } = await import('node:http');
  const httpServer = createServer();
  const { app, apollo } = await createApiApp(services, httpServer);
  httpServer.on('request', app);
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.api.port, config.api.host, resolve);
  });
  const port = (httpServer.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}`;
  const reconcileTimer = config.runWorker ? startReconcileTimer(services) : null;
  if (config.runWorker) await services.jobs.start();

  let closing: Promise<void> | undefined;
  return {
    url,
    services,
    owner,
    seededProducts,
    close() {
      closing ??= (async () => {
        // Stop taking requests first, so nothing enqueues work after the worker has stopped.
        await apollo.stop();
        await new Promise<void>((resolve) => httpServer.close(() => resolve()));
        await reconcileTimer?.stop();
        await services.jobs.stop();
        await services.limits.close();
        await db.close();
      })();
      return closing;
    },
  };
}
