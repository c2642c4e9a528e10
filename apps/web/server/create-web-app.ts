// The storefront's HTTP server: Express in front of the Remix build. Static files first (the hashed
// /assets for a year, the rest of build/client for an hour), then the request id, the request log and
// Remix, with every response carrying the security headers and every loader the shopper's address and the
// CSP nonce.

import { readdirSync } from 'node:fs';
import { createRequestHandler } from '@remix-run/express';
import type { ServerBuild } from '@remix-run/node';
import compression from 'compression';
import express, { type Express, type RequestHandler } from 'express';
import type { WebEnv } from '../app/lib/env.server.ts';
import type { WebLoadContext } from '../app/lib/load-context.ts';
import { requestId } from './request-id.ts';
import { requestLog } from './request-log.ts';
import { securityHeaders } from './security-headers.ts';

export type WebAppOptions = {
  build: ServerBuild;
  /** build/client: the browser bundle and the files copied from public/. */
  clientDir: string;
  env: WebEnv;
  mode: string;
  log?: (line: string) => void;
};

/**
 * The files copied from public/ to the top of build/client (favicon.svg ...), listed once: a page request
 * then goes on without a stat() of the disk for a file called /products.
 */
function rootFiles(clientDir: string): RequestHandler {
  const names = new Set(
    readdirSync(clientDir, { withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => `/${entry.name}`),
  );
  const serve = express.static(clientDir, { maxAge: '1h', index: false });
  return (req, res, next) => (names.has(req.path) ? serve(req, res, next) : next());
}

export function createWebApp({ build, clientDir, env, mode, log }: WebAppOptions): Express {
  const app = express();
  app.disable('x-powered-by');
  // Only the one proxy in front of us may name the client: trusting every hop would let a shopper's own
  // X-Forwarded-For choose the address the API's rate limits see.
  app.set('trust proxy', env.trustProxy ? 1 : false);
  app.use(
    securityHeaders({
      publicUrl: env.publicUrl,
      apiPublicOrigin: env.apiPublicOrigin,
      uploadOrigins: env.uploadOrigins,
    }),
  );
  app.use(compression());
  app.use('/assets', express.static(`${clientDir}/assets`, { immutable: true, maxAge: '1y' }));
  app.use(rootFiles(clientDir));
  app.use(requestId({ trustProxy: env.trustProxy }));
  app.use(requestLog(log));
  app.use(
    createRequestHandler({
      build,
      mode,
      getLoadContext: (req, res): WebLoadContext => ({
        clientIp: req.ip,
        cspNonce: String(res.locals.cspNonce),
      }),
    }),
  );
  return app;
}
