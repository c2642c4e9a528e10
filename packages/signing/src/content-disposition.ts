// Content-Disposition for downloads, per RFC 6266 with the RFC 5987 `filename*` parameter: modern
// browsers read the exact UTF-8 name from filename*, older ones fall back to an ASCII filename.

const LONE_SURROGATE = /\p{Cs}/gu;
const CONTROL_CHARACTER = /\p{Cc}/gu;
// Bidi overrides let `\u202Egnp.exe` display as `exe.png`.
const BIDI_CONTROL = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/gu;
const PATH_SEPARATOR = /[/\\]/g;
// Quotes and backslashes would need escaping that browsers handle inconsistently, and some
// browsers percent-decode the plain filename, so all three are replaced in the fallback.
const UNSAFE_IN_FALLBACK = /[^\x20-\x7e]|["\\%]/gu;
const COMBINING_MARK = /\p{M}/gu;

export function contentDispositionAttachment(filename: string): string {
  const name = sanitiseFilename(filename);
  const fallback = name.normalize('NFKD').replace(COMBINING_MARK, '').replace(UNSAFE_IN_FALLBACK, '_');
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encodeRfc5987(name)}`;
}

// A filename is a name, not a path or a header: separators and control characters go, and a name
// that ends up empty becomes "download" so the header stays valid.
function sanitiseFilename(filename: string): string {
  const cleaned = String(filename)
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(CONTROL_CHARACTER, '')
    .replace(BIDI_CONTROL, '')
    .replace(PATH_SEPARATOR, '_')
    .trim();
  return cleaned === '' ? 'download' : cleaned;
}

// encodeURIComponent leaves ' ( ) * unescaped, which RFC 5987 attr-char does not allow.
function encodeRfc5987(value: string): string {
  return encodeURIComponent(value).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
}
