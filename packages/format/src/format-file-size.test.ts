import { describe, expect, it } from 'vitest';
import { formatFileSize } from './format-file-size.ts';

describe('formatFileSize', () => {
  it('uses decimal units with at most one decimal', () => {
    expect(formatFileSize(0)).toBe('0 bytes');
    expect(formatFileSize(1)).toBe('1 byte');
    expect(formatFileSize(999)).toBe('999 bytes');
    expect(formatFileSize(2_048)).toBe('2 kB');
    expect(formatFileSize(12_460_000)).toBe('12.5 MB');
    expect(formatFileSize(1_500_000_000)).toBe('1.5 GB');
  });

  it('follows the locale', () => {
    expect(formatFileSize(12_460_000, { locale: 'de-DE' })).toBe('12,5 MB');
    expect(formatFileSize(12_460_000)).toBe('12.5 MB');
  });

  it('reads nonsense as zero', () => {
    expect(formatFileSize(-5)).toBe('0 bytes');
    expect(formatFileSize(Number.NaN)).toBe('0 bytes');
    expect(formatFileSize(Number.POSITIVE_INFINITY, { compact: true })).toBe('0 B');
  });

  it('compact: short symbols, one decimal below 10, whole numbers above, no grouping', () => {
    expect(formatFileSize(999, { compact: true })).toBe('999 B');
    expect(formatFileSize(1536, { compact: true })).toBe('1.5 KB');
    expect(formatFileSize(48_213, { compact: true })).toBe('48 KB');
    expect(formatFileSize(5_000_000_000_000_000, { compact: true, locale: 'de-DE' })).toBe('5000 TB');
  });
});
