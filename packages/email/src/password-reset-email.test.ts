import { describe, expect, it } from 'vitest';
import { extractLinks } from './extract-links.ts';
import { type PasswordResetEmailInput, renderPasswordResetEmail } from './password-reset-email.ts';

const resetUrl = 'https://shop.example/dashboard/reset-password?token=abc_DEF-123&x=1';

function buildInput(overrides: Partial<PasswordResetEmailInput> = {}): PasswordResetEmailInput {
  return { storeName: 'Pixel <Shop>', userName: 'Ada', resetUrl, validMinutes: 30, ...overrides };
}

describe('renderPasswordResetEmail', () => {
  it('links the button and the written-out link to the reset page, escaped', () => {
    const email = renderPasswordResetEmail(buildInput());
    expect(email.subject).toBe('Reset your Pixel <Shop> dashboard password');
    expect(email.html).toContain(
      'href="https://shop.example/dashboard/reset-password?token=abc_DEF-123&amp;x=1"',
    );
    expect(email.html).not.toContain('Pixel <Shop>');
    expect(extractLinks(email.html)).toContain(resetUrl);
    expect(email.text).toContain(resetUrl);
    expect(email.text).toContain('valid for 30 minutes, once');
  });

  it('words an invitation as one', () => {
    const email = renderPasswordResetEmail(buildInput({ invitation: true }));
    expect(email.subject).toBe('Your invitation to the Pixel <Shop> dashboard');
    expect(email.text).toContain('You have been invited');
  });
});
