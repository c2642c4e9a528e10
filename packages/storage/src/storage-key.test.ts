import { describe, expect, it } from 'vitest';
import { InvalidStorageKeyError } from './storage-errors.ts';
import { assertValidStorageKey, isValidStorageKey } from './storage-key.ts';

describe('isValidStorageKey', () => {
  it.each([
    'kit.fig',
    'products/42/v2/UI_Kit-final.fig',
    '01HZX/preview.1.png',
    '_underscore/-dash',
    'a'.repeat(1024),
  ])('accepts %j', (key) => {
    expect(isValidStorageKey(key)).toBe(true);
  });

  it.each([
    ['empty', ''],
    ['parent directory', '../secret'],
    ['parent directory inside', 'products/../../etc/passwd'],
    ['current directory', './kit.fig'],
    ['two dots inside a name', 'kit..fig'],
    ['absolute path', '/etc/passwd'],
    ['empty segment', 'products//kit.fig'],
    ['trailing slash', 'products/'],
    ['hidden file', '.env'],
    ['the metadata directory', '.meta/kit.fig.json'],
    ['the temp directory', 'products/.tmp/x'],
    ['a backslash', 'products\\kit.fig'],
    ['a space', 'my kit.fig'],
    ['a percent-encoded dot', '%2e%2e/secret'],
    ['non-ASCII', 'café.fig'],
    ['a NUL byte', 'kit\u0000.fig'],
    ['a newline', 'kit\n.fig'],
    ['over 1024 characters', 'a'.repeat(1025)],
  ])('rejects %s', (_label, key) => {
    expect(isValidStorageKey(key)).toBe(false);
    expect(() => assertValidStorageKey(key)).toThrow(InvalidStorageKeyError);
  });

  it('rejects non-strings', () => {
    expect(isValidStorageKey(undefined)).toBe(false);
    expect(isValidStorageKey(['a'])).toBe(false);
  });
});
