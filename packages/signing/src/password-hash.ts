// Password hashing with scrypt from node:crypto. The parameters travel inside the stored string
// (`scrypt$N$r$p$salt$hash`), so they can be raised later without breaking existing hashes.
import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto';

export type ScryptCost = { N: number; r: number; p: number };

// One of OWASP's equivalent scrypt settings (Password Storage Cheat Sheet: N=2^17 r=8 p=1, or
// N=2^16 r=8 p=2, or N=2^15 r=8 p=3, ...); of those it needs the least memory (32 MiB) per login,
// which matters more to a small server than the CPU time. needsRehash moves stored hashes along.
export const DEFAULT_SCRYPT_COST: ScryptCost = { N: 2 ** 15, r: 8, p: 3 };

const SALT_BYTES = 16;
const HASH_BYTES = 32;
// Bounds for parameters read back from storage, so a corrupted row cannot make a login hang.
const LIMITS = {
  N: 2 ** 20,
  r: 32,
  p: 16,
  memoryBytes: 256 * 1024 * 1024,
  minSaltBytes: 8,
  minHashBytes: 16,
  maxHashBytes: 128,
};
const STORED_FORMAT =
  /^scrypt\$(\d{1,8})\$(\d{1,3})\$(\d{1,3})\$([A-Za-z0-9+/]+={0,2})\$([A-Za-z0-9+/]+={0,2})$/;

export async function hashPassword(
  password: string,
  cost: ScryptCost = DEFAULT_SCRYPT_COST,
): Promise<string> {
  if (typeof password !== 'string') throw new TypeError('password must be a string');
  if (!isAcceptableCost(cost)) throw new RangeError('scrypt cost out of range');
  const salt = randomBytes(SALT_BYTES);
  const hash = await deriveKey(password, salt, HASH_BYTES, cost);
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64'), hash.toString('base64')].join('$');
}

/** False for a wrong password and for a stored value that is not one of our hashes. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  if (typeof password !== 'string' || typeof stored !== 'string') return false;
  const match = STORED_FORMAT.exec(stored);
  if (!match) return false;
  const [, n, r, p, saltB64, hashB64] = match as unknown as [string, string, string, string, string, string];
  const cost = { N: Number(n), r: Number(r), p: Number(p) };
  const salt = Buffer.from(saltB64, 'base64');
  const expected = Buffer.from(hashB64, 'base64');
  if (
    !isAcceptableCost(cost) ||
    salt.length < LIMITS.minSaltBytes ||
    expected.length < LIMITS.minHashBytes ||
    expected.length > LIMITS.maxHashBytes
  ) {
    return false;
  }
  const actual = await deriveKey(password, salt, expected.length, cost);
  return timingSafeEqual(actual, expected);
}

/**
 * True when `stored` was not made with `cost` (or is not one of our hashes): after a successful sign-in
 * the password is hashed again, so raising the cost reaches every account that signs in.
 */
export function needsRehash(stored: string, cost: ScryptCost = DEFAULT_SCRYPT_COST): boolean {
  const match = typeof stored === 'string' ? STORED_FORMAT.exec(stored) : null;
  if (!match) return true;
  return Number(match[1]) !== cost.N || Number(match[2]) !== cost.r || Number(match[3]) !== cost.p;
}

function isAcceptableCost({ N, r, p }: ScryptCost): boolean {
  const isPowerOfTwo = Number.isInteger(N) && N > 1 && (N & (N - 1)) === 0;
  return (
    isPowerOfTwo &&
    N <= LIMITS.N &&
    Number.isInteger(r) &&
    r >= 1 &&
    r <= LIMITS.r &&
    Number.isInteger(p) &&
    p >= 1 &&
    p <= LIMITS.p &&
    128 * N * r <= LIMITS.memoryBytes
  );
}

// NFKC so the same password typed on another keyboard or OS (composed or decomposed accents)
// still matches.
function deriveKey(password: string, salt: Buffer, length: number, { N, r, p }: ScryptCost): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // Node's default memory cap (32 MiB) is just below what N = 2^15, r = 8 needs.
    scrypt(password.normalize('NFKC'), salt, length, { N, r, p, maxmem: 256 * N * r }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}
