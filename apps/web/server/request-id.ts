// Every request's id, made here or taken from the reverse proxy in front (nginx's $request_id): set on
// the request itself, so the GraphQL client (app/graphql/client.server.ts) sends the same X-Request-Id
// with every API call the page makes, answered back in X-Request-Id and written in the request log. The
// API's log lines for those calls carry the same id.
import { randomUUID } from 'node:crypto';
import type { RequestHandler } from 'express';

const SAFE_REQUEST_ID = /^[\w.-]{1,100}$/;
const LOOPBACK = /^(127\.|::1$|::ffff:127\.)/;

/**
 * An incoming id is believed from a proxy on this host, or from any hop under TRUST_PROXY (a proxy or
 * load balancer on the private network); from anyone else it is replaced, like one that looks wrong.
 */
export function requestId({ trustProxy }: { trustProxy: boolean }): RequestHandler {
  return (req, res, next) => {
    const incoming = req.headers['x-request-id'];
    const trusted = trustProxy || LOOPBACK.test(req.socket.remoteAddress ?? '');
    const id =
      trusted && typeof incoming === 'string' && SAFE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
    req.headers['x-request-id'] = id;
    res.locals.requestId = id;
    res.setHeader('X-Request-Id', id);
    next();
  };
}
