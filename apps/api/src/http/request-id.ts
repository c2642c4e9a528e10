// Every request's id: the X-Request-Id a trusted caller sent (the web server, which forwards its own
// request's id with each GraphQL call, or the reverse proxy in front), or a new one. It is answered back
// in X-Request-Id, carried by every log line of the request (the service context's logger) and by the
// one `request` line written when the answer has gone out.
import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Logger } from '../logger.ts';
import { redactUrl } from './redact-url.ts';

/** What an incoming id may look like: short, and nothing a log reader could mistake for structure. */
export const REQUEST_ID_PATTERN = /^[\w.-]{1,100}$/;

/**
 * Accepts an incoming id only from a caller the app trusts as a proxy (`trust proxy`: this host always,
 * the private network under TRUST_PROXY): anyone else could fill the logs with ids of their choosing.
 */
export function requestIdMiddleware(log: Logger): RequestHandler {
  return (req, res, next) => {
    const incoming = req.header('x-request-id');
    const trusts = req.app.get('trust proxy fn') as (address: string, hop: number) => boolean;
    const trusted = Boolean(req.socket.remoteAddress && trusts(req.socket.remoteAddress, 0));
    const requestId = trusted && incoming && REQUEST_ID_PATTERN.test(incoming) ? incoming : randomUUID();
    res.locals.requestId = requestId;
    res.setHeader('X-Request-Id', requestId);
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      const level = res.statusCode >= 500 ? 'error' : req.path.endsWith('z') ? 'debug' : 'info';
      log[level](
        {
          requestId,
          method: req.method,
          path: redactUrl(req.originalUrl),
          status: res.statusCode,
          ms: Math.round(ms),
        },
        'request',
      );
    });
    next();
  };
}
