import { describe, expect, it } from 'vitest';
import { CROCKFORD_ALPHABET } from './crockford-base32.ts';
import { generateLicenseKey, isWellFormedLicenseKey, normaliseLicenseKey } from './license-key.ts';

const CANONICAL_KEY = /^SHELF(-[0-9A-HJKMNP-TV-Z]{5}){4}-[0-9A-HJKMNP-TV-Z]{3}$/;

function bodyOf(key: string): string {
  return key.slice('SHELF'.length).replaceAll('-', '');
}

function keyFromBody(body: string): string {
  return `SHELF${body}`;
}

function replaceAt(text: string, index: number, char: string): string {
  return text.slice(0, index) + char + text.slice(index + 1);
}

function randomIndex(length: number): number {
  return Math.floor(Math.random() * length);
}

function otherSymbol(char: string): string {
  const others = CROCKFORD_ALPHABET.replace(char, '');
  return others.charAt(randomIndex(others.length));
}

describe('generateLicenseKey', () => {
  it('produces canonical, well-formed keys', () => {
    for (let i = 0; i < 200; i++) {
      const key = generateLicenseKey();
      expect(key).toMatch(CANONICAL_KEY);
      expect(isWellFormedLicenseKey(key)).toBe(true);
      expect(normaliseLicenseKey(key)).toBe(key);
    }
  });

  it('does not repeat keys', () => {
    const keys = new Set(Array.from({ length: 5000 }, generateLicenseKey));
    expect(keys.size).toBe(5000);
  });

  it('spreads randomness over every one of the twenty random symbols', () => {
    const seen = Array.from({ length: 20 }, () => new Set<string>());
    for (let i = 0; i < 2000; i++) {
      const body = bodyOf(generateLicenseKey());
      for (let position = 0; position < 20; position++) seen[position]!.add(body.charAt(position));
    }
    for (const symbols of seen) expect(symbols.size).toBe(32);
  });
});

describe('normaliseLicenseKey', () => {
  const key = generateLicenseKey();

  it.each([
    ['lower case', key.toLowerCase()],
    ['no dashes', key.replaceAll('-', '')],
    ['spaces instead of dashes', key.replaceAll('-', ' ')],
    ['surrounding whitespace', `  ${key}\n`],
    [
      'mixed case without dashes',
      key.replaceAll('-', '').replace(/[A-Z]/g, (c, i) => (i % 2 ? c.toLowerCase() : c)),
    ],
  ])('accepts %s', (_label, input) => {
    expect(normaliseLicenseKey(input)).toBe(key);
  });

  it('reads O as 0 and I or L as 1 in the key body, not in the prefix', () => {
    const withZeroAndOne = 'SHELF-10000-00000-00000-00000-248';
    expect(normaliseLicenseKey(withZeroAndOne)).toBe(withZeroAndOne);
    expect(normaliseLicenseKey('SHELF-I000O-OOOOO-00000-00000-248')).toBe(withZeroAndOne);
    expect(normaliseLicenseKey('shelf-l0000-ooooo-00000-00000-248')).toBe(withZeroAndOne);
    expect(normaliseLicenseKey('SHE1F-10000-00000-00000-00000-248')).toBeNull();
  });

  it('keeps the published check symbols stable', () => {
    // Worked by hand: a single 1 at data position p contributes alpha^(k(p+1)) to check k.
    expect(normaliseLicenseKey('SHELF-00000-00000-00000-00000-000')).toBe(
      'SHELF-00000-00000-00000-00000-000',
    );
    expect(normaliseLicenseKey('SHELF-01000-00000-00000-00000-4GA')).toBe(
      'SHELF-01000-00000-00000-00000-4GA',
    );
    expect(normaliseLicenseKey('SHELF-01000-00000-00000-00000-4GB')).toBeNull();
  });

  it.each([
    ['an empty string', ''],
    ['another prefix', key.replace('SHELF', 'SHELV')],
    ['no prefix', key.slice('SHELF-'.length)],
    ['a missing character', key.slice(0, -1)],
    ['an extra character', `${key}0`],
    ['a U, which Crockford base32 never uses', replaceAt(key, 6, 'U')],
    ['punctuation', replaceAt(key, 6, '*')],
    ['a non-ASCII letter', replaceAt(key, 6, 'É')],
    ['something very long', `${key} `.repeat(20)],
  ])('rejects %s', (_label, input) => {
    expect(normaliseLicenseKey(input)).toBeNull();
  });

  it('rejects input that is not a string', () => {
    expect(normaliseLicenseKey(42 as unknown as string)).toBeNull();
    expect(normaliseLicenseKey(null as unknown as string)).toBeNull();
  });
});

describe('the checksum group', () => {
  const keys = Array.from({ length: 25 }, generateLicenseKey);

  it('rejects every single-character typo', () => {
    for (const key of keys) {
      const body = bodyOf(key);
      for (let position = 0; position < body.length; position++) {
        for (const char of CROCKFORD_ALPHABET) {
          if (char === body.charAt(position)) continue;
          expect(normaliseLicenseKey(keyFromBody(replaceAt(body, position, char)))).toBeNull();
        }
      }
    }
  });

  it('rejects every swap of two neighbouring characters, across groups too', () => {
    for (const key of keys) {
      const body = bodyOf(key);
      for (let position = 0; position + 1 < body.length; position++) {
        const [a, b] = [body.charAt(position), body.charAt(position + 1)];
        if (a === b) continue;
        const swapped = replaceAt(replaceAt(body, position, b), position + 1, a);
        expect(normaliseLicenseKey(keyFromBody(swapped))).toBeNull();
      }
    }
  });

  it('rejects any two or three wrong characters', () => {
    for (let trial = 0; trial < 4000; trial++) {
      let body = bodyOf(keys[trial % keys.length]!);
      const positions = new Set<number>();
      while (positions.size < 2 + (trial % 2)) positions.add(randomIndex(body.length));
      for (const position of positions) body = replaceAt(body, position, otherSymbol(body.charAt(position)));
      expect(normaliseLicenseKey(keyFromBody(body))).toBeNull();
    }
  });

  it('lets random garbage through only rarely', () => {
    let accepted = 0;
    for (let trial = 0; trial < 10_000; trial++) {
      const body = Array.from({ length: 23 }, () => CROCKFORD_ALPHABET.charAt(randomIndex(32))).join('');
      if (normaliseLicenseKey(keyFromBody(body)) !== null) accepted++;
    }
    // One in 32768 is expected; ten would mean the check symbols barely depend on the data.
    expect(accepted).toBeLessThan(10);
  });
});

describe('isWellFormedLicenseKey', () => {
  const key = generateLicenseKey();

  it('accepts only the canonical spelling', () => {
    expect(isWellFormedLicenseKey(key)).toBe(true);
    expect(isWellFormedLicenseKey(key.toLowerCase())).toBe(false);
    expect(isWellFormedLicenseKey(key.replaceAll('-', ''))).toBe(false);
    expect(isWellFormedLicenseKey(` ${key}`)).toBe(false);
    expect(isWellFormedLicenseKey('SHELF-10000-00000-00000-00000-248')).toBe(true);
    expect(isWellFormedLicenseKey('SHELF-1000O-00000-00000-00000-248')).toBe(false);
  });

  it('rejects a wrong checksum', () => {
    const body = bodyOf(key);
    const last = body.charAt(body.length - 1);
    expect(isWellFormedLicenseKey(replaceAt(key, key.length - 1, otherSymbol(last)))).toBe(false);
  });
});
