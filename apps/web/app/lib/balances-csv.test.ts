// The balances export: its columns, RFC 4180 quoting, formulas kept as text, and amounts as decimals.
import { describe, expect, it } from 'vitest';
import { type BalanceRow, buildBalancesCsv, csvText } from './balances-csv.ts';

const balance = (overrides: Partial<BalanceRow> & { email?: string; name?: string } = {}): BalanceRow => ({
  affiliate: { email: overrides.email ?? 'anna@example.com', name: overrides.name ?? 'Anna' },
  currency: overrides.currency ?? 'usd',
  approved: overrides.approved ?? { amount: 4410 },
  owedBack: overrides.owedBack ?? { amount: 0 },
  payable: overrides.payable ?? { amount: 4410 },
});

describe('csvText', () => {
  it('leaves plain text as it is', () => {
    expect(csvText('Anna Smith')).toBe('Anna Smith');
    expect(csvText('')).toBe('');
  });

  it('quotes commas, quotes and line breaks, doubling quotes', () => {
    expect(csvText('Smith, Anna')).toBe('"Smith, Anna"');
    expect(csvText('Anna "The Designer"')).toBe('"Anna ""The Designer"""');
    expect(csvText('line one\nline two')).toBe('"line one\nline two"');
    expect(csvText('a\r\nb')).toBe('"a\r\nb"');
  });

  it('keeps what a spreadsheet would run as a formula as text', () => {
    expect(csvText('=HYPERLINK("http://evil.example","x")')).toBe(
      '"\'=HYPERLINK(""http://evil.example"",""x"")"',
    );
    expect(csvText('+1 555')).toBe("'+1 555");
    expect(csvText('-2')).toBe("'-2");
    expect(csvText('@SUM(A1)')).toBe("'@SUM(A1)");
  });
});

describe('buildBalancesCsv', () => {
  it('writes the header and one row per affiliate and currency, with CRLF line ends', () => {
    const csv = buildBalancesCsv([
      balance(),
      balance({
        email: 'bo@example.com',
        name: 'Bo, "the reviewer"',
        currency: 'eur',
        approved: { amount: 1000 },
        owedBack: { amount: 1500 },
        payable: { amount: -500 },
      }),
      balance({
        email: 'kenji@example.jp',
        name: 'Kenji',
        currency: 'jpy',
        approved: { amount: 900 },
        payable: { amount: 900 },
      }),
    ]);
    expect(csv).toBe(
      [
        'affiliate_email,affiliate_name,currency,approved,owed_back,payable',
        'anna@example.com,Anna,USD,44.10,0.00,44.10',
        'bo@example.com,"Bo, ""the reviewer""",EUR,10.00,15.00,-5.00',
        'kenji@example.jp,Kenji,JPY,900,0,900',
        '',
      ].join('\r\n'),
    );
  });

  it('is just the header when nothing is payable', () => {
    expect(buildBalancesCsv([])).toBe(
      'affiliate_email,affiliate_name,currency,approved,owed_back,payable\r\n',
    );
  });
});
