// Product uploads with the S3 store (an s3rver stand-in): the browser's part, done here with plain HTTP
// PUTs to the presigned URLs createUpload hands out, one request for a small file and a multipart upload
// for a big one; completeUpload checks what arrived before the file becomes part of the product.
import { createHash, randomUUID } from 'node:crypto';
import { type S3StandIn, startS3StandIn } from '@shelf/test-utils/s3-stand-in';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './harness.ts';

const bucket = 'shelf-uploads';
const MIB = 1024 * 1024;
let s3: S3StandIn;
let api: TestApi;
let auth: Record<string, string>;
let productId: string;

const CREATE_UPLOAD = `mutation($input: CreateUploadInput!) { createUpload(input: $input) {
  id method url headers { name value } partSize parts { partNumber url } needsCompletion } }`;
const COMPLETE = `mutation($uploadId: ID!, $parts: [CompletedPartInput!]) {
  completeUpload(uploadId: $uploadId, parts: $parts) { id size sha256 } }`;
const ADD = `mutation($productId: ID!, $uploadId: ID!) { addProductFile(productId: $productId, uploadId: $uploadId) {
  files { id name size sha256 } } }`;

beforeAll(async () => {
  s3 = await startS3StandIn([bucket]);
  api = await startTestApi({
    STORAGE_DRIVER: 's3',
    S3_BUCKET: bucket,
    S3_ENDPOINT: s3.endpoint,
    S3_FORCE_PATH_STYLE: 'true',
    S3_ACCESS_KEY_ID: 'S3RVER',
    S3_SECRET_ACCESS_KEY: 'S3RVER',
    SEED_DEMO: 'false',
    RUN_WORKER: 'false',
  });
  const { data } = await api.graphql<{ login: { token: string } }>(
    'mutation { login(email: "owner@example.com", password: "correct horse battery staple") { token } }',
  );
  auth = { authorization: `Bearer ${data!.login.token}` };
  const created = await api.graphql<any>(
    'mutation($input: CreateProductInput!) { createProduct(input: $input) { id } }',
    {
      input: {
        name: 'Course',
        slug: `course-${randomUUID().slice(0, 8)}`,
        price: { amount: 9900, currency: 'usd' },
      },
    },
    auth,
  );
  productId = created.data.createProduct.id;
});

afterAll(async () => {
  await api?.close();
  await s3?.close();
});

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('uploads to S3', () => {
  it('takes a small file with one presigned PUT and refuses to complete before it arrived', async () => {
    const bytes = Buffer.from('lesson one, transcript');
    const created = await api.graphql<any>(
      CREATE_UPLOAD,
      {
        input: {
          productId,
          name: 'lesson-1.txt',
          size: bytes.length,
          contentType: 'text/plain',
          kind: 'FILE',
        },
      },
      auth,
    );
    expect(created.errors).toBeUndefined();
    const upload = created.data.createUpload;
    expect(upload).toMatchObject({ method: 'PUT', needsCompletion: true, parts: [] });
    const early = await api.graphql<any>(COMPLETE, { uploadId: upload.id }, auth);
    expect(early.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'uploadId' });

    const put = await fetch(upload.url, {
      method: 'PUT',
      headers: { 'content-type': 'text/plain' },
      body: bytes,
    });
    expect(put.status).toBe(200);
    const completed = await api.graphql<any>(COMPLETE, { uploadId: upload.id }, auth);
    expect(completed.data.completeUpload).toMatchObject({ size: bytes.length, sha256: sha256(bytes) });
    const added = await api.graphql<any>(ADD, { productId, uploadId: upload.id }, auth);
    expect(added.data.addProductFile.files.at(-1)).toMatchObject({
      name: 'lesson-1.txt',
      sha256: sha256(bytes),
    });
  });

  it('takes a big file as a multipart upload with presigned part URLs', async () => {
    const config = api.services.config.storage;
    config.uploads = { multipartThresholdBytes: 6 * MIB, multipartPartBytes: 5 * MIB };
    try {
      const bytes = Buffer.alloc(12 * MIB);
      for (let i = 0; i < bytes.length; i += 4096) bytes.writeUInt32BE(i, i);
      const created = await api.graphql<any>(
        CREATE_UPLOAD,
        {
          input: {
            productId,
            name: 'lesson-2.mp4',
            size: bytes.length,
            contentType: 'video/mp4',
            kind: 'FILE',
          },
        },
        auth,
      );
      expect(created.errors).toBeUndefined();
      const upload = created.data.createUpload;
      expect(upload).toMatchObject({ method: 'MULTIPART', url: null, partSize: 5 * MIB });
      expect(upload.parts).toHaveLength(3);
      const parts = [];
      for (const part of upload.parts as Array<{ partNumber: number; url: string }>) {
        const slice = bytes.subarray(
          (part.partNumber - 1) * upload.partSize,
          part.partNumber * upload.partSize,
        );
        const put = await fetch(part.url, { method: 'PUT', body: slice });
        expect(put.status).toBe(200);
        parts.push({ partNumber: part.partNumber, etag: put.headers.get('etag')! });
      }
      const completed = await api.graphql<any>(COMPLETE, { uploadId: upload.id, parts }, auth);
      expect(completed.errors).toBeUndefined();
      expect(completed.data.completeUpload).toMatchObject({ size: bytes.length, sha256: sha256(bytes) });
      const added = await api.graphql<any>(ADD, { productId, uploadId: upload.id }, auth);
      expect(added.data.addProductFile.files.at(-1)).toMatchObject({
        name: 'lesson-2.mp4',
        size: bytes.length,
      });
    } finally {
      config.uploads = undefined;
    }
  });

  it('refuses a preview whose bytes are not the declared image and removes them', async () => {
    const bytes = Buffer.from('GIF89a but not really, this is text pretending');
    const created = await api.graphql<any>(
      CREATE_UPLOAD,
      {
        input: {
          productId,
          name: 'cover.png',
          size: bytes.length,
          contentType: 'image/png',
          kind: 'PREVIEW',
        },
      },
      auth,
    );
    const upload = created.data.createUpload;
    await fetch(upload.url, { method: 'PUT', headers: { 'content-type': 'image/png' }, body: bytes });
    const completed = await api.graphql<any>(COMPLETE, { uploadId: upload.id }, auth);
    expect(completed.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'unsupported_type',
    });
    const again = await api.graphql<any>(COMPLETE, { uploadId: upload.id }, auth);
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'uploadId' });
  });
});
