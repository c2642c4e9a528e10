// The API documentation page as an integrator finds it: public (no sign-in, no cookie), server-rendered
// with every section, the example operations on the page, and linked from the storefront's footer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_OPERATIONS, SCOPES } from '../app/lib/api-docs.ts';
import { type Stack, screenshotPath, startStack } from './support/stack.ts';

const SECTION_HEADINGS = [
  'Authentication',
  'Scopes',
  'Pagination',
  'Errors',
  'Rate limits',
  'Webhooks',
  'Example queries',
  'Schema changes',
];

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
});

afterAll(async () => {
  await stack?.close();
});

/** The text of every heading of a level, tags inside it removed. */
function headings(html: string, level: number): string[] {
  return [...html.matchAll(new RegExp(`<h${level}[^>]*>([\\s\\S]*?)</h${level}>`, 'g'))].map((match) =>
    match[1]!
      .replace(/<[^>]+>/g, '')
      .replaceAll('&#x27;', "'")
      .replaceAll('&amp;', '&')
      .trim(),
  );
}

describe('/docs/api', () => {
  it('is served to anyone, without a session, with every section and example', async () => {
    const response = await fetch(`${stack.webUrl}/docs/api`, { redirect: 'manual' });
    const html = await response.text();
    expect(response.status, html.slice(0, 500)).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    // Nothing about it depends on who asks: no session cookie is set or needed.
    expect(response.headers.get('set-cookie')).toBeNull();

    expect(headings(html, 1)).toEqual(['API documentation']);
    expect(headings(html, 2)).toEqual(SECTION_HEADINGS);
    expect(headings(html, 3)).toEqual(
      expect.arrayContaining(EXAMPLE_OPERATIONS.map((example) => example.title)),
    );
    expect(html).toMatch(/<title>API documentation · [^<]+<\/title>/);
    for (const [scope] of SCOPES) expect(html).toContain(`<code>${scope}</code>`);
    expect(html).toContain('Authorization: Bearer shelf_live_');
    expect(html).toContain('new Webhook(');
    expect(html).toContain('WEBHOOKS_ALLOW_PRIVATE=true');
    for (const header of ['RateLimit-Remaining', 'Retry-After', 'webhook-signature', 'X-Request-Id']) {
      expect(html).toContain(header);
    }
  });

  it('is linked from the storefront footer', async () => {
    const html = await (await fetch(`${stack.webUrl}/products`)).text();
    const footer = html.slice(html.indexOf('<footer'));
    expect(footer).toMatch(/<a[^>]+href="\/docs\/api"[^>]*>API docs<\/a>/);

    // Followed in a browser, the link opens the page with its contents.
    const page = await stack.newPage();
    await page.goto(`${stack.webUrl}/products`);
    await page.getByRole('contentinfo').getByRole('link', { name: 'API docs' }).click();
    await page.waitForURL(`${stack.webUrl}/docs/api`);
    // The address changes as the client-side navigation commits; the new page renders right after.
    await page.getByRole('heading', { level: 1, name: 'API documentation' }).waitFor();
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
    expect(await page.getByRole('navigation', { name: 'On this page' }).getByRole('link').count()).toBe(8);
    await page.screenshot({ path: screenshotPath('api-docs.png') });
  });
});
