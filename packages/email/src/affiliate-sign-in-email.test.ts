import { describe, expect, it } from 'vitest';
import { type AffiliateSignInEmailInput, renderAffiliateSignInEmail } from './affiliate-sign-in-email.ts';
import { extractLinks } from './extract-links.ts';

const signInUrl = 'https://shop.example/affiliate/sign-in?token=abc_DEF-123&x=1';

function buildInput(overrides: Partial<AffiliateSignInEmailInput> = {}): AffiliateSignInEmailInput {
  return {
    storeName: 'Pixel Shop',
    affiliateName: 'Grace Hopper',
    signInUrl,
    validMinutes: 15,
    supportEmail: 'help@shop.example',
    ...overrides,
  };
}

describe('renderAffiliateSignInEmail', () => {
  it('names the store in the subject and greets the affiliate', () => {
    const email = renderAffiliateSignInEmail(buildInput());
    expect(email.subject).toBe('Your sign-in link for Pixel Shop affiliates');
    expect(email.text).toContain('Hi Grace Hopper,');
    expect(renderAffiliateSignInEmail(buildInput({ affiliateName: '' })).text).toContain('Hi there,');
  });

  it('links the button and the written-out link to the sign-in page, escaped in the attribute', () => {
    const { html, text } = renderAffiliateSignInEmail(buildInput());
    expect(html).toContain('href="https://shop.example/affiliate/sign-in?token=abc_DEF-123&amp;x=1"');
    expect(html).toMatch(/>Sign in<\/a>/);
    // The dev outbox logs these links, so a developer can click the sign-in link from the log.
    expect(extractLinks(html)).toEqual([signInUrl]);
    expect(text).toContain(`Sign in:\n${signInUrl}`);
  });

  it('says the link works once, for the minutes the API gives', () => {
    const { html, text } = renderAffiliateSignInEmail(buildInput({ validMinutes: 15 }));
    const validity = 'The link is valid for 15 minutes, once.';
    expect(html).toContain(validity);
    expect(text).toContain(validity);
    expect(text).toContain('help@shop.example');
    expect(text).not.toMatch(/<[a-z]/i);
  });

  it('escapes a hostile store and affiliate name in the HTML', () => {
    const { html } = renderAffiliateSignInEmail(
      buildInput({ storeName: 'Tom & <b>Jerry</b>', affiliateName: '<script>alert(1)</script>' }),
    );
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>Jerry');
    expect(html).toContain('Tom &amp; &lt;b&gt;Jerry&lt;/b&gt;');
  });

  it('refuses a link that is not http(s)', () => {
    expect(() => renderAffiliateSignInEmail(buildInput({ signInUrl: 'javascript:alert(1)' }))).toThrow(
      TypeError,
    );
  });
});
