import { describe, expect, it } from 'vitest';
import { createUrlRedactor } from './redact-url.ts';

describe('createUrlRedactor', () => {
  const strict = createUrlRedactor({ credentialRoutes: [{ prefix: ['download'], parameter: ':token' }] });
  const lenient = createUrlRedactor({
    credentialRoutes: [{ prefix: ['pay', 'test'], parameter: ':id' }],
    loggableQueryKeys: new Set(['page']),
    keepSuffix: '.data',
    collapseSlashes: true,
  });

  it('replaces what follows a credential prefix, wherever it stands, by the route parameter', () => {
    expect(strict('/download/secret')).toBe('/download/:token');
    expect(strict('/shop/DOWNLOAD/secret/extra')).toBe('/shop/DOWNLOAD/:token');
    expect(strict('/download/')).toBe('/download/');
    expect(lenient('/pay/test/secret.data')).toBe('/pay/test/:id.data');
    expect(lenient('//pay//Test/secret')).toBe('/pay/Test/:id');
    expect(lenient('/pay/other/secret')).toBe('/pay/other/secret');
  });

  it('hides query values unless their key is loggable, keeping the keys', () => {
    expect(strict('/x?page=2&token=t&flag')).toBe('/x?page=[redacted]&token=[redacted]&[redacted]');
    expect(lenient('/x?PAGE=2&token=t')).toBe('/x?PAGE=2&token=[redacted]');
  });

  it('drops the fragment and the credentials of an absolute-form URL', () => {
    expect(strict('https://user:pass@shop.example/download/s?a=b#frag')).toBe(
      'https://shop.example/download/:token?a=[redacted]',
    );
  });
});
