// Two-factor sign-in in a real browser: the owner turns it on from Your account (QR code and key, a code
// from the app, recovery codes shown once), signs out, and signs in again with a code (a used one and a
// wrong one are refused) and then with a recovery code, which works once. The session cookie is new at
// every sign-in.
import { createHmac } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Stack, startStack, waitForPage } from './support/stack.ts';

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
});

afterAll(async () => {
  await stack?.close();
});

/** RFC 6238's code (SHA-1, 6 digits, 30 s steps) of a base32 secret, `stepsAhead` steps from now. */
function totp(secret: string, stepsAhead = 0): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = '';
  for (const character of secret.replace(/[\s=]/g, '').toUpperCase()) {
    bits += alphabet.indexOf(character).toString(2).padStart(5, '0');
  }
  const key = Buffer.from(bits.match(/.{8}/g)!.map((byte) => Number.parseInt(byte, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(Date.now() / 30_000) + stepsAhead));
  const digest = createHmac('sha1', key).update(counter).digest();
  const offset = digest[digest.length - 1]! & 0xf;
  return String((digest.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}

async function sessionCookie(page: Page): Promise<string | undefined> {
  return (await page.context().cookies()).find((cookie) => cookie.name === 'shelf_session')?.value;
}

async function passwordStep(page: Page): Promise<void> {
  await page.goto(`${stack.webUrl}/dashboard/login`);
  await page.getByLabel('Email address').fill(stack.owner.email);
  await page.getByLabel('Password').fill(stack.owner.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Two-factor sign-in' }).waitFor();
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Dashboard' }).getByRole('button', { name: 'Sign out' }).click();
  await waitForPage(page, `${stack.webUrl}/dashboard/login`);
  expect(await sessionCookie(page)).toBeFalsy();
}

describe('two-factor sign-in to the dashboard', () => {
  it('is turned on from Your account and then asked for at every sign-in', async () => {
    const page = await stack.newPage();
    await page.goto(`${stack.webUrl}/dashboard/login`);
    await page.getByLabel('Email address').fill(stack.owner.email);
    await page.getByLabel('Password').fill(stack.owner.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await waitForPage(page, `${stack.webUrl}/dashboard`);
    const firstSession = await sessionCookie(page);
    expect(firstSession).toBeTruthy();

    await page
      .getByRole('navigation', { name: 'Dashboard' })
      .getByRole('link', { name: 'Your account' })
      .click();
    await waitForPage(page, `${stack.webUrl}/dashboard/account`);
    await page.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
    await page.getByRole('img', { name: 'QR code of your two-factor secret' }).waitFor();
    const secret = ((await page.locator('#two-factor-secret').textContent()) ?? '').trim();
    expect(secret).toMatch(/^[A-Z2-7\s]{16,}$/);
    const confirmingCode = totp(secret);
    await page.getByLabel('Code from the app').fill(confirmingCode);
    await page.getByRole('button', { name: 'Turn on' }).click();
    await page.getByRole('heading', { name: 'Your recovery codes' }).waitFor();
    const recoveryCodes = await page.locator('#recovery-code-list code').allInnerTexts();
    expect(recoveryCodes).toHaveLength(10);
    // Shown once: the page no longer has them after a reload.
    await page.reload();
    expect(await page.locator('#recovery-code-list').count()).toBe(0);

    await signOut(page);
    await passwordStep(page);
    // The code that turned it on is spent, a wrong one is refused, and neither signs in.
    for (const code of [confirmingCode, '000000']) {
      await page.getByLabel('Code').fill(code === totp(secret, 1) ? '111111' : code);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.locator('#code-error').waitFor();
      expect(page.url()).toContain('/dashboard/login');
      expect(await sessionCookie(page)).toBeFalsy();
    }
    // The next step's code is within the clock tolerance and not spent yet.
    await page.getByLabel('Code').fill(totp(secret, 1));
    await page.getByRole('button', { name: 'Sign in' }).click();
    await waitForPage(page, `${stack.webUrl}/dashboard`);
    const secondSession = await sessionCookie(page);
    expect(secondSession).toBeTruthy();
    expect(secondSession).not.toBe(firstSession);

    // A recovery code signs in once.
    for (const attempt of ['works', 'spent'] as const) {
      await signOut(page);
      await passwordStep(page);
      await page.getByLabel('Code').fill(recoveryCodes[0]!);
      await page.getByRole('button', { name: 'Sign in' }).click();
      if (attempt === 'works') {
        await waitForPage(page, `${stack.webUrl}/dashboard`);
        expect(await sessionCookie(page)).not.toBe(secondSession);
      } else {
        await page.locator('#code-error').waitFor();
        expect(await sessionCookie(page)).toBeFalsy();
      }
    }
  });
});
