import { describe, expect, it } from 'vitest';
import { extractLinks } from './extract-links.ts';
import { renderProductUpdateEmail } from './product-update-email.ts';

const downloadPageUrl = 'https://api.shop.example/download/abc_DEF-123';

describe('renderProductUpdateEmail', () => {
  it('points at the buyer’s own download page and escapes what the creator typed', () => {
    const email = renderProductUpdateEmail({
      storeName: 'Pixel <Shop>',
      customerName: 'Ada',
      productName: 'Icons <b>Pro</b>',
      fileName: 'icons-v2.zip',
      version: 2,
      downloadPageUrl,
    });
    expect(email.subject).toBe('Update available: Icons <b>Pro</b>');
    expect(email.html).not.toContain('<b>Pro</b>');
    expect(email.html).toContain('Icons &lt;b&gt;Pro&lt;/b&gt;');
    expect(extractLinks(email.html)).toContain(downloadPageUrl);
    expect(email.text).toContain(downloadPageUrl);
    expect(email.text).toContain('icons-v2.zip (version 2)');
  });
});
