// The creator's day in a real browser: the owner signs in, creates a product with a file and two preview
// images (reordered), publishes it and finds it in the storefront; a shopper buys it in test mode; the owner
// finds the order, refunds it, and the shopper's download link stops working. Screenshots of the main
// pages go to docs/screenshots.
import { deflateSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAllImages, type Stack, screenshotPath, startStack, waitForPage } from './support/stack.ts';

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
});

afterAll(async () => {
  await stack?.close();
});

const DESKTOP_CHROME =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

/** A real PNG of one colour, so the API's image checks (magic bytes) accept it. */
function png(width: number, height: number, rgb: [number, number, number]): Buffer {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (bytes: Buffer) => {
    let c = 0xffffffff;
    for (const byte of bytes) c = crcTable[(c ^ byte) & 0xff]! ^ (c >>> 8);
    return (c ^ 0xffffffff) >>> 0;
  };
  const chunk = (type: string, body: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(body.length);
    const typed = Buffer.concat([Buffer.from(type, 'ascii'), body]);
    const sum = Buffer.alloc(4);
    sum.writeUInt32BE(crc(typed));
    return Buffer.concat([length, typed, sum]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3).map((_, i) => rgb[i % 3]!)]);
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const PRODUCT = {
  name: 'Glyph Icon Set',
  slug: 'glyph-icon-set',
  tagline: '600 crisp icons for Figma and the web',
  price: '24',
} as const;

