// Opening a stored file for reading, with "not there" (including a directory where a file was
// expected) told apart from real I/O failures.
import { type FileHandle, open } from 'node:fs/promises';
import { resolveObjectPath } from './local-object-paths.ts';

export type OpenLocalObject = { handle: FileHandle; size: number };

const MISSING_CODES = new Set(['ENOENT', 'ENOTDIR', 'EISDIR']);

export async function openLocalObject(rootDir: string, key: string): Promise<OpenLocalObject | null> {
  let handle: FileHandle;
  try {
    handle = await open(resolveObjectPath(rootDir, key), 'r');
  } catch (error) {
    if (MISSING_CODES.has((error as NodeJS.ErrnoException).code ?? '')) return null;
    throw error;
  }
  // Stat the handle, not the path, so size and content come from the same file even if the key
  // is overwritten in between.
  const stats = await handle.stat();
  if (!stats.isFile()) {
    await handle.close();
    return null;
  }
  return { handle, size: stats.size };
}
