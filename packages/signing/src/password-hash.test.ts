import { scryptSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCRYPT_COST, hashPassword, needsRehash, verifyPassword } from './password-hash.ts';

// The default cost takes a noticeable fraction of a second, so most tests use a cheap one; the
// format is the same and verifyPassword reads the cost from the stored string.
const cheap = { N: 1024, r: 8, p: 1 };

function storeWithScrypt(password: string, salt: Buffer, length: number, cost = cheap): string {
  const hash = scryptSync(password, salt, length, cost);
  return `scrypt$${cost.N}$${cost.r}$${cost.p}$${salt.toString('base64')}$${hash.toString('base64')}`;
}

describe('hashPassword', () => {
  it('uses the default cost and the documented format', async () => {
    const stored = await hashPassword('correct horse battery staple');
    const match = /^scrypt\$(\d+)\$(\d+)\$(\d+)\$([^$]+)\$([^$]+)$/.exec(stored);
    expect(match?.slice(1, 4)).toEqual(['32768', '8', '3']);
    expect(DEFAULT_SCRYPT_COST).toEqual({ N: 32768, r: 8, p: 3 });
    expect(Buffer.from(match![4]!, 'base64')).toHaveLength(16);
    expect(Buffer.from(match![5]!, 'base64')).toHaveLength(32);
    expect(await verifyPassword('correct horse battery staple', stored)).toBe(true);
    expect(await verifyPassword('correct horse battery stapler', stored)).toBe(false);
  });

  it('salts every hash', async () => {
    const [a, b] = await Promise.all([hashPassword('same', cheap), hashPassword('same', cheap)]);
    expect(a).not.toBe(b);
    expect(await verifyPassword('same', a)).toBe(true);
    expect(await verifyPassword('same', b)).toBe(true);
  });

  it('matches an independent scrypt computation', async () => {
    const stored = await hashPassword('hunter2', cheap);
    const [, , , , salt, hash] = stored.split('$') as [string, string, string, string, string, string];
    expect(scryptSync('hunter2', Buffer.from(salt, 'base64'), 32, cheap).toString('base64')).toBe(hash);
  });

  it('refuses an unusable cost and a non-string password', async () => {
    await expect(hashPassword('x', { N: 1000, r: 8, p: 1 })).rejects.toThrow(RangeError);
    await expect(hashPassword('x', { N: 2 ** 22, r: 8, p: 1 })).rejects.toThrow(RangeError);
    await expect(hashPassword(undefined as unknown as string, cheap)).rejects.toThrow(TypeError);
  });
});

describe('verifyPassword', () => {
  it('accepts hashes written by plain scrypt with any stored length', async () => {
    const salt = Buffer.from('0123456789abcdef');
    expect(await verifyPassword('pässwörd', storeWithScrypt('pässwörd', salt, 64))).toBe(true);
    expect(await verifyPassword('passwörd', storeWithScrypt('pässwörd', salt, 64))).toBe(false);
  });

  it('matches a password typed with composed or decomposed accents', async () => {
    const stored = await hashPassword('caf\u00e9', cheap);
    expect(await verifyPassword('cafe\u0301', stored)).toBe(true);
  });

  it('handles the empty password like any other', async () => {
    const stored = await hashPassword('', cheap);
    expect(await verifyPassword('', stored)).toBe(true);
    expect(await verifyPassword(' ', stored)).toBe(false);
  });

  it('rejects a stored hash with a changed byte', async () => {
    const stored = await hashPassword('secret', cheap);
    const hash = stored.slice(stored.lastIndexOf('$') + 1);
    const changed = Buffer.from(hash, 'base64');
    changed[0]! ^= 1;
    expect(await verifyPassword('secret', stored.replace(hash, changed.toString('base64')))).toBe(false);
  });

  it.each([
    ['empty', ''],
    ['another scheme', '$2b$10$abcdefghijklmnopqrstuuO8GkOKbJ1R3xHc1Q4fPXAfQmzOq4e2y'],
    ['missing a part', 'scrypt$1024$8$1$c2FsdHNhbHQ='],
    [
      'an N that is not a power of two',
      storeWithScrypt('pw', Buffer.alloc(16), 32).replace('$1024$', '$1000$'),
    ],
    [
      'an N too large to compute',
      storeWithScrypt('pw', Buffer.alloc(16), 32).replace('$1024$', '$1073741824$'),
    ],
    ['r = 0', storeWithScrypt('pw', Buffer.alloc(16), 32).replace('$8$1$', '$0$1$')],
    ['a short salt', storeWithScrypt('pw', Buffer.alloc(4), 32)],
    ['a short hash', storeWithScrypt('pw', Buffer.alloc(16), 8)],
    ['not base64', 'scrypt$1024$8$1$!!!!$!!!!'],
  ])('returns false for a stored value that is %s', async (_label, stored) => {
    expect(await verifyPassword('pw', stored)).toBe(false);
  });

  it('returns false for non-string input', async () => {
    const stored = await hashPassword('pw', cheap);
    expect(await verifyPassword(undefined as unknown as string, stored)).toBe(false);
    expect(await verifyPassword('pw', null as unknown as string)).toBe(false);
  });
});

describe('needsRehash', () => {
  it('tells a hash of another cost, or not ours, from one of the current cost', async () => {
    expect(needsRehash(await hashPassword('x', cheap))).toBe(true);
    expect(needsRehash(await hashPassword('x', cheap), cheap)).toBe(false);
    expect(needsRehash(await hashPassword('x'))).toBe(false);
    expect(needsRehash('$2b$10$notascrypthash')).toBe(true);
    expect(needsRehash('scrypt$32768$8$1$c2FsdHNhbHQ=$aGFzaGhhc2hoYXNoaGFzaA==')).toBe(true);
  });
});
