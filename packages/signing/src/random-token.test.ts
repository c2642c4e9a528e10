import { describe, expect, it } from 'vitest';
import { generateToken, hashToken } from './random-token.ts';

describe('generateToken', () => {
  it('returns 256 random bits as base64url by default', () => {
    const token = generateToken();
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
  });

  it('honours a custom size', () => {
    expect(Buffer.from(generateToken(16), 'base64url')).toHaveLength(16);
    expect(Buffer.from(generateToken(48), 'base64url')).toHaveLength(48);
  });

  it('never repeats', () => {
    expect(new Set(Array.from({ length: 2000 }, () => generateToken())).size).toBe(2000);
  });

  it.each([0, 8, 15, 1.5, 1025, Number.NaN])('refuses %s bytes (below 128 bits or nonsense)', (bytes) => {
    expect(() => generateToken(bytes)).toThrow(RangeError);
  });
});

describe('hashToken', () => {
  it('is the hex SHA-256 of the token', () => {
    expect(hashToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('is stable for a token and different across tokens', () => {
    const token = generateToken();
    expect(hashToken(token)).toBe(hashToken(token));
    expect(hashToken(token)).not.toBe(hashToken(generateToken()));
    expect(hashToken(token)).toMatch(/^[0-9a-f]{64}$/);
  });
});
