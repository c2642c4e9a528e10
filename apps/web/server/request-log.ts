// One log line per request, with the URL reduced to its route shape: the checkout session id in the
// success page's query and the test payment page's path is the key to an order's downloads. The request
// id (request-id.ts) ends the line: the API's lines for the same page carry it too.
import type { RequestHandler } from 'express';
import { redactRequestUrl } from '../app/lib/redact-request-url.ts';

export function requestLog(write: (line: string) => void = console.log): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    res.once('close', () => {
      const ms = Math.round(Number(process.hrtime.bigint() - started) / 1e6);
      const status = res.writableFinished ? String(res.statusCode) : 'aborted';
      const id = res.locals.requestId ? ` ${String(res.locals.requestId)}` : '';
      write(`[web] ${req.method} ${redactRequestUrl(req.originalUrl)} ${status} ${ms} ms${id}`);
    });
    next();
  };
}
