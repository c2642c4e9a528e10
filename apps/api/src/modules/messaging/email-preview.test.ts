// The email log's preview never holds a usable token: not in links (download, sign-in, password reset),
// not bare, not a license key; the rest of the text stays readable. Checked on made-up emails and on a
// real password-reset email the API queued, read back through GraphQL.

import { generateLicenseKey } from '@shelf/licensing';
import { generateToken } from '@shelf/signing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../test/harness.ts';
import { redactEmailPreview } from './email-preview.ts';

describe('redactEmailPreview', () => {
  it('cuts links after their first path segment and removes bare tokens and keys', () => {
    const download = generateToken();
    const signIn = generateToken();
    const reset = generateToken(16);
    const key = generateLicenseKey();
    const text = [
      'Thanks for buying Aurora UI Kit, Ann!',
      `Download: https://shop.example.com/download/${download}`,
      `Sign in: https://shop.example.com/account/sign-in?token=${signIn}`,
      `Reset: http://127.0.0.1:3000/dashboard/reset-password#${reset}`,
      `Your license key: ${key}`,
      `Or paste this code: ${reset}`,
    ].join('\n');
    const preview = redactEmailPreview(text);
    for (const secret of [download, signIn, reset, key]) expect(preview).not.toContain(secret);
    expect(preview).toContain('Thanks for buying Aurora UI Kit, Ann!');
    expect(preview).toContain('https://shop.example.com/download/…');
    expect(preview).toContain('https://shop.example.com/account/…');
    expect(preview).toContain('Your license key: …');
  });

  it('keeps previews short', () => {
    expect(redactEmailPreview('word '.repeat(1000)).length).toBeLessThanOrEqual(601);
  });
});

describe('the email log over GraphQL', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startTestApi({ PUBLIC_URL: 'http://shop.test', PAYMENTS: 'test', EMAIL: 'outbox' });
  });
  afterAll(() => api.close());

  it('shows a password-reset email without its link', async () => {
    const requested = await api.graphql('mutation { requestPasswordReset(email: "owner@example.com") }');
    expect(requested.errors).toBeUndefined();
    const { data } = await api.graphql<{ login: { token: string } }>(
      'mutation { login(email: "owner@example.com", password: "correct horse battery staple") { token } }',
    );
    const list = await api.graphql<{
      emails: { nodes: Array<{ template: string; text: string; preview: string }> };
    }>(
      '{ emails(first: 10) { nodes { template text preview } } }',
      {},
      { authorization: `Bearer ${data!.login.token}` },
    );
    expect(list.errors).toBeUndefined();
    const email = list.data!.emails.nodes.find((node) => /reset/i.test(node.template));
    expect(email).toBeDefined();
    const links = email!.text.match(/https?:\/\/\S+/g) ?? [];
    expect(links.length).toBeGreaterThan(0);
    const tokens = links.flatMap((link) => link.match(/[A-Za-z0-9_-]{22,}/g) ?? []);
    expect(tokens.length).toBeGreaterThan(0);
    for (const token of tokens) expect(email!.preview).not.toContain(token);
    expect(email!.preview).toContain('…');
  });
});
