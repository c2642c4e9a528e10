// What the email log shows of an email: its text with every link cut after its first path segment and
// every token-like run removed. Delivery, sign-in and reset emails carry live tokens (in links, and a
// license key is a credential too), and the log is read by staff and API keys: a preview must never
// hold anything usable.

const PREVIEW_CHARS = 600;
const URL_PATTERN = /\bhttps?:\/\/[^\s<>"')]+/gi;
/** 22 characters is 128 bits of base64url, the shortest token the store issues. */
const TOKEN_PATTERN = /[A-Za-z0-9_-]{22,}/g;

export function redactEmailPreview(text: string): string {
  const redacted = text
    .replace(URL_PATTERN, (url) => {
      const match = /^(https?:\/\/[^/?#]+)(\/[^/?#]*)?(.*)$/i.exec(url);
      if (!match) return '…';
      const [, origin, first = '', rest = ''] = match;
      return `${origin}${first}${rest ? '/…' : ''}`;
    })
    .replace(TOKEN_PATTERN, '…');
  const compact = redacted.replace(/\n{3,}/g, '\n\n').trim();
  return compact.length > PREVIEW_CHARS ? `${compact.slice(0, PREVIEW_CHARS)}…` : compact;
}
