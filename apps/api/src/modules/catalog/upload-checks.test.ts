import { describe, expect, it } from 'vitest';
import { parseFileName, sniffImageType } from './upload-checks.ts';

describe('parseFileName', () => {
  it('keeps a plain name, trimmed, with spaces and unicode', () => {
    expect(parseFileName('  Résumé pack v2.zip ')).toBe('Résumé pack v2.zip');
  });

  it.each(['a/b.zip', 'a\\b.zip', '../x', 'x..zip', '.env', 'C:evil', 'a\u0000b', 'line\nbreak', '', ' '])(
    'refuses %j naming the name field',
    (name) => {
      expect(() => parseFileName(name)).toThrowError(
        expect.objectContaining({ details: expect.objectContaining({ field: 'name' }) }),
      );
    },
  );
});

describe('sniffImageType', () => {
  const bytes = (...values: number[]) => Uint8Array.from([...values, ...new Array(12).fill(0)]);
  it('knows PNG, JPEG, GIF and WebP by their first bytes', () => {
    expect(sniffImageType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a))).toBe('image/png');
    expect(sniffImageType(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe('image/jpeg');
    expect(sniffImageType(Uint8Array.from(Buffer.from('GIF89a......')))).toBe('image/gif');
    expect(sniffImageType(Uint8Array.from(Buffer.from('RIFF\u0000\u0000\u0000\u0000WEBPVP8 ')))).toBe(
      'image/webp',
    );
  });

  it('refuses SVG, HTML and a RIFF that is not WebP', () => {
    expect(sniffImageType(Uint8Array.from(Buffer.from('<svg xmlns="x">')))).toBeNull();
    expect(sniffImageType(Uint8Array.from(Buffer.from('<!doctype html>')))).toBeNull();
    expect(sniffImageType(Uint8Array.from(Buffer.from('RIFF\u0000\u0000\u0000\u0000WAVEfmt ')))).toBeNull();
  });
});
