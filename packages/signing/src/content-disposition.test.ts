import { validateHeaderValue } from 'node:http';
import { describe, expect, it } from 'vitest';
import { contentDispositionAttachment } from './content-disposition.ts';

function parse(header: string): { fallback: string; utf8: string } {
  const match = /^attachment; filename="([^"]*)"; filename\*=UTF-8''([A-Za-z0-9!#$&+\-.^_`|~%]*)$/.exec(
    header,
  );
  if (!match) throw new Error(`unexpected header: ${header}`);
  return { fallback: match[1]!, utf8: decodeURIComponent(match[2]!) };
}

describe('contentDispositionAttachment', () => {
  it('writes a plain ASCII name both ways', () => {
    expect(contentDispositionAttachment('report.pdf')).toBe(
      `attachment; filename="report.pdf"; filename*=UTF-8''report.pdf`,
    );
  });

  it('percent-encodes UTF-8 in filename* and strips accents for the fallback', () => {
    expect(contentDispositionAttachment('Café menu.pdf')).toBe(
      `attachment; filename="Cafe menu.pdf"; filename*=UTF-8''Caf%C3%A9%20menu.pdf`,
    );
  });

  it('replaces characters with no ASCII form in the fallback, one per character', () => {
    expect(parse(contentDispositionAttachment('日本語 🎉.txt'))).toEqual({
      fallback: '___ _.txt',
      utf8: '日本語 🎉.txt',
    });
  });

  it("encodes the characters encodeURIComponent leaves alone but RFC 5987 does not allow: ' ( ) *", () => {
    expect(contentDispositionAttachment("it's (final)*.zip")).toBe(
      `attachment; filename="it's (final)*.zip"; filename*=UTF-8''it%27s%20%28final%29%2A.zip`,
    );
  });

  it('keeps quotes and percent signs out of the quoted fallback', () => {
    expect(parse(contentDispositionAttachment('say "hi" 100%.txt'))).toEqual({
      fallback: 'say _hi_ 100_.txt',
      utf8: 'say "hi" 100%.txt',
    });
  });

  it('turns a path into a plain name', () => {
    expect(parse(contentDispositionAttachment('../../etc/passwd')).utf8).toBe('.._.._etc_passwd');
    expect(parse(contentDispositionAttachment('C:\\Users\\me\\kit.fig')).utf8).toBe('C:_Users_me_kit.fig');
  });

  it('drops control characters so nothing can be injected into the response headers', () => {
    const header = contentDispositionAttachment('a.pdf\r\nSet-Cookie: session=x');
    expect(header).not.toMatch(/[\r\n]/);
    expect(parse(header).utf8).toBe('a.pdfSet-Cookie: session=x');
  });

  it('drops bidi overrides that disguise the extension', () => {
    expect(parse(contentDispositionAttachment('invoice\u202Efdp.exe')).utf8).toBe('invoicefdp.exe');
  });

  it('falls back to "download" for an empty name', () => {
    expect(parse(contentDispositionAttachment('  \t ')).utf8).toBe('download');
    expect(parse(contentDispositionAttachment('')).fallback).toBe('download');
  });

  it('always yields a valid header value, even for broken UTF-16', () => {
    for (const name of ['\uD800.pdf', 'x\u0000y', 'ﬁle.txt', 'Ω≈ç√∫', '\u202Egnp.exe', 'a'.repeat(500)]) {
      const header = contentDispositionAttachment(name);
      expect(() => validateHeaderValue('Content-Disposition', header)).not.toThrow();
      expect(parse(header).fallback).toMatch(/^[\x20-\x7e]+$/);
    }
  });
});
