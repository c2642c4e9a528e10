// A product's downloadable files and preview images, and the uploads that bring their bytes. An upload is
// a `product_upload` row from createUpload until a mutation turns it into a file or an image:
// - local store: the bytes come through the API (PUT /uploads/:id), measured (size, SHA-256) and, for
//   images, sniffed while streaming to disk; over the size limit the request is refused and nothing stays;
// - S3: the browser PUTs to a presigned URL, or for big files to presigned part URLs of a multipart upload,
//   and completeUpload checks the object arrived with the declared size before recording it.
// Replacing a file keeps its row and id and bumps its version, so every download link of the product
// (grants cover the product's current files) serves the new bytes at once.
import { createHash, randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { ProductFile, ProductImage } from '@shelf/db/catalog';
import { renderProductUpdateEmail } from '@shelf/email';
import type { UploadedPart } from '@shelf/storage';
import { type ServiceContext, withTransaction } from '../../context.ts';
import { AppError, badInput, notFound } from '../../errors.ts';
import { requireCreator } from '../accounts/accounts.service.ts';
import { isUuid } from '../common/ids.ts';
import { listDownloadPages } from '../downloads/downloads.service.ts';
import { queueEmail } from '../messaging/messaging.service.ts';
import { ORDER_KEEPS_ACCESS_SQL } from '../orders/orders.service.ts';
import { readStoreSettings } from '../settings/settings.service.ts';
import type { ProductModel } from './catalog.service.ts';
import { loadProductModel } from './catalog-admin.service.ts';
import { IMAGE_TYPES, type ImageType, parseFileName, SNIFF_BYTES, sniffImageType } from './upload-checks.ts';

export type UploadKind = 'file' | 'preview';

export type ProductUploadModel = {
  id: string;
  method: 'PUT' | 'MULTIPART';
  url: string | null;
  headers: Array<{ name: string; value: string }>;
  partSize: number | null;
  parts: Array<{ partNumber: number; url: string }>;
  needsCompletion: boolean;
  expiresAt: Date;
};

export type CompletedUploadModel = { id: string; size: number; sha256: string };

type UploadRow = {
  id: string;
  product_id: string;
  kind: UploadKind;
  name: string;
  content_type: string;
  declared_size: string | number;
  storage_key: string;
  multipart_upload_id: string | null;
  size_bytes: string | number | null;
  sha256: string | null;
  completed_at: Date | null;
  expired: boolean;
};

const GIB = 1024 ** 3;
const MIB = 1024 ** 2;
const DEFAULT_LIMITS = {
  maxFileBytes: 5 * GIB,
  maxImageBytes: 10 * MIB,
  multipartThresholdBytes: 100 * MIB,
  multipartPartBytes: 64 * MIB,
};
// S3's own bounds on multipart uploads.
const MIN_PART_BYTES = 5 * MIB;
const MAX_PARTS = 10_000;
// Long enough for a 5 GB upload on a slow line; the row is useless after it.
const UPLOAD_TTL_SECONDS = 12 * 60 * 60;

/** The upload size rules in force: the configuration's, else the defaults. */
export function uploadLimits(ctx: Pick<ServiceContext, 'services'>): typeof DEFAULT_LIMITS {
  const configured = ctx.services.config.storage.uploads ?? {};
  return {
    maxFileBytes: configured.maxFileBytes ?? DEFAULT_LIMITS.maxFileBytes,
    maxImageBytes: configured.maxImageBytes ?? DEFAULT_LIMITS.maxImageBytes,
    multipartThresholdBytes: configured.multipartThresholdBytes ?? DEFAULT_LIMITS.multipartThresholdBytes,
    multipartPartBytes: configured.multipartPartBytes ?? DEFAULT_LIMITS.multipartPartBytes,
  };
}

/** Why an upload's bytes were refused; the HTTP route answers 413 and 415 for the first two. */
export type UploadRefusal = 'too_large' | 'unsupported_type' | 'size_mismatch';

const refuse = (reason: UploadRefusal, message: string, field = 'body') =>
  new AppError('BAD_USER_INPUT', message, { field, reason });

/** Where to send the bytes of a new file or preview image of a product. */
export async function createUpload(
  ctx: ServiceContext,
  input: { productId: string; name: string; size: number; contentType: string; kind: UploadKind },
): Promise<ProductUploadModel> {
  requireCreator(ctx, 'catalog:write');
  const name = parseFileName(input.name);
  const limits = uploadLimits(ctx);
  const max = input.kind === 'preview' ? limits.maxImageBytes : limits.maxFileBytes;
  if (!Number.isSafeInteger(input.size) || input.size < 1)
    throw badInput('size must be a whole number of bytes above 0.', 'size');
  if (input.size > max) throw refuse('too_large', `The upload is larger than ${max} bytes.`, 'size');
  const contentType = input.contentType.trim().toLowerCase();
  if (!/^[\w!#$&^.+-]+\/[\w!#$&^.+-]+$/.test(contentType) || contentType.length > 255)
    throw badInput('contentType must be a MIME type such as application/zip.', 'contentType');
  if (input.kind === 'preview' && !(contentType in IMAGE_TYPES))
    throw refuse('unsupported_type', 'Preview images must be PNG, JPEG, WebP or GIF.', 'contentType');
  if (!isUuid(input.productId) || !(await productExists(ctx, input.productId)))
    throw notFound('There is no product with this id.');
  await sweepExpiredUploads(ctx);

  const id = randomUUID();
  const key =
    input.kind === 'preview'
      ? `media/products/${input.productId}/${id}.${IMAGE_TYPES[contentType as ImageType]}`
      : `products/${input.productId}/files/${id}`;
  const direct = ctx.services.storage.directUploads;
  const multipart = direct !== undefined && input.size > limits.multipartThresholdBytes;
  const uploadId = multipart ? await direct.startMultipart(key, { contentType }) : null;
  const expiresAt = new Date(Date.now() + UPLOAD_TTL_SECONDS * 1000);
  await ctx.em.getConnection().execute(
    `insert into product_upload (id, product_id, kind, name, content_type, declared_size, storage_key, multipart_upload_id, expires_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [id, input.productId, input.kind, name, contentType, input.size, key, uploadId, expiresAt],
    'run',
    ctx.em.getTransactionContext(),
  );
  const headers = [{ name: 'Content-Type', value: contentType }];
  if (!direct) {
    const url = `${ctx.services.config.api.publicUrl}/uploads/${id}`;
    return { id, method: 'PUT', url, headers, partSize: null, parts: [], needsCompletion: false, expiresAt };
  }
  if (!uploadId) {
    const url = await direct.presignPut(key, {
      contentType,
      size: input.size,
      expiresInSeconds: UPLOAD_TTL_SECONDS,
    });
    return { id, method: 'PUT', url, headers, partSize: null, parts: [], needsCompletion: true, expiresAt };
  }
  const partSize = Math.max(limits.multipartPartBytes, MIN_PART_BYTES, Math.ceil(input.size / MAX_PARTS));
  const count = Math.ceil(input.size / partSize);
  const parts = await Promise.all(
    Array.from({ length: count }, async (_, index) => ({
      partNumber: index + 1,
      url: await direct.presignPart(key, uploadId, index + 1, UPLOAD_TTL_SECONDS),
    })),
  );
  return {
    id,
    method: 'MULTIPART',
    url: null,
    headers: [],
    partSize,
    parts,
    needsCompletion: true,
    expiresAt,
  };
}

/**
 * Receives an upload's bytes through the API (local store): streamed to the store while counted, hashed
 * and, for images, sniffed. Over the limit, not an image, or not the declared size: refused, and the
 * store keeps nothing (the driver writes aside and renames only a whole upload).
 */
export async function receiveUpload(
  ctx: ServiceContext,
  input: { uploadId: string; body: Readable; contentLength: number | null },
): Promise<CompletedUploadModel> {
  requireCreator(ctx, 'catalog:write');
  const upload = await findOpenUpload(ctx, input.uploadId);
  if (upload.completed_at) throw new AppError('CONFLICT', 'This upload has already been received.');
  const limits = uploadLimits(ctx);
  const max = upload.kind === 'preview' ? limits.maxImageBytes : limits.maxFileBytes;
  if (input.contentLength !== null && input.contentLength > max)
    throw refuse('too_large', `The upload is larger than ${max} bytes.`);

  const tooLarge = () => refuse('too_large', `The upload is larger than ${max} bytes.`);
  const notImage = () => refuse('unsupported_type', `The bytes are not a ${upload.content_type} image.`);
  // Pulled by the store as it writes, so a refusal stops the write; the request itself stays open for
  // the answer (destroyOnReturn: false).
  async function* guarded(body: Readable): AsyncGenerator<Buffer> {
    let seen = 0;
    let head = Buffer.alloc(0);
    for await (const chunk of body.iterator({ destroyOnReturn: false }) as AsyncIterable<Buffer>) {
      seen += chunk.length;
      if (seen > max) throw tooLarge();
      if (upload.kind === 'preview' && head.length < SNIFF_BYTES) {
        head = Buffer.concat([head, chunk]).subarray(0, SNIFF_BYTES);
        if (head.length >= SNIFF_BYTES && sniffImageType(head) !== upload.content_type) throw notImage();
      }
      yield chunk;
    }
    if (upload.kind === 'preview' && head.length < SNIFF_BYTES) throw notImage();
  }
  const written = await ctx.services.storage.put(
    upload.storage_key,
    Readable.from(guarded(input.body), { objectMode: false }),
    {
      contentType: upload.content_type,
    },
  );
  if (written.size !== Number(upload.declared_size)) {
    await ctx.services.storage.delete(upload.storage_key);
    throw refuse(
      'size_mismatch',
      `Received ${written.size} bytes, not the ${upload.declared_size} declared.`,
    );
  }
  await markCompleted(ctx, upload.id, written.size, written.sha256);
  return { id: upload.id, ...written };
}

/** Checks a direct (S3) upload arrived whole and records its size and SHA-256. */
export async function completeUpload(
  ctx: ServiceContext,
  input: { uploadId: string; parts?: UploadedPart[] | null },
): Promise<CompletedUploadModel> {
  requireCreator(ctx, 'catalog:write');
  const upload = await findOpenUpload(ctx, input.uploadId);
  if (upload.completed_at)
    return { id: upload.id, size: Number(upload.size_bytes), sha256: upload.sha256 ?? '' };
  const direct = ctx.services.storage.directUploads;
  if (!direct) throw badInput('Send the bytes with PUT to the upload URL first.', 'uploadId');
  const { storage } = ctx.services;
  if (upload.multipart_upload_id) {
    const parts = input.parts ?? [];
    const valid =
      parts.length > 0 &&
      parts.length <= MAX_PARTS &&
      parts.every(
        (part) => Number.isInteger(part.partNumber) && part.partNumber >= 1 && part.etag.length > 0,
      );
    if (!valid) throw badInput('parts must list every part with its number and ETag.', 'parts');
    try {
      await direct.completeMultipart(upload.storage_key, upload.multipart_upload_id, parts);
    } catch (error) {
      ctx.log.warn({ err: error, uploadId: upload.id }, 'multipart upload did not complete');
      throw badInput('The store could not join the parts; upload every part and send their ETags.', 'parts');
    }
  }
  const size = await direct.size(upload.storage_key);
  if (size === null) throw badInput('Nothing has arrived for this upload yet.', 'uploadId');
  if (size !== Number(upload.declared_size)) {
    await storage.delete(upload.storage_key);
    throw refuse(
      'size_mismatch',
      `Received ${size} bytes, not the ${upload.declared_size} declared.`,
      'uploadId',
    );
  }
  // The store's ETag is no content hash for multipart objects, so the bytes are read back once.
  const hash = createHash('sha256');
  let head = Buffer.alloc(0);
  for await (const chunk of await storage.get(upload.storage_key)) {
    hash.update(chunk as Buffer);
    if (head.length < SNIFF_BYTES) head = Buffer.concat([head, chunk as Buffer]).subarray(0, SNIFF_BYTES);
  }
  if (upload.kind === 'preview' && sniffImageType(head) !== upload.content_type) {
    await storage.delete(upload.storage_key);
    throw refuse('unsupported_type', `The bytes are not a ${upload.content_type} image.`, 'uploadId');
  }
  const sha256 = hash.digest('hex');
  await markCompleted(ctx, upload.id, size, sha256);
  return { id: upload.id, size, sha256 };
}

/** Adds a completed file upload as the product's last file. */
export async function addProductFile(
  ctx: ServiceContext,
  input: { productId: string; uploadId: string },
): Promise<ProductModel> {
  requireCreator(ctx, 'catalog:write');
  await withTransaction(ctx, async (tx) => {
    const upload = await takeUpload(tx, input.uploadId, 'file', input.productId);
    tx.em.create(ProductFile, {
      product: input.productId,
      name: upload.name,
      sizeBytes: Number(upload.size_bytes),
      contentType: upload.content_type,
      sha256: upload.sha256!,
      storageKey: upload.storage_key,
      position: await nextPosition(tx, 'product_file', input.productId),
    });
    await tx.em.flush();
  });
  return requireProductModel(ctx, input.productId);
}

/**
 * Stores a completed upload as the next version of a file. The row keeps its id, so download pages and
 * links already handed out serve the new version. With notifyBuyers, each buyer whose access still works
 * gets one update email (queued in this transaction, sent after it commits).
 */
export async function replaceProductFile(
  ctx: ServiceContext,
  input: { fileId: string; uploadId: string; notifyBuyers: boolean },
): Promise<ProductModel> {
  requireCreator(ctx, 'catalog:write');
  const file = isUuid(input.fileId)
    ? await ctx.em.findOne(ProductFile, { id: input.fileId }, { populate: ['product'] })
    : null;
  if (!file) throw notFound('There is no file with this id.');
  const productId = file.product.id;
  const oldKey = await withTransaction(ctx, async (tx) => {
    const upload = await takeUpload(tx, input.uploadId, 'file', productId);
    const [row] = await tx.em.getConnection().execute<Array<{ old_key: string; version: number }>>(
      `update product_file f set storage_key = ?, name = ?, size_bytes = ?, content_type = ?, sha256 = ?,
         version = f.version + 1, updated_at = now()
       from (select storage_key as old_key from product_file where id = ? for update) old
       where f.id = ? returning old.old_key, f.version`,
      [
        upload.storage_key,
        upload.name,
        upload.size_bytes,
        upload.content_type,
        upload.sha256,
        file.id,
        file.id,
      ],
      'all',
      tx.em.getTransactionContext(),
    );
    if (!row) throw notFound('There is no file with this id.');
    if (input.notifyBuyers)
      await notifyBuyers(tx, {
        productId,
        productName: file.product.name,
        fileName: upload.name,
        fileId: file.id,
        version: row.version,
      });
    return row.old_key;
  });
  await deleteQuietly(ctx, oldKey);
  return requireProductModel(ctx, productId);
}

/** Removes a file from the product, then its bytes from the store. */
export async function removeProductFile(ctx: ServiceContext, fileId: string): Promise<ProductModel> {
  requireCreator(ctx, 'catalog:write');
  const [row] = isUuid(fileId)
    ? await ctx.em
        .getConnection()
        .execute<Array<{ product_id: string; storage_key: string }>>(
          'delete from product_file where id = ? returning product_id, storage_key',
          [fileId],
          'all',
          ctx.em.getTransactionContext(),
        )
    : [];
  if (!row) throw notFound('There is no file with this id.');
  await deleteQuietly(ctx, row.storage_key);
  return requireProductModel(ctx, row.product_id);
}

/** Adds a completed image upload as the product's last preview image. */
export async function addPreviewImage(
  ctx: ServiceContext,
  input: { productId: string; uploadId: string; alt?: string | null },
): Promise<ProductModel> {
  requireCreator(ctx, 'catalog:write');
  const alt = (input.alt ?? '').trim();
  if (alt.length > 300) throw badInput('alt is at most 300 characters.', 'alt');
  await withTransaction(ctx, async (tx) => {
    const upload = await takeUpload(tx, input.uploadId, 'preview', input.productId);
    tx.em.create(ProductImage, {
      product: input.productId,
      storageKey: upload.storage_key,
      contentType: upload.content_type,
      alt,
      position: await nextPosition(tx, 'product_image', input.productId),
    });
    await tx.em.flush();
  });
  return requireProductModel(ctx, input.productId);
}

/** Puts the product's preview images in the given order; `ids` must be exactly its images. */
export async function reorderPreviewImages(
  ctx: ServiceContext,
  input: { productId: string; ids: string[] },
): Promise<ProductModel> {
  requireCreator(ctx, 'catalog:write');
  if (!isUuid(input.productId)) throw notFound('There is no product with this id.');
  if (!input.ids.every((id) => isUuid(id)) || new Set(input.ids).size !== input.ids.length)
    throw badInput('ids must be distinct image ids.', 'ids');
  await withTransaction(ctx, async (tx) => {
    const connection = tx.em.getConnection();
    const trx = tx.em.getTransactionContext();
    const current = await connection.execute<Array<{ id: string }>>(
      'select id from product_image where product_id = ? for update',
      [input.productId],
      'all',
      trx,
    );
    const known = new Set(current.map((row) => row.id));
    if (current.length !== input.ids.length || !input.ids.every((id) => known.has(id)))
      throw badInput("ids must list each of the product's preview images once.", 'ids');
    if (input.ids.length === 0) return;
    // One statement for the whole order; the ids were checked to be UUIDs, so the literal is safe.
    await connection.execute(
      `update product_image set position = array_position(?::uuid[], id) - 1 where product_id = ?`,
      [`{${input.ids.join(',')}}`, input.productId],
      'run',
      trx,
    );
  });
  return requireProductModel(ctx, input.productId);
}

/** Removes a preview image, then its bytes from the store. */
export async function removePreviewImage(ctx: ServiceContext, imageId: string): Promise<ProductModel> {
  requireCreator(ctx, 'catalog:write');
  const [row] = isUuid(imageId)
    ? await ctx.em
        .getConnection()
        .execute<Array<{ product_id: string; storage_key: string }>>(
          'delete from product_image where id = ? returning product_id, storage_key',
          [imageId],
          'all',
          ctx.em.getTransactionContext(),
        )
    : [];
  if (!row) throw notFound('There is no preview image with this id.');
  // Seeded images live under media/previews and may be shared; only uploaded ones are this image's own.
  if (row.storage_key.startsWith('media/products/')) await deleteQuietly(ctx, row.storage_key);
  return requireProductModel(ctx, row.product_id);
}

async function productExists(ctx: ServiceContext, id: string): Promise<boolean> {
  const [row] = await ctx.em
    .getConnection()
    .execute<Array<{ found: boolean }>>('select exists (select 1 from product where id = ?) as found', [id]);
  return row?.found === true;
}

async function requireProductModel(ctx: ServiceContext, id: string): Promise<ProductModel> {
  const product = await loadProductModel(ctx, id);
  if (!product) throw notFound('There is no product with this id.');
  return product;
}

async function findOpenUpload(ctx: ServiceContext, id: string): Promise<UploadRow> {
  const [row] = isUuid(id)
    ? await ctx.em
        .getConnection()
        .execute<UploadRow[]>(
          'select *, expires_at <= now() as expired from product_upload where id = ?',
          [id],
          'all',
          ctx.em.getTransactionContext(),
        )
    : [];
  if (!row || row.expired) throw notFound('There is no open upload with this id.');
  return row;
}

async function markCompleted(ctx: ServiceContext, id: string, size: number, sha256: string): Promise<void> {
  await ctx.em
    .getConnection()
    .execute(
      'update product_upload set completed_at = now(), size_bytes = ?, sha256 = ? where id = ? and completed_at is null',
      [size, sha256, id],
      'run',
      ctx.em.getTransactionContext(),
    );
}

/** Claims a completed upload of the product for one use: the row is deleted in the caller's transaction. */
async function takeUpload(
  ctx: ServiceContext,
  uploadId: string,
  kind: UploadKind,
  productId: string,
): Promise<UploadRow> {
  if (!isUuid(productId)) throw notFound('There is no product with this id.');
  const [row] = isUuid(uploadId)
    ? await ctx.em.getConnection().execute<UploadRow[]>(
        `delete from product_upload where id = ? and product_id = ? and kind = ? and completed_at is not null
           returning *, false as expired`,
        [uploadId, productId, kind],
        'all',
        ctx.em.getTransactionContext(),
      )
    : [];
  if (!row)
    throw badInput(
      `uploadId must be a completed ${kind === 'file' ? 'FILE' : 'PREVIEW'} upload of this product.`,
      'uploadId',
    );
  return row;
}

async function nextPosition(ctx: ServiceContext, table: 'product_file' | 'product_image', productId: string) {
  // Lock the product row so two additions at once do not take the same position.
  const [row] = await ctx.em.getConnection().execute<Array<{ next: number }>>(
    `select coalesce((select max(position) + 1 from ${table} where product_id = p.id), 0) as next
     from product p where p.id = ? for update`,
    [productId],
    'all',
    ctx.em.getTransactionContext(),
  );
  if (!row) throw notFound('There is no product with this id.');
  return Number(row.next);
}

/**
 * Forgets a few uploads that were never used before they expired, with their bytes (or the store's
 * unfinished multipart upload). Done a few at a time as new uploads start, so nothing piles up.
 */
async function sweepExpiredUploads(ctx: ServiceContext): Promise<void> {
  const expired = await ctx.em
    .getConnection()
    .execute<Array<{ storage_key: string; multipart_upload_id: string | null }>>(
      `delete from product_upload where id in (
       select id from product_upload where expires_at < now() order by expires_at limit 20 for update skip locked)
     returning storage_key, multipart_upload_id`,
      [],
      'all',
      ctx.em.getTransactionContext(),
    );
  const direct = ctx.services.storage.directUploads;
  for (const upload of expired) {
    if (upload.multipart_upload_id && direct) {
      await direct
        .abortMultipart(upload.storage_key, upload.multipart_upload_id)
        .catch((error: unknown) =>
          ctx.log.warn({ err: error }, 'could not abort an expired multipart upload'),
        );
    }
    await deleteQuietly(ctx, upload.storage_key);
  }
}

async function deleteQuietly(ctx: ServiceContext, key: string): Promise<void> {
  await ctx.services.storage
    .delete(key)
    .catch((error: unknown) => ctx.log.warn({ err: error, key }, 'could not delete a stored object'));
}

/** One "update available" email per order whose download link still works. */
async function notifyBuyers(
  ctx: ServiceContext,
  update: { productId: string; productName: string; fileName: string; fileId: string; version: number },
): Promise<void> {
  const buyers = await ctx.em
    .getConnection()
    .execute<Array<{ order_id: string; email: string | null; name: string | null }>>(
      `select o.id as order_id, coalesce(c.email, o.email) as email, c.name
     from download_grant g
     join shop_order o on o.id = g.order_id
     left join customer c on c.id = o.customer_id
     where g.product_id = ? and g.revoked_at is null and (g.expires_at is null or g.expires_at > now())
       and (g.download_limit is null or g.download_count < g.download_limit)
       and o.status in ${ORDER_KEEPS_ACCESS_SQL}`,
      [update.productId],
      'all',
      ctx.em.getTransactionContext(),
    );
  if (buyers.length === 0) return;
  const settings = await readStoreSettings(ctx);
  for (const buyer of buyers) {
    if (!buyer.email) continue;
    const page = [...(await listDownloadPages(ctx, buyer.order_id)).values()][0];
    if (!page) continue;
    const email = renderProductUpdateEmail({
      storeName: settings.storeName,
      customerName: buyer.name,
      productName: update.productName,
      fileName: update.fileName,
      version: update.version,
      downloadPageUrl: page.pageUrl,
      supportEmail: settings.supportEmail ?? undefined,
    });
    await queueEmail(ctx, {
      to: buyer.email,
      template: 'product-update',
      subject: email.subject,
      html: email.html,
      text: email.text,
      idempotencyKey: `product-update:${update.fileId}:${update.version}:${buyer.order_id}`,
      orderId: buyer.order_id,
    });
  }
}
