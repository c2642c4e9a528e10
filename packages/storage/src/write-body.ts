// Writing an upload to disk while measuring it, so size and sha256 describe the bytes that were
// stored rather than what the caller believed it sent.
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import type { PutObjectResult, StorageBody } from './storage-driver.ts';

export function digestBytes(bytes: Uint8Array): PutObjectResult {
  return { size: bytes.byteLength, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** Writes to a new file (never over an existing one) and returns what was written. */
export async function writeBodyToFile(body: StorageBody, filePath: string): Promise<PutObjectResult> {
  if (body instanceof Uint8Array) {
    await writeFile(filePath, body, { flag: 'wx' });
    return digestBytes(body);
  }
  const hash = createHash('sha256');
  let size = 0;
  const file = createWriteStream(filePath, { flags: 'wx' });
  try {
    await pipeline(
      body,
      async function* measure(source: AsyncIterable<Buffer | string>) {
        for await (const chunk of source) {
          const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
          hash.update(bytes);
          size += bytes.byteLength;
          yield bytes;
        }
      },
      file,
    );
  } catch (error) {
    // The pipeline rejects as soon as the body fails, possibly before the file is even opened: wait
    // until it is closed, so a caller that removes it does not race its creation.
    if (!file.closed) await new Promise<void>((resolve) => file.once('close', () => resolve()));
    throw error;
  }
  return { size, sha256: hash.digest('hex') };
}
