// Product files and preview images through the API with the local file store: uploads streamed to disk
// and measured, refused over the size limit (413, nothing kept), images checked by their bytes, path-like
// names refused, and a replaced file served by a buyer's existing download link, with update emails.
import { createHash, randomUUID } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import { request } from 'node:http';
import { join } from 'node:path';
import { Product } from '@shelf/db/catalog';
import { Email } from '@shelf/db/messaging';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { grantDownloads } from './download-fixtures.ts';
import { startTestApi, type TestApi } from './harness.ts';

let api: TestApi;
let auth: Record<string, string>;
let productId: string;

const PNG = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  Buffer.from('0000000d49484452', 'hex'),
  Buffer.alloc(32, 1),
]);
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

beforeAll(async () => {
  api = await startTestApi({ PAYMENTS: 'test', EMAIL: 'outbox' });
  const { data } = await api.graphql<{ login: { token: string } }>(
    'mutation { login(email: "owner@example.com", password: "correct horse battery staple") { token } }',
  );
  auth = { authorization: `Bearer ${data!.login.token}` };
  const created = await api.graphql<any>(
    'mutation($input: CreateProductInput!) { createProduct(input: $input) { id } }',
    {
      input: {
        name: 'Brushes',
        slug: `brushes-${randomUUID().slice(0, 8)}`,
        price: { amount: 900, currency: 'usd' },
        status: 'PUBLISHED',
      },
    },
    auth,
  );
  productId = created.data.createProduct.id;
});
afterAll(() => api.close());

function upload(
  body: Buffer,
  options: { kind?: string; name?: string; type?: string; headers?: Record<string, string> } = {},
) {
  return fetch(`${api.url}/products/${productId}/uploads?kind=${options.kind ?? 'file'}`, {
    method: 'POST',
    headers: {
      ...(options.headers ?? auth),
      'content-type': options.type ?? 'application/zip',
      'x-file-name': encodeURIComponent(options.name ?? 'brushes.zip'),
    },
    body,
  });
}

async function storedObjects(): Promise<string[]> {
  const root = api.services.config.storage.driver === 'local' ? api.services.config.storage.rootDir : '';
  const walk = async (dir: string): Promise<string[]> => {
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    const nested = await Promise.all(
      entries.map((entry) =>
        entry.isDirectory() ? walk(join(dir, entry.name)) : Promise.resolve([join(dir, entry.name)]),
      ),
    );
    return nested.flat();
  };
  return (await walk(join(root, 'products'))).concat(
    await walk(join(root, 'media', 'products')),
    await walk(join(root, '.tmp')),
  );
}

