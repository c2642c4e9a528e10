import { describe, expect, it } from 'vitest';
import { type DeliveryEmailInput, renderDeliveryEmail } from './delivery-email.ts';
import { extractLinks } from './extract-links.ts';

const expiresAt = new Date('2026-12-27T14:30:00Z');

function buildOrder(overrides: Partial<DeliveryEmailInput> = {}): DeliveryEmailInput {
  return {
    storeName: 'Pixel Shop',
    orderNumber: 'SHELF-1042',
    customerName: 'Ada Lovelace',
    items: [
      {
        productName: 'Figma UI Kit',
        downloadPageUrl: 'https://shop.example/download/tok_abc?x=1&y=2',
        files: [
          { name: 'ui-kit.fig', sizeBytes: 12_460_000 },
          { name: 'readme.pdf', sizeBytes: 2_048 },
        ],
        licenseKeys: [],
        downloadLimit: 5,
        expiresAt,
      },
      {
        productName: 'Exporter Pro',
        downloadPageUrl: 'https://shop.example/download/tok_def',
        files: [{ name: 'exporter.dmg', sizeBytes: 1_500_000_000 }],
        licenseKeys: ['EXPO-1234-ABCD-5678'],
        downloadLimit: null,
        expiresAt: null,
      },
    ],
    receipt: {
      lines: [
        { label: 'Figma UI Kit', amountCents: 4900 },
        { label: 'Exporter Pro', amountCents: 2900 },
      ],
      subtotalCents: 7800,
      discountCents: 780,
      taxCents: 0,
      totalCents: 7020,
      currency: 'USD',
    },
    accountUrl: 'https://shop.example/account',
    supportEmail: 'help@shop.example',
    ...overrides,
  };
}

describe('renderDeliveryEmail', () => {
  it('escapes a hostile product name, customer name and store name in the HTML', () => {
    const order = buildOrder({
      storeName: 'Tom & <b>Jerry</b>',
      customerName: '"><img src=x onerror=alert(1)>',
    });
    order.items = [{ ...order.items[0]!, productName: '<script>alert("pwned")</script>' }];
    const email = renderDeliveryEmail(order);

    expect(email.html).not.toContain('<script>');
    expect(email.html).toContain('&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;');
    expect(email.html).not.toContain('<img src=x');
    expect(email.html).toContain('Tom &amp; &lt;b&gt;Jerry&lt;/b&gt;');
    // The text part is not HTML, so it keeps the name as the customer typed it.
    expect(email.text).toContain('<script>alert("pwned")</script>');
  });

  it('links each Download button to its download page, escaping the URL in the attribute', () => {
    const { html } = renderDeliveryEmail(buildOrder());
    expect(html).toContain('href="https://shop.example/download/tok_abc?x=1&amp;y=2"');
    expect(extractLinks(html)).toEqual([
      'https://shop.example/download/tok_abc?x=1&y=2',
      'https://shop.example/download/tok_def',
      'https://shop.example/account',
    ]);
    expect(html.match(/>Download<\/a>/g)).toHaveLength(2);
  });

  it('states the real expiry and download limit of each link', () => {
    const email = renderDeliveryEmail(buildOrder({ locale: 'en-GB' }));
    const limited = 'This link works until 27 Dec 2026, 14:30 UTC and for 5 downloads.';
    const unlimited = 'This link does not expire and allows unlimited downloads.';
    expect(email.html).toContain(limited);
    expect(email.html).toContain(unlimited);
    expect(email.text).toContain(limited);
    expect(email.text).toContain(unlimited);
  });

  it('covers the mixed cases of limit and expiry and shows the expiry in the given zone', () => {
    const order = buildOrder({ timeZone: 'America/Los_Angeles' });
    order.items = [
      { ...order.items[0]!, downloadLimit: null, expiresAt },
      { ...order.items[0]!, productName: 'Once', downloadLimit: 1, expiresAt: null },
    ];
    const { text } = renderDeliveryEmail(order);
    expect(text).toContain('This link works until Dec 27, 2026, 6:30 AM PST, with unlimited downloads.');
    expect(text).toContain('This link does not expire and works for 1 download.');
  });

  it('puts the links, license key, files and order number in the plain text', () => {
    const { text, subject } = renderDeliveryEmail(buildOrder());
    expect(subject).toBe('Your Pixel Shop order SHELF-1042');
    expect(text).toContain('Hi Ada Lovelace,');
    expect(text).toContain('Order number: SHELF-1042');
    expect(text).toContain('Download: https://shop.example/download/tok_abc?x=1&y=2');
    expect(text).toContain('Download: https://shop.example/download/tok_def');
    expect(text).toContain('License key:\n  EXPO-1234-ABCD-5678');
    expect(text).toContain('  - ui-kit.fig (12.5 MB)');
    expect(text).toContain('  - readme.pdf (2 kB)');
    expect(text).toContain('  - exporter.dmg (1.5 GB)');
    expect(text).toContain('https://shop.example/account');
    expect(text).toContain('help@shop.example');
    expect(text).not.toMatch(/<[a-z]/i);
  });

  it('shows license keys in a monospace box', () => {
    const { html } = renderDeliveryEmail(buildOrder());
    expect(html).toMatch(/font-family:ui-monospace[^"]*"[^>]*>EXPO-1234-ABCD-5678</);
  });

  it('summarises the receipt in the order currency, with the discount as a deduction', () => {
    const { html, text } = renderDeliveryEmail(buildOrder());
    expect(text).toContain('Receipt for order SHELF-1042');
    expect(text).toMatch(/Subtotal\s+\$78\.00/);
    expect(text).toMatch(/Discount\s+-\$7\.80/);
    expect(text).toMatch(/Total\s+\$70\.20/);
    expect(text).not.toContain('Tax');
    expect(html).toContain('$70.20');
  });

  it('formats money for the locale and currency of the order', () => {
    const order = buildOrder({ locale: 'de-DE' });
    order.receipt = {
      ...order.receipt,
      currency: 'EUR',
      discountCents: 0,
      subtotalCents: 7800,
      totalCents: 7800,
    };
    const { text } = renderDeliveryEmail(order);
    expect(text).toMatch(/Total\s+78,00\s€/);
    expect(text).not.toContain('Subtotal');
  });

  it('leaves out the button and link terms for an item without a download page', () => {
    const order = buildOrder();
    order.items = [{ ...order.items[1]!, downloadPageUrl: null, files: [] }];
    const { html, text } = renderDeliveryEmail(order);
    expect(html).not.toContain('>Download</a>');
    expect(text).not.toContain('This link');
    expect(text).toContain('Your license keys are below.');
    expect(text).toContain('EXPO-1234-ABCD-5678');
  });

  it('refuses a download link that is not http(s)', () => {
    const order = buildOrder();
    order.items = [{ ...order.items[0]!, downloadPageUrl: 'javascript:alert(1)' }];
    expect(() => renderDeliveryEmail(order)).toThrow(/http\(s\) or mailto/);
  });

  it('is a complete, mobile-friendly HTML document built from tables', () => {
    const { html } = renderDeliveryEmail(buildOrder({ customerName: null }));
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1">');
    expect(html).toContain('max-width:560px');
    expect(html).toContain('role="presentation"');
    expect(html).toContain('Hi there,');
    expect(html).not.toMatch(/<style|<link /);
  });
});
