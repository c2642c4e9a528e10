// Test-mode purchases end to end: Buy, the TEST MODE payment page, the success page (including its wait
// for confirmation), license keys, and a real download from the API's download page.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAllImages, type Stack, screenshotPath, startStack, waitForPage } from './support/stack.ts';

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
});

afterAll(async () => {
  await stack?.close();
});

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('purchase in test mode', () => {
  it('buys the Aurora UI Kit and downloads it', async () => {
    const page = await stack.newPage();
    await page.goto(`${stack.webUrl}/products/aurora-figma-ui-kit`);
    await page.getByRole('button', { name: 'Buy now' }).click();

    await waitForPage(page, new RegExp(`^${escapeRegExp(stack.webUrl)}/checkout/test/[^/]+$`));
    const checkoutUrl = page.url();
    await page.locator('.test-banner').getByText('Test mode').waitFor();
    await page.getByText('Aurora UI Kit for Figma').waitFor();

    const email = page.getByLabel('Email address');
    const pay = page.getByRole('button', { name: 'Pay $49.00' });
    await email.fill('not-an-email');
    await pay.click();
    const error = page.getByRole('alert');
    await error.waitFor();
    expect(await error.textContent()).toBe('Enter a valid email address.');
    expect(await email.getAttribute('aria-invalid')).toBe('true');
    expect(page.url()).toBe(checkoutUrl);

    await email.fill('buyer@example.com');
    await pay.click();
    await waitForPage(page, /\/checkout\/success\?session_id=/);
    await page.getByRole('heading', { name: 'Thank you for your purchase!' }).waitFor();
    expect(await page.locator('.order-number').textContent()).toMatch(/^#\d+$/);
    await page.getByText('We also emailed this to buyer@example.com.').waitFor();
    await page.getByText(/^5 downloads, until \d{1,2} [A-Z][a-z]{2} \d{4}$/).waitFor();

    const downloadLink = page.getByRole('link', { name: 'Download aurora-ui-kit.zip' });
    const downloadPage = await downloadLink.getAttribute('href');
    expect(downloadPage).toMatch(new RegExp(`^${escapeRegExp(stack.apiUrl)}/download/[^/]+$`));
    await loadAllImages(page);
    await page.screenshot({ path: screenshotPath('success.png'), fullPage: true });

    // Opening the download page uses nothing; its Download button POSTs and the file arrives.
    await downloadLink.click();
    await waitForPage(page, downloadPage!);
    await page.getByText('aurora-ui-kit.zip').first().waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByRole('button', { name: /download/i })
        .first()
        .click(),
    ]);
    expect(download.suggestedFilename()).toBe('aurora-ui-kit.zip');
    const file = await readFile((await download.path())!);
    expect(file.length).toBeGreaterThan(100);
    expect(file.subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('waits on the success page until the payment is confirmed, then shows the license key', async () => {
    const checkoutPage = await stack.newPage();
    await checkoutPage.goto(`${stack.webUrl}/products/framecraft-screenshot-tool`);
    await checkoutPage.getByRole('button', { name: 'Buy now' }).click();
    await waitForPage(checkoutPage, /\/checkout\/test\/[^/]+$/);
    const sessionId = decodeURIComponent(new URL(checkoutPage.url()).pathname.split('/').pop()!);

    // A second tab opens the success page before the payment: it polls until the order is complete.
    const successPage = await checkoutPage.context().newPage();
    const response = await successPage.goto(
      `${stack.webUrl}/checkout/success?session_id=${encodeURIComponent(sessionId)}`,
    );
    expect(response?.headers()['cache-control']).toBe('private, no-store');
    await successPage.getByRole('heading', { name: 'Confirming your payment…' }).waitFor();

    await checkoutPage.getByLabel('Email address').fill('dev@example.com');
    await checkoutPage.getByRole('button', { name: 'Pay $39.00' }).click();
    await waitForPage(checkoutPage, /\/checkout\/success\?session_id=/);

    await successPage
      .getByRole('heading', { name: 'Thank you for your purchase!' })
      .waitFor({ timeout: 10_000 });
    const key = successPage.locator('code.license-key');
    expect(await key.textContent()).toMatch(/\S{8,}/);
    await successPage.getByText('Activates on up to 3 devices').waitFor();
    await successPage.getByRole('button', { name: 'Copy license key for Framecraft' }).waitFor();
    await successPage.getByRole('link', { name: 'Download framecraft-2.4.0.zip' }).waitFor();
  });

  it('answers unknown checkout sessions with a 404 page', async () => {
    const page = await stack.newPage();
    const response = await page.goto(`${stack.webUrl}/checkout/success?session_id=test_cs_unknown`);
    expect(response?.status()).toBe(404);
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();

    const missing = await page.goto(`${stack.webUrl}/checkout/success`);
    expect(missing?.status()).toBe(404);
    const unknownTest = await page.goto(`${stack.webUrl}/checkout/test/test_cs_unknown`);
    expect(unknownTest?.status()).toBe(404);
  });
});
