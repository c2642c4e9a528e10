// A stream of unknown length cannot be sent as one PutObject (S3 wants the length up front), and
// holding a course video in memory is not an option, so streamed uploads go through a temp file.
import { mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import type { PutObjectResult } from './storage-driver.ts';
import { writeBodyToFile } from './write-body.ts';

export async function withSpooledFile<T>(
  body: Readable,
  tmpDir: string,
  use: (filePath: string, written: PutObjectResult) => Promise<T>,
): Promise<T> {
  const dir = await mkdtemp(join(tmpDir, 'shelf-upload-'));
  try {
    const filePath = join(dir, 'body');
    return await use(filePath, await writeBodyToFile(body, filePath));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
