// The storefront's HTTP server: Express in front of the Remix build. Static files first (the hashed
// /assets for a year, the rest of build/client for an hour), then the request id, the request log and
// Remix, with every response carrying the security headers and every loader the shopper's address and the
// CSP nonce.
import { createRequestHandler } from '@remix-run/express';
import type { ServerBuild } from '@remix-run/node';
import compression from 'compression';
import express, { type Express } from 'express';
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
  app.use(express.static(clientDir, { maxAge: '1h' }));
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
