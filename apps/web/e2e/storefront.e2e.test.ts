// The storefront as a shopper sees it: the catalog, a product page with its SEO tags, and a real 404.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAllImages, type Stack, screenshotPath, startStack, waitForPage } from './support/stack.ts';

const DEMO_PRODUCTS = [
  ['Aurora UI Kit for Figma', '$49.00'],
  ['Second Brain Notion Template', '$29.00'],
  ['Golden Hour Lightroom Presets', '$19.00'],
  ['Framecraft', '$39.00'],
  ['Design Resources Club', '$12.00 / month'],
] as const;

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
});

afterAll(async () => {
  await stack?.close();
});

describe('storefront', () => {
  it('lists the demo catalog with prices, and remembers no affiliate code the store does not know', async () => {
    const page = await stack.newPage();
    const response = await page.goto(`${stack.webUrl}/products?ref=spring_sale`);
    expect(response?.status()).toBe(200);
    expect(await page.title()).toBe('Products · Shelf Demo Store');
    await page.getByRole('banner').getByText('Shelf Demo Store').waitFor();
    await page.getByRole('note').getByText('Test mode').waitFor();

    const cards = page.getByRole('article');
    expect(await cards.count()).toBe(DEMO_PRODUCTS.length);
    for (const [index, [name, price]] of DEMO_PRODUCTS.entries()) {
      const card = cards.nth(index);
      expect(await card.getByRole('heading').textContent()).toBe(name);
      expect((await card.locator('.product-card-price').textContent())?.replace(/\s+/g, ' ').trim()).toBe(
        price,
      );
      const image = card.getByRole('img');
      expect(await image.getAttribute('width')).toBe('1200');
      expect(await image.getAttribute('src')).toMatch(new RegExp(`^${stack.apiUrl.replace(/\./g, '\\.')}/`));
    }
    expect(await page.getByRole('link', { name: 'More products' }).count()).toBe(0);

    // No link has this code: the visit earns nothing and is not remembered (affiliate.e2e.test.ts has a valid one).
    expect((await page.context().cookies()).filter((c) => c.name === 'shelf_ref')).toEqual([]);

    await loadAllImages(page);
    await page.screenshot({ path: screenshotPath('storefront.png'), fullPage: true });
  });

  it('shows a product page with its price, terms and social tags', async () => {
    const page = await stack.newPage();
    await page.goto(`${stack.webUrl}/products`);
    await page.getByRole('link', { name: 'Aurora UI Kit for Figma' }).click();
    await waitForPage(page, `${stack.webUrl}/products/aurora-figma-ui-kit`);

    await page.getByRole('heading', { level: 1, name: 'Aurora UI Kit for Figma' }).waitFor();
    expect(await page.locator('.product-price').textContent()).toBe('$49.00');
    expect(await page.title()).toBe('Aurora UI Kit for Figma · Shelf Demo Store');

    const tagline = '420 components, auto-layout everywhere, light and dark themes.';
    const meta = (selector: string) => page.locator(`head meta[${selector}]`).getAttribute('content');
    expect(await meta('name="description"')).toBe(tagline);
    expect(await meta('property="og:title"')).toBe('Aurora UI Kit for Figma');
    expect(await meta('property="og:description"')).toBe(tagline);
    expect(await meta('property="og:type"')).toBe('product');
    expect(await meta('property="og:image"')).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/.+/);

    const included = page.getByRole('region', { name: 'What’s included' });
    await included.getByText('aurora-ui-kit.zip').waitFor();
    await included.getByText('Download up to 5 times within 30 days of purchase').waitFor();
    await page.getByRole('heading', { name: /What.s inside/ }).waitFor();

    // The gallery is interactive once hydrated: a thumbnail swaps the main image.
    const mainImage = page.locator('.gallery-main img');
    expect(await mainImage.getAttribute('alt')).toBe('Aurora UI Kit component overview');
    await page.getByRole('button', { name: /Show image 2 of 3/ }).click();
    await page.waitForFunction(
      () =>
        document.querySelector('.gallery-main img')?.getAttribute('alt') ===
        'Dashboard screens from the Aurora UI Kit',
    );
    await page.getByRole('button', { name: /Show image 1 of 3/ }).click();

    await loadAllImages(page);
    await page.screenshot({ path: screenshotPath('product.png'), fullPage: true });
  });

  it('answers unknown products with a 404 page', async () => {
    const page = await stack.newPage();
    const response = await page.goto(`${stack.webUrl}/products/does-not-exist`);
    expect(response?.status()).toBe(404);
    await page.getByRole('heading', { level: 1, name: 'Page not found' }).waitFor();
    expect(await page.title()).toBe('Page not found · Shelf Demo Store');
    await page.getByRole('link', { name: 'Browse products' }).waitFor();

    const unknownPath = await page.goto(`${stack.webUrl}/no/such/page`);
    expect(unknownPath?.status()).toBe(404);
  });
});
