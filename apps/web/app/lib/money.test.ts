// Plain decimal amounts for forms and the CSV, in each currency's own minor units.
import { describe, expect, it } from 'vitest';
import { minorUnitDigits, parseDecimalAmount, toDecimalAmount } from './money.ts';

describe('minorUnitDigits', () => {
  it('knows each currency’s minor units, whatever the case, and assumes 2 for an unknown code', () => {
    expect(minorUnitDigits('usd')).toBe(2);
    expect(minorUnitDigits('EUR')).toBe(2);
    expect(minorUnitDigits('jpy')).toBe(0);
    expect(minorUnitDigits('kwd')).toBe(3);
    expect(minorUnitDigits('not a currency')).toBe(2);
  });
});

describe('toDecimalAmount', () => {
  it.each([
    [123456, 'usd', '1234.56'],
    [5, 'usd', '0.05'],
    [0, 'usd', '0.00'],
    [-5, 'usd', '-0.05'],
    [-1250, 'eur', '-12.50'],
    [500, 'jpy', '500'],
    [1234, 'kwd', '1.234'],
  ])('writes %d %s as %s', (amount, currency, expected) => {
    expect(toDecimalAmount(amount, currency)).toBe(expected);
  });
});

describe('parseDecimalAmount', () => {
  it.each([
    ['12.5', 'usd', 1250],
    ['12', 'usd', 1200],
    [' 0.07 ', 'usd', 7],
    ['12.', 'usd', 1200],
    ['500', 'jpy', 500],
    ['1.234', 'kwd', 1234],
  ])('reads %j %s as %d', (text, currency, expected) => {
    expect(parseDecimalAmount(text, currency)).toBe(expected);
  });

  it.each([
    ['12.345', 'usd'],
    ['1,000', 'usd'],
    ['-3', 'usd'],
    ['', 'usd'],
    ['abc', 'usd'],
    ['1e3', 'usd'],
    ['5.5', 'jpy'],
    ['.5', 'usd'],
  ])('refuses %j in %s', (text, currency) => {
    expect(parseDecimalAmount(text, currency)).toBeNull();
  });
});
