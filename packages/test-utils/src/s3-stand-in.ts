/// <reference path="./s3rver.d.ts" />
// A local S3-compatible server for tests that run the API with STORAGE_DRIVER=s3: s3rver on a free port
// with its own temp directory and the named buckets. It honours presigned-URL expiry and the
// response-* overrides (Content-Disposition), but does not check signatures.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import S3rver from 's3rver';

export const S3_STAND_IN_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

export type S3StandIn = {
  /** e.g. http://127.0.0.1:43123, for S3_ENDPOINT with S3_FORCE_PATH_STYLE=true. */
  endpoint: string;
  close(): Promise<void>;
};

export async function startS3StandIn(buckets: string[]): Promise<S3StandIn> {
  const directory = await mkdtemp(join(tmpdir(), 'shelf-s3-stand-in-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: buckets.map((name) => ({ name })),
  });
  const { port } = await server.run();
  return {
    endpoint: `http://127.0.0.1:${port}`,
    async close() {
      await server.close();
      await rm(directory, { recursive: true, force: true });
    },
  };
}
