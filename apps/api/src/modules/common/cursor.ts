// Opaque cursors for keyset pagination: base64url JSON of the sort key. Malformed cursors are bad input.
import { badInput } from '../../errors.ts';

export function encodeCursor(key: unknown[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor<T extends unknown[]>(
  cursor: string,
  check: (value: unknown[]) => value is T,
): T {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(value) && check(value)) return value;
  } catch {
    // fall through to the error below
  }
  throw badInput('The cursor is not valid; use an endCursor returned by this API.', 'after');
}

export function parsePageSize(first: number | null | undefined, fallback: number, max = 100): number {
  const size = first ?? fallback;
  if (!Number.isInteger(size) || size < 1 || size > max) {
    throw badInput(`first must be between 1 and ${max}.`, 'first');
  }
  return size;
}
