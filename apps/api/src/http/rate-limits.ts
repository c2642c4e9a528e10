// The request limits at the HTTP edge: GraphQL requests per address, download POSTs per address, and the
// 429 + Retry-After answer of a GraphQL operation refused with RATE_LIMITED. The limits themselves (names,
// sizes, reasons) live in modules/limits/limits.service.ts; addresses are req.ip (see TRUST_PROXY in
// server.ts).
import type { ApolloServerPlugin } from '@apollo/server';
import type { RequestHandler, Router } from 'express';
import type { AppServices } from '../app-services.ts';
import type { RequestContext } from '../context.ts';
import type { ErrorCode } from '../errors.ts';
import { consumeLimit, RateLimited, type RequestLimitName } from '../modules/limits/limits.service.ts';

function limitRequests(
  services: AppServices,
  name: RequestLimitName,
  refuse: (res: Parameters<RequestHandler>[1], refusal: RateLimited) => void,
): RequestHandler {
  return async (req, res, next) => {
    try {
      await consumeLimit({ services, log: services.log }, name, req.ip ?? null);
    } catch (error) {
      if (!(error instanceof RateLimited)) return next(error);
      res.setHeader('Retry-After', String(error.retryAfterSeconds));
      return refuse(res.status(429), error);
    }
    next();
  };
}

/** Every GraphQL request counts against its address's `graphql` limit; refused in GraphQL's own shape. */
export function limitGraphqlRequests(services: AppServices): RequestHandler {
  return limitRequests(services, 'graphql', (res, refusal) => {
    res.json({
      errors: [{ message: refusal.message, extensions: { code: refusal.code, ...refusal.details } }],
    });
  });
}

/**
 * Download POSTs (each takes a download) count against their address's `download` limit. Mounted before
 * the download routes, so a refused POST never reaches them.
 */
export function mountDownloadRateLimit(router: Router, services: AppServices): void {
  router.post(
    '/download/:token',
    limitRequests(services, 'download', (res, refusal) => {
      res
        .type('text/plain')
        .send(
          `Too many downloads from your address. Please try again in ${refusal.retryAfterSeconds} seconds.`,
        );
    }),
  );
}

/**
 * A GraphQL answer carrying a RATE_LIMITED error goes out as HTTP 429 with Retry-After, like the other
 * limited routes; its body stays the usual `{ data, errors }`.
 */
export const rateLimitedAnswers: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const refusal = response.body.singleResult.errors?.find(
          (error) => error.extensions?.code === ('RATE_LIMITED' satisfies ErrorCode),
        );
        if (!refusal) return;
        response.http.status = 429;
        response.http.headers.set('retry-after', String(refusal.extensions?.retryAfterSeconds ?? 1));
      },
    };
  },
};