async function signIn(page: Page): Promise<void> {
  await page.goto(`${stack.webUrl}/dashboard`);
  await waitForPage(page, /\/dashboard\/login\?redirectTo=%2Fdashboard$/);
  await page.getByLabel('Email address').fill(stack.owner.email);
  await page.getByLabel('Password').fill(stack.owner.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await waitForPage(page, `${stack.webUrl}/dashboard`);
}

describe('the creator dashboard', () => {
  let owner: Page;
  let downloadPage: string;

  it('creates a product with a file and previews, publishes it, and the storefront shows it', async () => {
    owner = await stack.newPage({ userAgent: DESKTOP_CHROME });
    await signIn(owner);
    await owner
      .getByRole('navigation', { name: 'Dashboard' })
      .getByRole('link', { name: 'Products' })
      .click();
    await waitForPage(owner, `${stack.webUrl}/dashboard/products`);
    await owner.getByRole('link', { name: 'New product' }).click();
    await waitForPage(owner, `${stack.webUrl}/dashboard/products/new`);

    // A taken slug is refused beside its field and nothing is created.
    await owner.getByLabel('Name', { exact: true }).fill(PRODUCT.name);
    await owner.getByLabel('Slug').fill('aurora-figma-ui-kit');
    await owner.getByLabel('Tagline').fill(PRODUCT.tagline);
    await owner.getByLabel('Price').fill(PRODUCT.price);
    await owner.getByLabel('Description').fill('## What you get\n\n- 600 icons\n- **SVG** and PNG');
    await owner.getByRole('button', { name: /create/i }).click();
    await owner.getByText('Another product already uses this slug.').waitFor();
    expect(await owner.getByLabel('Slug').getAttribute('aria-invalid')).toBe('true');
    await owner.getByLabel('Slug').fill(PRODUCT.slug);
    await owner.getByRole('button', { name: /create/i }).click();
    await waitForPage(owner, /\/dashboard\/products\/[0-9a-f-]{36}$/);
    const productUrl = owner.url();

    // The file, with a progress bar, then two previews, the second moved first.
    await owner.getByLabel('Add a file').setInputFiles({
      name: 'glyph-icons.zip',
      mimeType: 'application/zip',
      buffer: Buffer.from('PK\u0003\u0004 glyph icon set archive'.repeat(2048)),
    });
    await owner
      .getByRole('button', { name: /upload/i })
      .first()
      .click();
    await owner.locator('.product-file strong', { hasText: 'glyph-icons.zip' }).waitFor();
    await owner.getByText(/version 1 · SHA-256/).waitFor();
    for (const [alt, colour] of [
      ['The icon grid', [67, 56, 202]],
      ['Icons in use on a landing page', [21, 128, 61]],
    ] as const) {
      await owner.getByLabel('Add an image').setInputFiles({
        name: `${alt.split(' ')[1]}.png`,
        mimeType: 'image/png',
        buffer: png(320, 200, [...colour]),
      });
      await owner.getByLabel('Description for screen readers').fill(alt);
      await owner
        .getByRole('button', { name: /upload|add image/i })
        .last()
        .click();
      await owner.getByRole('img', { name: alt }).waitFor();
    }
    // The second preview moves first: the storefront's gallery follows the dashboard's order.
    await owner
      .getByRole('button', { name: /Earlier/ })
      .last()
      .click();
    await owner.waitForFunction(
      () =>
        document.querySelector('.product-image-list img')?.getAttribute('alt') ===
        'Icons in use on a landing page',
    );
    await owner.evaluate(() => window.scrollTo(0, 0));
    await owner.screenshot({ path: screenshotPath('dashboard-product-edit.png'), fullPage: true });

    await owner.getByRole('button', { name: 'Publish' }).click();
    await owner.getByText('The product is now published.').waitFor();

    const shopper = await stack.newPage({ userAgent: DESKTOP_CHROME });
    await shopper.goto(`${stack.webUrl}/products`);
    await shopper
      .getByRole('link', { name: new RegExp(PRODUCT.name) })
      .first()
      .click();
    await waitForPage(shopper, `${stack.webUrl}/products/${PRODUCT.slug}`);
    await shopper.getByRole('heading', { level: 1, name: PRODUCT.name }).waitFor();
    await shopper.getByRole('heading', { name: 'What you get' }).waitFor();
    expect(await shopper.locator('main img').first().getAttribute('alt')).toBe(
      'Icons in use on a landing page',
    );
    expect(productUrl).toContain('/dashboard/products/');

    // The shopper buys it in test mode and gets a working download link.
    await shopper.getByRole('button', { name: 'Buy now' }).click();
    await waitForPage(shopper, /\/checkout\/test\/[^/]+$/);
    await shopper.getByLabel('Email address').fill('fan@example.com');
    await shopper.getByRole('button', { name: 'Pay $24.00' }).click();
    await waitForPage(shopper, /\/checkout\/success\?session_id=/);
    const link = shopper.getByRole('link', { name: 'Download glyph-icons.zip' });
    downloadPage = (await link.getAttribute('href'))!;
    expect((await fetch(downloadPage)).status).toBe(200);
    await shopper.context().close();

    await owner.goto(`${stack.webUrl}/dashboard/products`);
    await owner.getByRole('row', { name: new RegExp(PRODUCT.name) }).waitFor();
    await owner.screenshot({ path: screenshotPath('dashboard-products.png'), fullPage: true });
  });

  it('finds the order, refunds it in full, and the buyer’s download link stops working', async () => {
    await owner.getByRole('navigation', { name: 'Dashboard' }).getByRole('link', { name: 'Orders' }).click();
    await waitForPage(owner, `${stack.webUrl}/dashboard/orders`);
    await owner.getByLabel('Search').fill('fan@example.com');
    await owner.getByRole('button', { name: /filter|search|apply/i }).click();
    await waitForPage(owner, /\/dashboard\/orders\?.*query=fan%40example\.com/);
    const rows = owner.locator('table.data-table tbody tr');
    expect(await rows.count()).toBe(1);
    await rows.first().getByRole('link').click();
    await waitForPage(owner, /\/dashboard\/orders\/[0-9a-f-]{36}$/);
    await owner.getByRole('heading', { level: 1, name: /^Order #\d+$/ }).waitFor();
    await owner.getByText(PRODUCT.name).first().waitFor();

    // Without the confirmation nothing is refunded; with it, the whole order is.
    await owner.getByRole('button', { name: 'Refund', exact: true }).click();
    await owner.getByText('Tick the box to confirm the refund.').waitFor();
    expect((await fetch(downloadPage)).status).toBe(200);
    await owner.getByLabel('I want to send this money back to the buyer').check();
    await owner.getByRole('button', { name: 'Refund', exact: true }).click();
    await owner.getByText('Order refunded in full; its downloads and keys are revoked.').waitFor();
    await owner.getByText('Nothing is left to refund.').waitFor();
    // The audit log names who did it.
    await owner.locator('td', { hasText: stack.owner.email }).first().waitFor();
    await loadAllImages(owner);
    await owner.evaluate(() => window.scrollTo(0, 0));
    await owner.screenshot({ path: screenshotPath('dashboard-order.png'), fullPage: true });

    const afterRefund = await fetch(downloadPage);
    expect(afterRefund.status).toBeGreaterThanOrEqual(400);
    const audited = (await stack.sql(
      "select count(*)::int as count from audit_entry where action like '%refund%'",
    )) as Array<{ count: number }>;
    expect(audited[0]?.count).toBe(1);
  });

  it('pages the order’s audit log on its own cursor', async () => {
    // Sixty changes after the refund, as the audit service writes them: more than the page's fifty.
    const orderId = new URL(owner.url()).pathname.split('/').at(-1);
    await stack.sql(
      `insert into audit_entry (id, action, subject_type, subject_id, order_id, actor_kind, actor_id,
                                actor_label, created_at)
       select gen_random_uuid(), 'download.reset_count', 'download_grant', 'grant-' || n, ?, 'system',
              'system', 'Support bot ' || n, now() + n * interval '1 minute'
         from generate_series(1, 60) as n`,
      [orderId],
    );
    await owner.reload();
    const audit = owner.getByRole('region', { name: 'Audit log' });
    await audit.getByText('61 in all.').waitFor();
    expect(await audit.locator('tbody tr').count()).toBe(50);
    await audit.getByRole('link', { name: 'Later changes' }).click();
    await waitForPage(owner, /\/dashboard\/orders\/[0-9a-f-]{36}\?auditAfter=[\w-]+#order-audit$/);
    await audit.getByRole('cell', { name: 'Support bot 60', exact: true }).waitFor();
    expect(await audit.locator('tbody tr').count()).toBe(11);
    await audit.getByRole('link', { name: '← Oldest changes' }).click();
    await waitForPage(owner, /\/dashboard\/orders\/[0-9a-f-]{36}#order-audit$/);
    await audit.getByRole('cell', { name: stack.owner.email }).first().waitFor();
    expect(await audit.locator('tbody tr').count()).toBe(50);

    // A cursor the API does not know (edited by hand, or its row gone) starts the list again.
    const orderUrl = `${stack.webUrl}/dashboard/orders/${orderId}`;
    await owner.goto(`${orderUrl}?auditAfter=not-a-cursor`);
    await waitForPage(owner, orderUrl);
    await audit.getByText('61 in all.').waitFor();
  });

  it('shows revenue for the last 30 days with the chart, and the refund taken off', async () => {
    // A month of sales to chart: seven test-mode purchases of the demo catalog, spread back over 30 days.
    const slugs = ['aurora-figma-ui-kit', 'second-brain-notion-template', 'golden-hour-lightroom-presets'];
    for (let n = 0; n < 7; n++) {
      const { product } = await api<{ product: { id: string } }>(
        'query ($slug: String!) { product(slug: $slug) { id } }',
        {
          slug: slugs[n % slugs.length],
        },
      );
      const { createCheckout } = await api<{ createCheckout: { id: string } }>(
        'mutation ($id: ID!) { createCheckout(input: { productId: $id }) { id } }',
        { id: product.id },
      );
      await api(
        'mutation ($id: ID!, $email: String!) { completeTestCheckout(id: $id, email: $email) { order { number } } }',
        {
          id: createCheckout.id,
          email: `reader${n % 4}@example.com`,
        },
      );
    }
    await stack.sql(
      `update shop_order set created_at = o.day, paid_at = o.day, updated_at = now()
         from (select id, now() - (row_number() over (order by created_at)) * interval '3 days 7 hours' as day
                 from shop_order where status = 'paid' and email like 'reader%') o
        where shop_order.id = o.id`,
    );

    await owner.goto(`${stack.webUrl}/dashboard?range=30d`);
    await owner.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
    await owner.locator('.revenue-chart-canvas canvas').first().waitFor();
    // The refunded order counts in gross and in refunds; net is what is left.
    const page = (await owner.locator('main').textContent()) ?? '';
    expect(page).toMatch(/Refunds[\s\S]*\$24\.00/);
    await owner.evaluate(() => window.scrollTo(0, 0));
    await owner.screenshot({ path: screenshotPath('dashboard-overview.png'), fullPage: true });
  });

  it('shows a customer’s orders, and starts a list with a stale cursor again from its first page', async () => {
    const [customer] = (await stack.sql(
      "select id from customer where email = 'reader0@example.com'",
    )) as Array<{
      id: string;
    }>;
    const customerUrl = `${stack.webUrl}/dashboard/customers/${customer!.id}`;
    await owner.goto(customerUrl);
    const orders = owner.getByRole('region', { name: 'Orders', exact: true });
    await orders.locator('tbody tr').first().waitFor();
    expect(await orders.locator('tbody tr').count()).toBe(2);
    // Two orders fit on one page: no pager.
    expect(await orders.getByRole('link', { name: 'Older orders' }).count()).toBe(0);

    await owner.goto(`${customerUrl}?ordersAfter=not-a-cursor&licensesAfter=nor-this`);
    await waitForPage(owner, customerUrl);
    expect(await orders.locator('tbody tr').count()).toBe(2);
  });
});

/** One GraphQL operation against the API, as a shopper would send it. */
async function api<T = unknown>(query: string, variables: Record<string, unknown>): Promise<T> {
  const response = await fetch(`${stack.apiUrl}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown };
  if (!body.data || body.errors) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}
