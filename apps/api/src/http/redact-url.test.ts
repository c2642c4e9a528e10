import { describe, expect, it } from 'vitest';
import { redactUrl } from './redact-url.ts';

const token = 'Zq3xN0v8yB2kR5tW7uA1cD4eF6gH9iJ-L_mOpQrStUv';

describe('redactUrl', () => {
  it('shows a download link as its route', () => {
    expect(redactUrl(`/download/${token}`)).toBe('/download/:token');
    expect(redactUrl(`/download/${token}/`)).toBe('/download/:token');
    expect(redactUrl(`/DOWNLOAD/${token}`)).toBe('/DOWNLOAD/:token');
    expect(redactUrl(`/%64ownload/${token}`)).toBe('/%64ownload/:token');
    expect(redactUrl(`//download//${token}/extra`)).toBe('//download/:token');
    expect(redactUrl('/download')).toBe('/download');
    expect(redactUrl('/download/')).toBe('/download/');
  });

  it('hides the signature and expiry of a signed file URL, keeping the file path', () => {
    const signature = 'a'.repeat(64);
    expect(
      redactUrl(`/files/products/42/kit.zip?expires=1893456000&filename=kit.zip&signature=${signature}`),
    ).toBe('/files/products/42/kit.zip?expires=[redacted]&filename=[redacted]&signature=[redacted]');
  });

  it('hides the value of every query parameter: session ids, tokens, keys, S3 presigning', () => {
    expect(redactUrl('/checkout/success?session_id=cs_test_a1b2c3')).toBe(
      '/checkout/success?session_id=[redacted]',
    );
    expect(redactUrl(`/x?token=${token}&key=ABCD-EFGH&page=2`)).toBe(
      '/x?token=[redacted]&key=[redacted]&page=[redacted]',
    );
    expect(
      redactUrl('/bucket/k?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA%2F1&X-Amz-Signature=ff'),
    ).toBe('/bucket/k?X-Amz-Algorithm=[redacted]&X-Amz-Credential=[redacted]&X-Amz-Signature=[redacted]');
    expect(redactUrl(`/graphql?${token}`)).toBe('/graphql?[redacted]');
    expect(redactUrl('/graphql?a=1&&b=')).toBe('/graphql?a=[redacted]&&b=[redacted]');
  });

  it('leaves a URL without credentials as it is, and drops a fragment', () => {
    expect(redactUrl('/graphql')).toBe('/graphql');
    expect(redactUrl('/media/products/aurora/cover.svg')).toBe('/media/products/aurora/cover.svg');
    expect(redactUrl('/readyz?')).toBe('/readyz?');
    expect(redactUrl(`/download/${token}#${token}`)).toBe('/download/:token');
  });

  it('redacts an absolute-form request target, including user info', () => {
    expect(redactUrl(`http://user:pass@shop.example.com/download/${token}?token=x`)).toBe(
      'http://shop.example.com/download/:token?token=[redacted]',
    );
  });
});
