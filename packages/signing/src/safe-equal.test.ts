import { describe, expect, it } from 'vitest';
import { safeEqual } from './safe-equal.ts';

describe('safeEqual', () => {
  it.each([
    ['', ''],
    ['secret', 'secret'],
    ['ünïcödé ✓', 'ünïcödé ✓'],
  ])('is true for equal strings %j', (a, b) => {
    expect(safeEqual(a, b)).toBe(true);
  });

  it.each([
    ['same length', 'secret', 'secreT'],
    ['a prefix', 'secret', 'secret-longer'],
    ['empty against something', '', 'a'],
    ['very different lengths', 'a', 'a'.repeat(10_000)],
    ['case', 'ABC', 'abc'],
  ])('is false for %s without throwing', (_label, a, b) => {
    expect(safeEqual(a, b)).toBe(false);
    expect(safeEqual(b, a)).toBe(false);
  });

  it('is false rather than throwing for non-strings', () => {
    expect(safeEqual(undefined as unknown as string, 'x')).toBe(false);
    expect(safeEqual('x', null as unknown as string)).toBe(false);
  });
});
