import { availableParallelism } from 'node:os';

/**
 * WEB_CONCURRENCY as the API's configuration (@shelf/config) reads it: 1 to 64 processes, or `auto` for
 * one per core. Unset means one process.
 */
export function readConcurrency(raw: string | undefined): number {
  const value = raw?.trim().toLowerCase() || '1';
  if (value === 'auto') return availableParallelism();
  if (!/^[1-9]\d?$/.test(value) || Number(value) > 64) {
    throw new Error(
      `Invalid configuration: WEB_CONCURRENCY must be a number of processes (1-64) or auto, got "${raw}"`,
    );
  }
  return Number(value);
}
