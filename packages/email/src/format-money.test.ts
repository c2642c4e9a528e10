import { describe, expect, it } from 'vitest';
import { escapeHtml } from './escape-html.ts';
import { formatFileSize } from './format-file-size.ts';
import { formatMoney } from './format-money.ts';

describe('formatMoney', () => {
  it('formats integer cents in US dollars by default', () => {
    expect(formatMoney(4900, 'USD')).toBe('$49.00');
    expect(formatMoney(1999, 'USD')).toBe('$19.99');
    expect(formatMoney(0, 'USD')).toBe('$0.00');
    expect(formatMoney(123_456_789, 'USD')).toBe('$1,234,567.89');
    expect(formatMoney(-780, 'USD')).toBe('-$7.80');
  });

  it('follows the locale for separators and symbol placement', () => {
    expect(formatMoney(4900, 'EUR', 'de-DE')).toBe('49,00\u00a0€');
    expect(formatMoney(4900, 'GBP', 'en-GB')).toBe('£49.00');
  });

  it('scales by the currency own minor unit, not a fixed 100', () => {
    expect(formatMoney(4900, 'JPY')).toBe('¥4,900');
    expect(formatMoney(4900, 'KWD')).toBe('KWD\u00a04.900');
  });
});

describe('formatFileSize', () => {
  it('uses decimal units with at most one decimal', () => {
    expect(formatFileSize(0)).toBe('0 bytes');
    expect(formatFileSize(1)).toBe('1 byte');
    expect(formatFileSize(999)).toBe('999 bytes');
    expect(formatFileSize(2_048)).toBe('2 kB');
    expect(formatFileSize(12_460_000)).toBe('12.5 MB');
    expect(formatFileSize(1_500_000_000)).toBe('1.5 GB');
  });
});

describe('escapeHtml', () => {
  it('escapes the five characters that matter in text and attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>Tom & Jerry</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/a&gt;',
    );
    expect(escapeHtml(42)).toBe('42');
  });
});
