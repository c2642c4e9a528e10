// Product file and preview image uploads through the API, for the local file store (with S3 the browser
// sends the bytes straight to the bucket through presigned URLs from createUpload):
//   PUT  /uploads/:id                  the body of an upload made with the createUpload mutation;
//   POST /products/:productId/uploads  one request: ?kind=file|preview, the name in X-File-Name
//                                      (URI-encoded), the type in Content-Type.
// Authenticated like GraphQL (Authorization: Bearer with a session token or an API key with catalog:write).
// The body is streamed to the store, never held in memory; over the size limit the answer is 413 and the
// store keeps nothing. Answers are JSON: { id, size, sha256 } (then addProductFile, replaceProductFile or
// addPreviewImage with the id), or { error: { code, message, field, reason } }.
import type { Request, Response, Router } from 'express';
import type { AppServices } from '../app-services.ts';
import { createServiceContext, type ServiceContext } from '../context.ts';
import { AppError } from '../errors.ts';
import { authenticate } from '../modules/accounts/accounts.service.ts';
import {
  type CompletedUploadModel,
  createUpload,
  receiveUpload,
  type UploadRefusal,
} from '../modules/catalog/product-files.service.ts';

const refusalStatus: Partial<Record<UploadRefusal, number>> = { too_large: 413, unsupported_type: 415 };

export function mountProductUploadRoutes(router: Router, services: AppServices): void {
  if (services.config.storage.driver !== 'local') return;

  async function contextFor(req: Request, res: Response): Promise<ServiceContext> {
    const em = services.orm.em.fork();
    const authorization =
      typeof req.headers.authorization === 'string' ? req.headers.authorization : undefined;
    const actor = await authenticate({ em }, authorization);
    return createServiceContext(services, { requestId: String(res.locals.requestId), actor, em });
  }

  async function answer(
    req: Request,
    res: Response,
    work: (ctx: ServiceContext) => Promise<CompletedUploadModel>,
  ) {
    res.setHeader('Cache-Control', 'no-store');
    let ctx: ServiceContext | undefined;
    try {
      ctx = await contextFor(req, res);
      const upload = await work(ctx);
      res.status(201).json(upload);
    } catch (error) {
      const known = error instanceof AppError;
      if (!known) (ctx?.log ?? services.log).error({ err: error }, 'upload failed');
      const reason = known ? (error.details.reason as UploadRefusal | undefined) : undefined;
      const status = known ? ((reason && refusalStatus[reason]) ?? error.httpStatus) : 500;
      // A refused body may still be arriving: answer, then close rather than read gigabytes nobody keeps.
      if (!req.complete) res.setHeader('Connection', 'close');
      res.status(status).json({
        error: known
          ? { code: error.code, message: error.message, ...error.details }
          : { code: 'INTERNAL_SERVER_ERROR', message: 'Something went wrong on our side.' },
      });
      if (!req.complete) res.on('finish', () => req.destroy());
    }
  }

  const contentLength = (req: Request): number | null => {
    const value = Number(req.headers['content-length']);
    return Number.isSafeInteger(value) && value >= 0 ? value : null;
  };

  router.put('/uploads/:id', (req: Request<{ id: string }>, res) =>
    answer(req, res, (ctx) =>
      receiveUpload(ctx, { uploadId: req.params.id, body: req, contentLength: contentLength(req) }),
    ),
  );

  router.post('/products/:productId/uploads', (req: Request<{ productId: string }>, res) =>
    answer(req, res, async (ctx) => {
      const kind = req.query.kind === 'preview' ? 'preview' : req.query.kind === 'file' ? 'file' : null;
      if (!kind) throw new AppError('BAD_USER_INPUT', 'kind must be file or preview.', { field: 'kind' });
      const length = contentLength(req);
      if (length === null)
        throw new AppError('BAD_USER_INPUT', 'Send a Content-Length.', { field: 'Content-Length' });
      let name: string;
      try {
        name = decodeURIComponent(String(req.headers['x-file-name'] ?? ''));
      } catch {
        throw new AppError('BAD_USER_INPUT', 'X-File-Name is not URI-encoded.', { field: 'name' });
      }
      const upload = await createUpload(ctx, {
        productId: req.params.productId,
        name,
        size: length,
        contentType: String(req.headers['content-type'] ?? 'application/octet-stream').split(';')[0]!,
        kind,
      });
      return receiveUpload(ctx, { uploadId: upload.id, body: req, contentLength: length });
    }),
  );
}
