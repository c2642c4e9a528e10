import { Product } from '@shelf/db/catalog';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './harness.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const PRODUCTS = `query Products($first: Int, $after: String) {
  products(first: $first, after: $after) {
    totalCount
    nodes { slug name price { amount currency formatted } kind interval }
    edges { cursor node { slug } }
    pageInfo { hasNextPage endCursor }
  }
}`;

describe('catalog', () => {
  it('lists the published demo catalog in the creator order with formatted prices', async () => {
    const { status, data, errors } = await api.graphql<{ products: any }>(PRODUCTS);
    expect(status).toBe(200);
    expect(errors).toBeUndefined();
    expect(data?.products.totalCount).toBe(5);
    expect(data?.products.nodes.map((p: any) => [p.slug, p.price.formatted])).toEqual([
      ['aurora-figma-ui-kit', '$49.00'],
      ['second-brain-notion-template', '$29.00'],
      ['golden-hour-lightroom-presets', '$19.00'],
      ['framecraft-screenshot-tool', '$39.00'],
      ['design-resources-club', '$12.00'],
    ]);
    expect(data?.products.nodes[0].price).toEqual({ amount: 4900, currency: 'usd', formatted: '$49.00' });
    expect(data?.products.nodes[4]).toMatchObject({ kind: 'SUBSCRIPTION', interval: 'MONTH' });
  });

  it('paginates with cursors, without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const result: { data?: { products: any } } = await api.graphql<{ products: any }>(PRODUCTS, {
        first: 2,
        after,
      });
      const page: any = result.data!.products;
      expect(page.totalCount).toBe(5);
      expect(page.edges.map((e: any) => e.node.slug)).toEqual(page.nodes.map((n: any) => n.slug));
      seen.push(...page.nodes.map((n: any) => n.slug));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      pages += 1;
    } while (after);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(5);
    expect(seen[0]).toBe('aurora-figma-ui-kit');
  });

  it('hides drafts and archived products', async () => {
    const em = api.em();
    em.create(Product, { slug: 'secret-draft', name: 'Draft', priceCents: 100, status: 'draft' });
    em.create(Product, { slug: 'old-archived', name: 'Old', priceCents: 100, status: 'archived' });
    await em.flush();
    const { data } = await api.graphql<{ products: any }>(PRODUCTS, { first: 50 });
    expect(data?.products.totalCount).toBe(5);
    const draft = await api.graphql<{ product: unknown }>('{ product(slug: "secret-draft") { id } }');
    expect(draft.data?.product).toBeNull();
  });

  it('returns one product by slug with sanitised HTML, previews and files', async () => {
    const em = api.em();
    await em.nativeUpdate(
      Product,
      { slug: 'golden-hour-lightroom-presets' },
      {
        description:
          'Hello **world** <script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)>',
      },
    );
    const { data } = await api.graphql<{ product: any }>(`{
      product(slug: "golden-hour-lightroom-presets") {
        name descriptionHtml requiresLicenseKey downloadLimit
        previewImages { url alt } files { name size contentType }
      }
    }`);
    const product = data!.product;
    expect(product.descriptionHtml).toContain('<strong>world</strong>');
    expect(product.descriptionHtml).not.toMatch(/<script|javascript:|onerror/);
    expect(product.requiresLicenseKey).toBe(false);
    expect(product.downloadLimit).toBe(5);
    expect(product.previewImages.length).toBeGreaterThanOrEqual(2);
    expect(product.files[0]).toMatchObject({
      name: 'golden-hour-presets.zip',
      contentType: 'application/zip',
    });

    const image = await fetch(product.previewImages[0].url);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/svg+xml');
    expect(await image.text()).toContain('<svg');
  });

  it('answers null for an unknown slug', async () => {
    const { status, data } = await api.graphql<{ product: unknown }>('{ product(slug: "nope") { id } }');
    expect(status).toBe(200);
    expect(data?.product).toBeNull();
  });

  it('rejects bad arguments with BAD_USER_INPUT', async () => {
    for (const variables of [{ first: 0 }, { first: 101 }, { after: 'not-a-cursor' }]) {
      const { errors } = await api.graphql(PRODUCTS, variables);
      expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('HTTP surface', () => {
  it('answers health and readiness', async () => {
    expect((await fetch(`${api.url}/healthz`)).status).toBe(200);
    const ready = await fetch(`${api.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ database: 'ok' });
  });

  it('answers invalid GraphQL with 400 and a code', async () => {
    const parse = await api.graphql('{ products { ');
    expect(parse.status).toBe(400);
    expect(parse.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    const validation = await api.graphql('{ products { nope } }');
    expect(validation.status).toBe(400);
    expect(validation.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('answers malformed JSON with 400 and no stack trace', async () => {
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(response.status).toBe(400);
    const body = await response.text();
    expect(JSON.parse(body).errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(body).not.toMatch(/at .*\.(ts|js):\d+/);
  });

  it('tags every response with a request id', async () => {
    const response = await fetch(`${api.url}/healthz`, { headers: { 'x-request-id': 'req-123' } });
    expect(response.headers.get('x-request-id')).toBe('req-123');
  });
});
