// The storefront's security headers on the real built server: a nonce-based Content-Security-Policy that
// the page's own inline scripts satisfy (it still hydrates, with no violation in Chromium), the fixed
// headers, no Referer from the success page, and a request log that never shows a checkout session id.
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

function nonceOf(policy: string): string {
  const match = /script-src 'self' 'nonce-([A-Za-z0-9+/=]+)'/.exec(policy);
  if (!match?.[1]) throw new Error(`No script nonce in ${policy}`);
  return match[1];
}

/** Every CSP violation the page reports, from the console and from securitypolicyviolation events. */
async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  const messages: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) messages.push(message.text());
  });
  // Init scripts are injected by the browser driver, so the policy under test does not block this one.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective} blocked ${event.blockedURI}`);
    });
  });
  return async () => [
    ...messages,
    ...(await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [])),
  ];
}

async function waitForOutput(text: string): Promise<void> {
  const deadline = Date.now() + 5_000;
  while (!stack.webOutput().includes(text)) {
    if (Date.now() > deadline) throw new Error(`The web server never printed ${text}:\n${stack.webOutput()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('storefront security headers', () => {
  it('sends a fresh nonce per response that every inline script of the page carries', async () => {
    const first = await fetch(`${stack.webUrl}/products`);
    const second = await fetch(`${stack.webUrl}/products`);
    const policy = first.headers.get('content-security-policy') ?? '';
    const nonce = nonceOf(policy);
    expect(nonceOf(second.headers.get('content-security-policy') ?? '')).not.toBe(nonce);

    const html = await first.text();
    const scripts = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);

    const apiOrigin = new URL(stack.apiUrl).origin;
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain(`img-src 'self' ${apiOrigin}`);
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("base-uri 'none'");
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('upgrade-insecure-requests');
  });

  it('sends nosniff, no framing and a referrer policy, and no HSTS on plain http', async () => {
    for (const path of ['/products', '/favicon.svg', '/products/does-not-exist']) {
      const response = await fetch(`${stack.webUrl}${path}`);
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(response.headers.get('x-frame-options'), path).toBe('DENY');
      expect(response.headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
      expect(response.headers.get('strict-transport-security'), path).toBeNull();
      expect(response.headers.get('x-powered-by'), path).toBeNull();
    }
  });

  it('caches the hashed assets for a year and the rest of the client build for an hour', async () => {
    const html = await (await fetch(`${stack.webUrl}/products`)).text();
    const asset = /href="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
    expect(asset).toBeDefined();
    const script = await fetch(`${stack.webUrl}${asset}`);
    expect(script.status).toBe(200);
    expect(script.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const favicon = await fetch(`${stack.webUrl}/favicon.svg`);
    expect(favicon.headers.get('cache-control')).toBe('public, max-age=3600');
  });

  it('hydrates under the policy and buys without a single violation or Referer from the success page', async () => {
    const page = await stack.newPage();
    const violations = await recordViolations(page);

    await page.goto(`${stack.webUrl}/products`);
    // A client-side navigation and the gallery both need the hydrated app.
    await page
      .getByRole('link', { name: /Aurora UI Kit for Figma/ })
      .first()
      .click();
    await waitForPage(page, `${stack.webUrl}/products/aurora-figma-ui-kit`);
    await page.getByRole('button', { name: /Show image 2 of 3/ }).click();
    await page.waitForFunction(
      () =>
        document.querySelector('.gallery-main img')?.getAttribute('alt') ===
        'Dashboard screens from the Aurora UI Kit',
    );
    // Preview images come from the API's origin, which img-src names.
    await page.waitForFunction(() => {
      const image = document.querySelector<HTMLImageElement>('.gallery-main img');
      return image?.complete && image.naturalWidth > 0;
    });

    await page.getByRole('button', { name: 'Buy now' }).click();
    await waitForPage(page, /\/checkout\/test\/[^/]+$/);
    const sessionId = decodeURIComponent(new URL(page.url()).pathname.split('/').pop() ?? '');
    await page.getByLabel('Email address').fill('csp@example.com');
    await page.getByRole('button', { name: 'Pay $49.00' }).click();
    await waitForPage(page, /\/checkout\/success\?session_id=/);
    await page.getByRole('heading', { name: 'Thank you for your purchase!' }).waitFor();
    expect(await page.locator('head meta[name="referrer"]').getAttribute('content')).toBe('no-referrer');
    expect(await violations()).toEqual([]);

    const downloadLink = page.getByRole('link', { name: 'Download aurora-ui-kit.zip' });
    const downloadPage = (await downloadLink.getAttribute('href')) ?? '';
    const [request] = await Promise.all([page.waitForRequest(downloadPage), downloadLink.click()]);
    expect(await request.headerValue('referer')).toBeNull();
    await waitForPage(page, downloadPage);

    // The hydrated app paid and reached the success page through single-fetch data requests.
    await waitForOutput('GET /checkout/success.data?session_id=[redacted] 200');
    expect(stack.webOutput()).toContain('POST /checkout/test/:id.data 202');
    expect(stack.webOutput()).not.toContain(sessionId);
  });

  it('logs the success page without its session id', async () => {
    const response = await fetch(`${stack.webUrl}/checkout/success?session_id=cs_x`);
    expect(response.status).toBe(404);
    await waitForOutput('GET /checkout/success?session_id=[redacted] 404');
    expect(stack.webOutput()).not.toContain('cs_x');
  });
});
