// Constant-time string comparison for secrets.
import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * timingSafeEqual throws on inputs of different lengths and returns early on length, so both
 * sides are hashed to a fixed 32 bytes first: the comparison then leaks neither content nor length.
 */
export function safeEqual(a: string, b: string): boolean {
  if (typeof a !== 'string' || typeof b !== 'string') return false;
  const digestA = createHash('sha256').update(a, 'utf8').digest();
  const digestB = createHash('sha256').update(b, 'utf8').digest();
  return timingSafeEqual(digestA, digestB);
}
