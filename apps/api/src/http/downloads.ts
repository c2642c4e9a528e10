// Download links: GET /download/:token shows the files and changes nothing (mail scanners and link
// previews open it); POST /download/:token spends one download and answers 303 to a short-lived signed
// URL of the file store. Refusals are short human pages with 403/404/410, never a 5xx.
import express, { type Request, type Response, type Router } from 'express';
import type { AppServices } from '../app-services.ts';
import { createServiceContext, type ServiceContext } from '../context.ts';
import { AppError } from '../errors.ts';
import {
  renderDownloadPage,
  renderErrorPage,
  renderRefusalPage,
} from '../modules/downloads/download-page.ts';
import {
  type DownloadRefusal,
  describeGrantView,
  findGrantViewByToken,
  type GrantState,
  newAttemptKey,
  takeDownload,
} from '../modules/downloads/downloads.service.ts';
import { currentStoreName } from '../modules/settings/settings.service.ts';

function setPageHeaders(res: Response): void {
  // The token is in the URL: keep it out of caches, search engines and other sites' Referer logs.
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Robots-Tag', 'noindex, nofollow');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('X-Frame-Options', 'DENY');
  // No form-action: browsers apply it to the 303 that follows the POST, which leaves for the file store.
  res.setHeader(
    'Content-Security-Policy',
    "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; frame-ancestors 'none'",
  );
}

function sendPage(res: Response, status: number, html: string): void {
  setPageHeaders(res);
  res.status(status).type('html').send(html);
}

const refusalStatus: Record<Exclude<GrantState, 'ok'>, number> = {
  revoked: 410,
  expired: 410,
  exhausted: 410,
  unpaid: 403,
};

export function mountDownloadRoutes(router: Router, services: AppServices): void {
  // Whoever holds the link is its owner: the token is the credential, so the actor is anonymous.
  const contextFor = (res: Response): ServiceContext =>
    createServiceContext(services, { requestId: String(res.locals.requestId), actor: { kind: 'anonymous' } });
  const storeNameFor = (ctx: ServiceContext) => currentStoreName(ctx).catch(() => services.config.storeName);

  router.get('/download/:token', async (req: Request<{ token: string }>, res) => {
    const ctx = contextFor(res);
    const storeName = await storeNameFor(ctx);
    try {
      const grant = await findGrantViewByToken(ctx, req.params.token);
      if (!grant) return sendPage(res, 404, renderRefusalPage({ storeName, reason: 'not_found' }));
      const model = describeGrantView(grant);
      if (model.state !== 'ok') {
        return sendPage(
          res,
          refusalStatus[model.state],
          renderRefusalPage({ storeName, reason: model.state }),
        );
      }
      sendPage(res, 200, renderDownloadPage({ storeName, grant: model, attemptKey: newAttemptKey() }));
    } catch (error) {
      ctx.log.error({ err: error }, 'download page failed');
      sendPage(res, 500, renderErrorPage(storeName));
    }
  });

  router.post(
    '/download/:token',
    express.urlencoded({ extended: false, limit: '4kb', parameterLimit: 10 }),
    async (req: Request<{ token: string }>, res) => {
      const ctx = contextFor(res);
      // The store's name is only on refusal pages: a download that works never reads the settings.
      const body = (req.body ?? {}) as Record<string, unknown>;
      const fileId = typeof body.file === 'string' && body.file !== '' ? body.file : undefined;
      const attemptKey = typeof body.attempt === 'string' ? body.attempt : undefined;
      try {
        const { url } = await takeDownload(ctx, {
          token: req.params.token,
          fileId,
          ip: req.ip,
          userAgent: req.get('user-agent'),
          attemptKey,
        });
        setPageHeaders(res);
        // The signed URL is already encoded, and no client reads a body on a 303: Express's redirect()
        // would negotiate a body format for it (about a tenth of this route's CPU).
        res.status(303).setHeader('Location', url);
        res.end();
      } catch (error) {
        if (error instanceof AppError) {
          const reason = (error.details.reason as DownloadRefusal | undefined) ?? 'not_found';
          const storeName = await storeNameFor(ctx);
          return sendPage(res, error.httpStatus, renderRefusalPage({ storeName, reason }));
        }
        ctx.log.error({ err: error }, 'download failed');
        sendPage(res, 500, renderErrorPage(await storeNameFor(ctx)));
      }
    },
  );
}
