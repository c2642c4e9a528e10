// API keys in a real browser: the owner makes a key on /dashboard/api-keys, the key shown once works
// against the GraphQL API, the list shows it without its secret, and after revoking it on the page (with a
// confirmation) the API refuses it.
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

const DESKTOP_CHROME =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

async function signIn(page: Page): Promise<void> {
  await page.goto(`${stack.webUrl}/dashboard/api-keys`);
  await waitForPage(page, /\/dashboard\/login\?redirectTo=/);
  await page.getByLabel('Email address').fill(stack.owner.email);
  await page.getByLabel('Password').fill(stack.owner.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await waitForPage(page, `${stack.webUrl}/dashboard/api-keys`);
}

/** The products of the creator's list, asked with `key`: the status and the first error code. */
async function askWith(key: string): Promise<{ status: number; code: string | null; total: number | null }> {
  const response = await fetch(`${stack.apiUrl}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${key}` },
    body: JSON.stringify({ query: '{ adminProducts(first: 5) { totalCount } }' }),
  });
  const body = (await response.json()) as {
    data?: { adminProducts: { totalCount: number } } | null;
    errors?: Array<{ extensions?: { code?: string } }>;
  };
  return {
    status: response.status,
    code: body.errors?.[0]?.extensions?.code ?? null,
    total: body.data?.adminProducts.totalCount ?? null,
  };
}

describe('the API keys page', () => {
  it('makes a key shown once, which works until it is revoked on the page', async () => {
    const owner = await stack.newPage({ userAgent: DESKTOP_CHROME });
    await signIn(owner);
    await owner.getByRole('heading', { name: 'API keys', level: 1 }).waitFor();
    expect(await owner.getByRole('link', { name: 'API keys' }).count()).toBeGreaterThan(0);
    expect(await owner.getByRole('link', { name: 'Webhooks' }).count()).toBeGreaterThan(0);

    // Without scopes the form says so beside the scopes, and nothing is made.
    await owner.getByLabel('Name').fill('Course platform');
    await owner.getByRole('button', { name: 'Make the key' }).click();
    await owner.getByText('Choose at least one scope.').waitFor();

    await owner.getByLabel('Name').fill('Course platform');
    await owner.getByRole('checkbox', { name: /catalog:read/ }).check();
    await owner.getByRole('checkbox', { name: /orders:read/ }).check();
    await owner.getByRole('button', { name: 'Make the key' }).click();
    const shown = owner.getByRole('textbox', { name: 'The key “Course platform”' });
    await shown.waitFor();
    const key = await shown.inputValue();
    expect(key).toMatch(/^shelf_test_[0-9a-f]{64}$/);
    await owner.getByText('it is shown only once').waitFor();
    expect(await owner.getByRole('button', { name: 'Copy the key “Course platform”' }).count()).toBe(1);

    // The list shows its prefix and scopes, never the key.
    const row = owner.locator('tr', { hasText: 'Course platform' });
    await row.getByText(key.slice(0, 'shelf_test_'.length + 8)).waitFor();
    expect(await row.textContent()).toContain('catalog:read');
    expect(await row.textContent()).not.toContain(key);

    const works = await askWith(key);
    expect(works).toMatchObject({ status: 200, code: null });
    expect(works.total).toBeGreaterThan(0);

    // Reloading the page never shows the key again; last used is filled in.
    await owner.goto(`${stack.webUrl}/dashboard/api-keys`);
    expect(await owner.content()).not.toContain(key);
    expect(await owner.locator('tr', { hasText: 'Course platform' }).textContent()).not.toContain('Never');

    // Dismissing the confirmation keeps the key; accepting it revokes it. The confirmation is the
    // hydrated page's, so wait for the app first.
    await owner.waitForFunction(() => '__remixRouter' in window);
    owner.once('dialog', (dialog) => void dialog.dismiss());
    await owner.getByRole('button', { name: 'Revoke Course platform' }).click();
    expect((await askWith(key)).status).toBe(200);
    owner.once('dialog', (dialog) => void dialog.accept());
    await owner.getByRole('button', { name: 'Revoke Course platform' }).click();
    await owner.getByText('Course platform is revoked').waitFor();
    await owner
      .locator('tr', { hasText: 'Course platform' })
      .getByText(/^Revoked/)
      .waitFor();

    expect(await askWith(key)).toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    await owner.context().close();
  });
});
