// The request limits at the HTTP edge: GraphQL requests per address and per API key, download POSTs per
// address, and the 429 + Retry-After answer of a GraphQL operation refused with RATE_LIMITED. The limits
// themselves (names, sizes, reasons) live in modules/limits/limits.service.ts; addresses are req.ip (see
// TRUST_PROXY in server.ts).
import type { ApolloServerPlugin } from '@apollo/server';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestHandler, Response, Router } from 'express';
import type { AppServices } from '../app-services.ts';
import type { Actor, RequestContext } from '../context.ts';
import { AppError, type ErrorCode } from '../errors.ts';
import { API_KEY_PREFIX, authenticate, bearerToken } from '../modules/accounts/accounts.service.ts';
import {
  type ApiKeyBudget,
  consumeApiKeyRequest,
  consumeLimit,
  LIMITS,
  RateLimited,
  type RequestLimitName,
} from '../modules/limits/limits.service.ts';

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

/** The caller of a GraphQL request authenticated ahead of Apollo (API keys), for the request's context. */
export type EdgeAuthentication = { actor: Actor; em: EntityManager };

/** What limitApiKeyRequests left for the GraphQL context, if anything. */
export function edgeAuthentication(res: Response): EdgeAuthentication | undefined {
  return res.locals.edgeAuthentication as EdgeAuthentication | undefined;
}

function sendError(res: Response, error: AppError): void {
  res.status(error.httpStatus).json({
    errors: [{ message: error.message, extensions: { code: error.code, ...error.details } }],
  });
}

/** The IETF draft RateLimit headers: the budget, what is left of it and the seconds until it refills. */
function setBudgetHeaders(res: Response, budget: ApiKeyBudget): void {
  res.setHeader('RateLimit-Limit', String(budget.limit));
  res.setHeader('RateLimit-Remaining', String(budget.remaining));
  res.setHeader('RateLimit-Reset', String(budget.resetSeconds));
  res.setHeader('RateLimit-Policy', `${budget.limit};w=${budget.windowSeconds}`);
}

/**
 * A GraphQL request with an API key (`Bearer shelf_...`) is authenticated here, before its body is parsed:
 * an unknown or revoked key is answered 401 UNAUTHENTICATED, and a known one counts against the key's own
 * per-minute budget (API_KEY_RATE_LIMIT, shared by all processes). Every answer to a key carries the
 * RateLimit headers; a spent budget is 429 with Retry-After and RATE_LIMITED. The actor (and the
 * EntityManager that read it) go to the request's context, so the key is looked up once.
 */
export function limitApiKeyRequests(services: AppServices): RequestHandler {
  return async (req, res, next) => {
    const authorization =
      typeof req.headers.authorization === 'string' ? req.headers.authorization : undefined;
    if (!bearerToken(authorization)?.startsWith(API_KEY_PREFIX)) return next();
    try {
      const em = services.orm.em.fork() as EntityManager;
      const actor = await authenticate({ em }, authorization);
      if (actor.kind === 'api_key') {
        try {
          const budget = await consumeApiKeyRequest({ services, log: services.log }, actor.apiKeyId);
          if (budget) setBudgetHeaders(res, budget);
        } catch (error) {
          if (!(error instanceof RateLimited)) throw error;
          setBudgetHeaders(res, {
            limit: services.limits.apiKeyPoints,
            remaining: 0,
            resetSeconds: error.retryAfterSeconds,
            windowSeconds: LIMITS['api-key'].duration,
          });
          res.setHeader('Retry-After', String(error.retryAfterSeconds));
          return sendError(res, error);
        }
      }
      res.locals.edgeAuthentication = { actor, em } satisfies EdgeAuthentication;
    } catch (error) {
      if (error instanceof AppError) return sendError(res, error);
      return next(error);
    }
    next();
  };
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
