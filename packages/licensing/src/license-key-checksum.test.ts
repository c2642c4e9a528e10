import { describe, expect, it } from 'vitest';
import { computeCheckSymbols, hasValidCheckSymbols } from './license-key-checksum.ts';

describe('computeCheckSymbols', () => {
  it('is zero for all-zero data', () => {
    expect(computeCheckSymbols(new Array(20).fill(0))).toEqual([0, 0, 0]);
  });

  it('gives alpha^p, alpha^2p, alpha^3p for a single 1 at position p-1', () => {
    const unit = (position: number) => Array.from({ length: 20 }, (_, i) => (i === position ? 1 : 0));
    // alpha = x, reduced by x^5 = x^2 + 1: alpha^5 = 5, alpha^6 = 10.
    expect(computeCheckSymbols(unit(0))).toEqual([2, 4, 8]);
    expect(computeCheckSymbols(unit(1))).toEqual([4, 16, 10]);
  });

  it('is linear: the checks of a sum are the sum of the checks', () => {
    const a = Array.from({ length: 20 }, (_, i) => (i * 7 + 3) % 32);
    const b = Array.from({ length: 20 }, (_, i) => (i * 13 + 5) % 32);
    const sum = a.map((value, i) => value ^ b[i]!);
    const checksA = computeCheckSymbols(a);
    const checksB = computeCheckSymbols(b);
    expect(computeCheckSymbols(sum)).toEqual(checksA.map((value, i) => value ^ checksB[i]!));
  });

  it('refuses more data symbols than the field can tell apart', () => {
    expect(() => computeCheckSymbols(new Array(31).fill(1))).toThrow(RangeError);
  });
});

describe('hasValidCheckSymbols', () => {
  it('accepts data followed by its checks and nothing else', () => {
    const data = Array.from({ length: 20 }, (_, i) => (i * 11) % 32);
    const checks = computeCheckSymbols(data);
    expect(hasValidCheckSymbols([...data, ...checks])).toBe(true);
    expect(hasValidCheckSymbols([...data, checks[0]!, checks[1]!, checks[2]! ^ 1])).toBe(false);
    expect(hasValidCheckSymbols([])).toBe(false);
  });
});
