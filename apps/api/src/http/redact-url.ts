// The API's request-log redaction: a download link's token is the whole key to a customer's files, and
// the API's query strings carry signatures, expiry stamps and session ids, so every query value is
// hidden (the API takes no query parameter whose value is worth a log line).
import { createUrlRedactor } from '@shelf/signing/redact-url';

export const redactUrl: (url: string) => string = createUrlRedactor({
  credentialRoutes: [{ prefix: ['download'], parameter: ':token' }],
});
