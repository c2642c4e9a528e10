import { describe, expect, it } from 'vitest';
import {
  describeDownloadTerms,
  describeLicenseTerms,
  describeOrderDownloadLimits,
  emptyMoneyLabel,
  formatBytes,
  formatDate,
  formatMoneyList,
  formatPercent,
  kindLabel,
  priceSuffix,
} from './format.ts';

describe('formatBytes', () => {
  it.each([
    [0, '0 B'],
    [1, '1 B'],
    [999, '999 B'],
    [1000, '1 KB'],
    [1536, '1.5 KB'],
    [48_213, '48 KB'],
    [1_250_000, '1.3 MB'],
    [734_003_200, '734 MB'],
    [2_400_000_000, '2.4 GB'],
    [5_000_000_000_000_000, '5000 TB'],
  ])('formats %d bytes as %s', (bytes, expected) => {
    expect(formatBytes(bytes)).toBe(expected);
  });

  it('treats nonsense as zero', () => {
    expect(formatBytes(-5)).toBe('0 B');
    expect(formatBytes(Number.NaN)).toBe('0 B');
  });
});

describe('formatDate', () => {
  it('shows day, short month and year in UTC', () => {
    expect(formatDate('2026-12-27T10:00:00.000Z')).toBe('27 Dec 2026');
    expect(formatDate('2026-12-27T23:59:59.000Z')).toBe('27 Dec 2026');
  });
});

describe('prices and kinds', () => {
  it('adds the billing interval to subscriptions only', () => {
    expect(priceSuffix('ONE_TIME', null)).toBe('');
    expect(priceSuffix('SUBSCRIPTION', 'MONTH')).toBe(' / month');
    expect(priceSuffix('SUBSCRIPTION', 'YEAR')).toBe(' / year');
  });

  it('names the kind of purchase', () => {
    expect(kindLabel('ONE_TIME', null)).toBe('One-time purchase');
    expect(kindLabel('SUBSCRIPTION', 'MONTH')).toBe('Monthly subscription');
    expect(kindLabel('SUBSCRIPTION', 'YEAR')).toBe('Yearly subscription');
  });
});

describe('purchase terms', () => {
  it('describes download limits and windows on the product page', () => {
    expect(describeDownloadTerms(5, 30)).toBe('Download up to 5 times within 30 days of purchase');
    expect(describeDownloadTerms(1, 1)).toBe('Download up to 1 time within 1 day of purchase');
    expect(describeDownloadTerms(null, 365)).toBe('Unlimited downloads within 365 days of purchase');
    expect(describeDownloadTerms(null, null)).toBe('Unlimited downloads, forever');
  });

  it('describes license activation limits', () => {
    expect(describeLicenseTerms(3)).toBe('License key for up to 3 devices');
    expect(describeLicenseTerms(1)).toBe('License key for up to 1 device');
    expect(describeLicenseTerms(null)).toBe('License key for unlimited devices');
  });

  it('describes what an order may still download', () => {
    expect(describeOrderDownloadLimits(5, '2026-12-27T10:00:00.000Z')).toBe('5 downloads, until 27 Dec 2026');
    expect(describeOrderDownloadLimits(1, null)).toBe('1 download, no expiry');
    expect(describeOrderDownloadLimits(null, '2027-01-03T00:00:00.000Z')).toBe(
      'Unlimited downloads, until 3 Jan 2027',
    );
  });
});

describe('formatMoneyList', () => {
  it('formats one amount per currency, joined', () => {
    expect(formatMoneyList([{ amount: 1470, currency: 'usd' }])).toBe('$14.70');
    expect(
      formatMoneyList([
        { amount: 1470, currency: 'usd' },
        { amount: 350, currency: 'eur' },
      ]),
    ).toBe('$14.70 + €3.50');
    expect(formatMoneyList([{ amount: -500, currency: 'usd' }])).toBe('-$5.00');
  });

  it('says so when there is nothing', () => {
    expect(formatMoneyList([])).toBe('None');
    expect(formatMoneyList([], '—')).toBe('—');
  });
});

describe('emptyMoneyLabel', () => {
  it('is zero in the currency the other totals use, or None when none has any', () => {
    expect(emptyMoneyLabel([[], [{ currency: 'eur' }], [{ currency: 'usd' }]])).toBe('€0.00');
    expect(emptyMoneyLabel([[], []])).toBe('None');
  });
});

describe('formatPercent', () => {
  it.each([
    [0, '0%'],
    [1, '100%'],
    [0.5, '50%'],
    [0.0625, '6.3%'],
    [1 / 3, '33.3%'],
    [Number.NaN, '0%'],
  ])('writes %d as %s', (ratio, expected) => {
    expect(formatPercent(ratio)).toBe(expected);
  });
});
