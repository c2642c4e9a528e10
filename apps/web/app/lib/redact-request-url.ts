// The web server's request-log redaction. The checkout session id alone unlocks an order's downloads
// and license keys, and it travels in `?session_id=` (the success page) and in the path of the
// test-mode payment page; download links carry their token in the path.
import { createUrlRedactor } from '@shelf/signing/redact-url';

export const redactRequestUrl: (url: string) => string = createUrlRedactor({
  credentialRoutes: [
    { prefix: ['checkout', 'test'], parameter: ':id' },
    { prefix: ['download'], parameter: ':token' },
  ],
  // The catalog cursor, the affiliate code and Remix's own parameters are harmless.
  loggableQueryKeys: new Set(['after', 'ref', '_routes', 'index']),
  // Single-fetch data requests add `.data` to the path; keeping it says which kind of request it was.
  keepSuffix: '.data',
  // `//checkout/test/<id>` reaches the same route handling as the single-slash form.
  collapseSlashes: true,
});
