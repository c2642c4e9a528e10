// The per-request context: a forked EntityManager (the identity map is per request), the caller's
// identity resolved lazily from the Authorization header, and a logger tagged with the request id.
import type { EntityManager } from '@mikro-orm/postgresql';
import type { User } from '@shelf/db';
import type { AppServices } from './app-services.ts';
import type { Logger } from './logger.ts';
import { authenticateBearer } from './modules/accounts/accounts.service.ts';

export type RequestContext = {
  services: AppServices;
  em: EntityManager;
  log: Logger;
  requestId: string;
  ip: string | null;
  userAgent: string | null;
  authorization: string | undefined;
  /** The signed-in creator or API key owner, or null. */
  viewer(): Promise<Viewer | null>;
};

export type Viewer = { user: User | null; scopes: string[]; via: 'session' | 'api_key' };

export function createRequestContext(
  services: AppServices,
  request: { headers: Record<string, string | string[] | undefined>; ip?: string | undefined },
  requestId: string,
): RequestContext {
  const em = services.orm.em.fork() as EntityManager;
  const authorization = request.headers.authorization;
  let viewer: Promise<Viewer | null> | undefined;
  return {
    services,
    em,
    log: services.log.child({ requestId }),
    requestId,
    ip: request.ip ?? null,
    userAgent: typeof request.headers['user-agent'] === 'string' ? request.headers['user-agent'] : null,
    authorization: typeof authorization === 'string' ? authorization : undefined,
    viewer() {
      viewer ??= authenticateBearer(em, this.authorization);
      return viewer;
    },
  };
}
