import { describe, expect, it } from 'vitest';
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
    // The exponent is the currency's in every locale.
    expect(formatMoney(4900, 'JPY', 'de-DE')).toBe('4.900\u00a0¥');
  });

  it('keeps one cached formatter per locale and currency, never mixing them up', () => {
    expect(formatMoney(4900, 'EUR', 'de-DE')).toBe('49,00\u00a0€');
    expect(formatMoney(4900, 'EUR', 'en-US')).toBe('€49.00');
    expect(formatMoney(4900, 'USD', 'de-DE')).toBe('49,00\u00a0$');
    expect(formatMoney(4900, 'EUR', 'de-DE')).toBe('49,00\u00a0€');
  });
});
