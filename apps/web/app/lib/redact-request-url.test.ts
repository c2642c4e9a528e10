import { describe, expect, it } from 'vitest';
import { redactRequestUrl } from './redact-request-url';

describe('redactRequestUrl', () => {
  it('keeps ordinary paths and harmless query values as they are', () => {
    expect(redactRequestUrl('/products')).toBe('/products');
    expect(redactRequestUrl('/products?after=abc123')).toBe('/products?after=abc123');
    expect(redactRequestUrl('/products/aurora?ref=friend')).toBe('/products/aurora?ref=friend');
    expect(redactRequestUrl('/products.data?_routes=root%2Croutes%2Fproducts')).toBe(
      '/products.data?_routes=root%2Croutes%2Fproducts',
    );
  });

  it('hides the checkout session id of the success page, document and data request alike', () => {
    expect(redactRequestUrl('/checkout/success?session_id=cs_test_123')).toBe(
      '/checkout/success?session_id=[redacted]',
    );
    expect(redactRequestUrl('/checkout/success.data?session_id=cs_x&_routes=root')).toBe(
      '/checkout/success.data?session_id=[redacted]&_routes=root',
    );
  });

  it('hides tokens and any query value it does not know to be harmless', () => {
    expect(redactRequestUrl('/anything?token=secret&x=1&flag')).toBe(
      '/anything?token=[redacted]&x=[redacted]&[redacted]',
    );
    expect(redactRequestUrl('/anything?Session_ID=cs_x')).toBe('/anything?Session_ID=[redacted]');
  });

  it('logs the route shape of the test-mode payment page, never its session id', () => {
    expect(redactRequestUrl('/checkout/test/test_cs_abc')).toBe('/checkout/test/:id');
    expect(redactRequestUrl('/checkout/test/test_cs_abc.data')).toBe('/checkout/test/:id.data');
    expect(redactRequestUrl('/Checkout/Test/test_cs_abc/extra?x=1')).toBe('/Checkout/Test/:id?x=[redacted]');
    expect(redactRequestUrl('//checkout//test/test_cs_abc')).toBe('/checkout/test/:id');
    expect(redactRequestUrl('/checkout/%74est/test_cs_abc')).toBe('/checkout/%74est/:id');
    expect(redactRequestUrl('/checkout/test')).toBe('/checkout/test');
  });

  it('logs download links by their route shape', () => {
    expect(redactRequestUrl('/download/tok_secret')).toBe('/download/:token');
    expect(redactRequestUrl('/download/tok_secret/file.zip')).toBe('/download/:token');
  });

  it('drops the fragment', () => {
    expect(redactRequestUrl('/checkout/success?session_id=cs_x#top')).toBe(
      '/checkout/success?session_id=[redacted]',
    );
  });
});
