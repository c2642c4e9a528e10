// What S3 keeps next to an object and a plain file cannot: its content type, stored as a small
// JSON file so downloads are served with the type given at upload.
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { isValidContentType } from './content-type.ts';
import { createTempPath, resolveMetadataPath } from './local-object-paths.ts';

export type LocalObjectMetadata = { contentType: string };

export async function writeObjectMetadata(rootDir: string, key: string, metadata: LocalObjectMetadata) {
  const metadataPath = resolveMetadataPath(rootDir, key);
  const tempPath = createTempPath(rootDir);
  try {
    await writeFile(tempPath, JSON.stringify(metadata), { flag: 'wx' });
    await mkdir(dirname(metadataPath), { recursive: true });
    await rename(tempPath, metadataPath);
  } finally {
    await rm(tempPath, { force: true });
  }
}

/** Null when the metadata is missing or unreadable: the object is then served as plain bytes. */
export async function readObjectMetadata(rootDir: string, key: string): Promise<LocalObjectMetadata | null> {
  try {
    const parsed: unknown = JSON.parse(await readFile(resolveMetadataPath(rootDir, key), 'utf8'));
    const contentType = (parsed as { contentType?: unknown } | null)?.contentType;
    return isValidContentType(contentType) ? { contentType } : null;
  } catch {
    return null;
  }
}

export async function deleteObjectMetadata(rootDir: string, key: string): Promise<void> {
  await rm(resolveMetadataPath(rootDir, key), { force: true });
}