async function download(token: string, fileId: string): Promise<Buffer> {
  const taken = await fetch(`${api.url}/download/${token}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ file: fileId }),
    redirect: 'manual',
  });
  expect(taken.status).toBe(303);
  const file = await fetch(taken.headers.get('location')!);
  expect(file.status).toBe(200);
  return Buffer.from(await file.arrayBuffer());
}

const MUTATE_FILE = `id files { id name size version sha256 } previewImages { id url alt }`;

describe('uploads', () => {
  it('stores a file measured while streaming, then a buyer downloads it; a replacement reaches the same link', async () => {
    const first = Buffer.from('version one of the brushes');
    const answer = await upload(first);
    expect(answer.status).toBe(201);
    const received = (await answer.json()) as { id: string; size: number; sha256: string };
    expect(received).toMatchObject({ size: first.length, sha256: sha256(first) });

    const added = await api.graphql<any>(
      `mutation($productId: ID!, $uploadId: ID!) { addProductFile(productId: $productId, uploadId: $uploadId) { ${MUTATE_FILE} } }`,
      { productId, uploadId: received.id },
      auth,
    );
    expect(added.errors).toBeUndefined();
    const [file] = added.data.addProductFile.files;
    expect(file).toMatchObject({
      name: 'brushes.zip',
      size: first.length,
      version: 1,
      sha256: sha256(first),
    });
    // An upload is used once.
    const again = await api.graphql<any>(
      'mutation($productId: ID!, $uploadId: ID!) { addProductFile(productId: $productId, uploadId: $uploadId) { id } }',
      { productId, uploadId: received.id },
      auth,
    );
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'uploadId' });

    const product = await api.em().findOneOrFail(Product, { id: productId });
    const { token } = await grantDownloads(api, product);
    expect((await download(token, file.id)).toString()).toBe(first.toString());

    const second = Buffer.from('version two, with more brushes');
    const replacement = (await (await upload(second, { name: 'brushes-v2.zip' })).json()) as { id: string };
    const replaced = await api.graphql<any>(
      `mutation($fileId: ID!, $uploadId: ID!) { replaceProductFile(fileId: $fileId, uploadId: $uploadId, notifyBuyers: true) { ${MUTATE_FILE} } }`,
      { fileId: file.id, uploadId: replacement.id },
      auth,
    );
    expect(replaced.errors).toBeUndefined();
    expect(replaced.data.replaceProductFile.files).toEqual([
      expect.objectContaining({ id: file.id, name: 'brushes-v2.zip', version: 2, sha256: sha256(second) }),
    ]);
    expect((await download(token, file.id)).toString()).toBe(second.toString());
    const emails = await api.em().find(Email, { template: 'product-update' });
    expect(emails).toHaveLength(1);
    expect(emails[0]!.to).toBe('buyer@example.com');
    expect(emails[0]!.text).toContain(`/download/${token}`);
    // The first version's bytes are gone from the store.
    expect((await storedObjects()).filter((path) => path.endsWith(received.id))).toEqual([]);

    const removed = await api.graphql<any>(
      `mutation($fileId: ID!) { removeProductFile(fileId: $fileId) { ${MUTATE_FILE} } }`,
      { fileId: file.id },
      auth,
    );
    expect(removed.data.removeProductFile.files).toEqual([]);
  });

  it('refuses an oversized upload with 413 and keeps nothing', async () => {
    const before = await storedObjects();
    const config = api.services.config.storage;
    config.uploads = { maxFileBytes: 1024 };
    try {
      const declared = await upload(Buffer.alloc(4096, 7));
      expect(declared.status).toBe(413);
      expect(((await declared.json()) as any).error).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'too_large',
      });

      // A body larger than it said: refused while streaming.
      const upload2 = await api.graphql<any>(
        'mutation($input: CreateUploadInput!) { createUpload(input: $input) { id url needsCompletion } }',
        {
          input: {
            productId,
            name: 'small.bin',
            size: 1000,
            contentType: 'application/octet-stream',
            kind: 'FILE',
          },
        },
        auth,
      );
      expect(upload2.data.createUpload.needsCompletion).toBe(false);
      const status = await new Promise<number>((resolve, reject) => {
        const req = request(upload2.data.createUpload.url, {
          method: 'PUT',
          headers: { ...auth, 'content-type': 'application/octet-stream', 'transfer-encoding': 'chunked' },
        });
        req.on('response', (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', reject);
        req.write(Buffer.alloc(800));
        setTimeout(() => req.end(Buffer.alloc(800)), 50);
      });
      expect(status).toBe(413);
    } finally {
      config.uploads = undefined;
    }
    expect(await storedObjects()).toEqual(before);
  });

  it('takes a preview image only when its bytes are an image, and reorders and removes images', async () => {
    const notImage = await upload(Buffer.from('<svg onload="alert(1)"></svg> padding'), {
      kind: 'preview',
      type: 'image/png',
      name: 'cover.png',
    });
    expect(notImage.status).toBe(415);
    const svg = await upload(Buffer.from('<svg/>'), {
      kind: 'preview',
      type: 'image/svg+xml',
      name: 'x.svg',
    });
    expect(svg.status).toBe(415);

    const ids: string[] = [];
    for (const alt of ['first', 'second']) {
      const stored = (await (
        await upload(PNG, { kind: 'preview', type: 'image/png', name: `${alt}.png` })
      ).json()) as {
        id: string;
      };
      const added = await api.graphql<any>(
        `mutation($productId: ID!, $uploadId: ID!, $alt: String) { addPreviewImage(productId: $productId, uploadId: $uploadId, alt: $alt) { ${MUTATE_FILE} } }`,
        { productId, uploadId: stored.id, alt },
        auth,
      );
      expect(added.errors).toBeUndefined();
      ids.push(added.data.addPreviewImage.previewImages.at(-1).id);
    }
    const image = await fetch(
      (
        await api.graphql<any>(
          `query($id: ID!) { adminProduct(id: $id) { previewImages { url } } }`,
          { id: productId },
          auth,
        )
      ).data.adminProduct.previewImages[0].url,
    );
    expect(image.headers.get('content-type')).toBe('image/png');

    const reordered = await api.graphql<any>(
      `mutation($productId: ID!, $ids: [ID!]!) { reorderPreviewImages(productId: $productId, ids: $ids) { ${MUTATE_FILE} } }`,
      { productId, ids: [...ids].reverse() },
      auth,
    );
    expect(reordered.data.reorderPreviewImages.previewImages.map((i: { alt: string }) => i.alt)).toEqual([
      'second',
      'first',
    ]);
    const partial = await api.graphql<any>(
      'mutation($productId: ID!, $ids: [ID!]!) { reorderPreviewImages(productId: $productId, ids: $ids) { id } }',
      { productId, ids: [ids[0]] },
      auth,
    );
    expect(partial.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids' });
    const removed = await api.graphql<any>(
      `mutation($imageId: ID!) { removePreviewImage(imageId: $imageId) { ${MUTATE_FILE} } }`,
      { imageId: ids[0] },
      auth,
    );
    expect(removed.data.removePreviewImage.previewImages.map((i: { alt: string }) => i.alt)).toEqual([
      'second',
    ]);
  });

  it('forgets unused uploads once they expired, with their bytes', async () => {
    const stored = (await (await upload(Buffer.from('never attached'))).json()) as { id: string };
    expect((await storedObjects()).some((path) => path.endsWith(stored.id))).toBe(true);
    await api
      .em()
      .getConnection()
      .execute(`update product_upload set expires_at = now() - interval '1 minute' where id = ?`, [
        stored.id,
      ]);
    expect((await upload(Buffer.from('a new one'))).status).toBe(201);
    expect((await storedObjects()).some((path) => path.endsWith(stored.id))).toBe(false);
    const [row] = await api
      .em()
      .getConnection()
      .execute('select count(*)::int as count from product_upload where id = ?', [stored.id]);
    expect(row?.count).toBe(0);
  });

  it.each(['../etc/passwd', 'dir/file.zip', 'C:\\evil.zip', '..', 'tab\there.zip', '.hidden'])(
    'refuses the path-like name %j with 400',
    async (name) => {
      const answer = await upload(Buffer.from('x'), { name });
      expect(answer.status).toBe(400);
      expect(((await answer.json()) as any).error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    },
  );

  it('refuses anonymous uploads and API keys without catalog:write', async () => {
    const anonymous = await upload(Buffer.from('x'), { headers: {} });
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as any).error.code).toBe('UNAUTHENTICATED');
  });
});
