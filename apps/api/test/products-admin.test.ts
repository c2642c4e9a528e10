// The creator's products over GraphQL against a real API on its own database: creating and editing with
// bad input (nothing written), slugs unique in any case and under a race, who may, the draft/published
// line between the dashboard and the storefront, sales per product, and the domain events of publishing.
import { randomUUID } from 'node:crypto';
import { ApiKey, User } from '@shelf/db/accounts';
import { Product } from '@shelf/db/catalog';
import { DomainEvent } from '@shelf/db/events';
import { hashPassword, hashToken } from '@shelf/signing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './harness.ts';

let api: TestApi;
let auth: Record<string, string>;

const PRODUCT = `id slug name status kind interval price { amount currency } requiresLicenseKey
  licenseActivationLimit downloadLimit downloadWindowDays sales { count revenue { amount currency } }`;
const CREATE = `mutation($input: CreateProductInput!) { createProduct(input: $input) { ${PRODUCT} } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateProductInput!) { updateProduct(id: $id, input: $input) { ${PRODUCT} } }`;

type Answer = { data?: any; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
const error = (answer: Answer) => answer.errors?.[0]?.extensions;

const input = (overrides: Record<string, unknown> = {}) => ({
  name: 'Icon Pack',
  slug: `icons-${randomUUID().slice(0, 8)}`,
  price: { amount: 1500, currency: 'usd' },
  ...overrides,
});

beforeAll(async () => {
  api = await startTestApi({ PAYMENTS: 'test', EMAIL: 'outbox' });
  const { data } = await api.graphql<{ login: { token: string } }>(
    'mutation { login(email: "owner@example.com", password: "correct horse battery staple") { token } }',
  );
  auth = { authorization: `Bearer ${data!.login.token}` };
});
afterAll(() => api.close());

async function create(overrides: Record<string, unknown> = {}, headers = auth): Promise<Answer> {
  return api.graphql(CREATE, { input: input(overrides) }, headers);
}

describe('createProduct', () => {
  it('creates a draft with every field, invisible to the public catalog', async () => {
    const answer = await create({
      tagline: 'Three hundred icons',
      description: '# Icons\n\nCrisp.',
      requiresLicenseKey: true,
      licenseActivationLimit: 2,
      downloadLimit: 5,
      downloadWindowDays: 30,
    });
    expect(answer.errors).toBeUndefined();
    const product = answer.data.createProduct;
    expect(product).toMatchObject({
      status: 'DRAFT',
      kind: 'ONE_TIME',
      price: { amount: 1500, currency: 'usd' },
      licenseActivationLimit: 2,
      downloadLimit: 5,
      downloadWindowDays: 30,
      sales: { count: 0, revenue: [] },
    });
    const publicView = await api.graphql<any>('query($slug: String!) { product(slug: $slug) { id } }', {
      slug: product.slug,
    });
    expect(publicView.data.product).toBeNull();
    const list = await api.graphql<any>('{ products(first: 100) { nodes { id } } }');
    expect(list.data.products.nodes.map((node: { id: string }) => node.id)).not.toContain(product.id);
    const checkout = await api.graphql(
      'mutation($input: CreateCheckoutInput!) { createCheckout(input: $input) { id } }',
      { input: { productId: product.id } },
    );
    expect(error(checkout)?.code).toBe('NOT_FOUND');
  });

  it.each([
    [{ name: '  ' }, 'name'],
    [{ slug: 'Has Spaces' }, 'slug'],
    [{ slug: 'trailing-' }, 'slug'],
    [{ price: { amount: -1, currency: 'usd' } }, 'price.amount'],
    [{ price: { amount: 10, currency: 'xyz' } }, 'price.currency'],
    [{ price: { amount: 10, currency: 'us' } }, 'price.currency'],
    [{ kind: 'SUBSCRIPTION' }, 'interval'],
    [{ kind: 'SUBSCRIPTION', interval: 'MONTH', price: { amount: 0, currency: 'usd' } }, 'price.amount'],
    [{ interval: 'YEAR' }, 'interval'],
    [{ downloadLimit: 0 }, 'downloadLimit'],
    [{ licenseActivationLimit: -2 }, 'licenseActivationLimit'],
    [{ downloadWindowDays: 0 }, 'downloadWindowDays'],
  ])('refuses %j with BAD_USER_INPUT on %s and writes nothing', async (bad, field) => {
    const before = await api.em().count(Product, {});
    const answer = await create(bad);
    expect(error(answer)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await api.em().count(Product, {})).toBe(before);
  });

  it('accepts a subscription with an interval and an upper-case currency', async () => {
    const answer = await create({
      kind: 'SUBSCRIPTION',
      interval: 'YEAR',
      price: { amount: 9900, currency: 'EUR' },
    });
    expect(answer.errors).toBeUndefined();
    expect(answer.data.createProduct).toMatchObject({
      kind: 'SUBSCRIPTION',
      interval: 'YEAR',
      price: { amount: 9900, currency: 'eur' },
    });
  });

  it('refuses a taken slug in any case with CONFLICT', async () => {
    const slug = `taken-${randomUUID().slice(0, 8)}`;
    expect((await create({ slug })).errors).toBeUndefined();
    expect(error(await create({ slug }))).toMatchObject({ code: 'CONFLICT', field: 'slug' });
    expect(error(await create({ slug: slug.toUpperCase() }))).toMatchObject({
      code: 'CONFLICT',
      field: 'slug',
    });
    expect(await api.em().count(Product, { slug })).toBe(1);
  });

  it('lets exactly one of many concurrent creates with one slug win', async () => {
    const slug = `race-${randomUUID().slice(0, 8)}`;
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) => create({ slug: i % 2 ? slug : slug.toUpperCase() })),
    );
    expect(answers.filter((answer) => !answer.errors)).toHaveLength(1);
    for (const answer of answers.filter((one) => one.errors))
      expect(error(answer)).toMatchObject({ code: 'CONFLICT', field: 'slug' });
    expect(await api.em().count(Product, { slug })).toBe(1);
  });
});

describe('updateProduct', () => {
  it('changes only the fields given, publishes into the catalog and announces it', async () => {
    const created = (await create({ downloadLimit: 3 })).data.createProduct;
    const renamed = await api.graphql<any>(UPDATE, { id: created.id, input: { name: 'Icon Pack 2' } }, auth);
    expect(renamed.errors).toBeUndefined();
    expect(renamed.data.updateProduct).toMatchObject({
      name: 'Icon Pack 2',
      downloadLimit: 3,
      status: 'DRAFT',
    });

    const published = await api.graphql<any>(
      UPDATE,
      {
        id: created.id,
        input: { status: 'PUBLISHED', downloadLimit: null, price: { amount: 2500, currency: 'usd' } },
      },
      auth,
    );
    expect(published.data.updateProduct).toMatchObject({ status: 'PUBLISHED', downloadLimit: null });
    const publicView = await api.graphql<any>(
      'query($slug: String!) { product(slug: $slug) { id status price { amount } } }',
      { slug: created.slug },
    );
    expect(publicView.data.product).toMatchObject({
      id: created.id,
      status: 'PUBLISHED',
      price: { amount: 2500 },
    });
    const events = await api.em().find(DomainEvent, { subjectId: created.id }, { orderBy: { seq: 'asc' } });
    expect(events.map((event) => event.type)).toEqual(['product.updated', 'product.published']);

    // The new price is what a checkout charges now.
    const checkout = await api.graphql<any>(
      'mutation($input: CreateCheckoutInput!) { createCheckout(input: $input) { id } }',
      { input: { productId: created.id } },
    );
    expect(checkout.errors).toBeUndefined();
    const paid = await api.graphql<any>(
      'mutation($id: ID!, $email: String!) { completeTestCheckout(id: $id, email: $email) { order { number } } }',
      { id: checkout.data.createCheckout.id, email: 'buyer@example.com' },
    );
    expect(paid.errors).toBeUndefined();
    const admin = await api.graphql<any>(
      `query($id: ID!) { adminProduct(id: $id) { ${PRODUCT} } }`,
      { id: created.id },
      auth,
    );
    expect(admin.data.adminProduct.sales).toEqual({ count: 1, revenue: [{ amount: 2500, currency: 'usd' }] });

    const archived = await api.graphql<any>(UPDATE, { id: created.id, input: { status: 'ARCHIVED' } }, auth);
    expect(archived.data.updateProduct.status).toBe('ARCHIVED');
    const gone = await api.graphql<any>('query($slug: String!) { product(slug: $slug) { id } }', {
      slug: created.slug,
    });
    expect(gone.data.product).toBeNull();
  });

  it('refuses bad input and a taken slug without changing anything', async () => {
    const first = (await create()).data.createProduct;
    const second = (await create()).data.createProduct;
    const taken = await api.graphql<any>(
      UPDATE,
      { id: second.id, input: { slug: first.slug.toUpperCase(), name: 'X' } },
      auth,
    );
    expect(error(taken)).toMatchObject({ code: 'CONFLICT', field: 'slug' });
    const negative = await api.graphql<any>(
      UPDATE,
      { id: second.id, input: { name: 'Changed', price: { amount: -5, currency: 'usd' } } },
      auth,
    );
    expect(error(negative)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'price.amount' });
    const toSubscription = await api.graphql<any>(
      UPDATE,
      { id: second.id, input: { kind: 'SUBSCRIPTION' } },
      auth,
    );
    expect(error(toSubscription)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'interval' });
    const stored = await api.em().findOneOrFail(Product, { id: second.id });
    expect(stored).toMatchObject({
      name: 'Icon Pack',
      slug: second.slug,
      priceCents: 1500,
      kind: 'one_time',
    });
    const missing = await api.graphql<any>(UPDATE, { id: randomUUID(), input: { name: 'X' } }, auth);
    expect(error(missing)?.code).toBe('NOT_FOUND');
  });
});

describe('adminProducts', () => {
  it('lists every status, filters by status and search, and pages', async () => {
    const tag = randomUUID().slice(0, 8);
    const draft = (await create({ name: `Find ${tag} draft`, slug: `find-${tag}-a` })).data.createProduct;
    const live = (await create({ name: `Find ${tag} live`, slug: `find-${tag}-b`, status: 'PUBLISHED' })).data
      .createProduct;
    const query = `query($status: ProductStatus, $query: String, $first: Int, $after: String) {
      adminProducts(status: $status, query: $query, first: $first, after: $after) {
        totalCount nodes { id status sales { count } } pageInfo { hasNextPage endCursor } } }`;
    const all = await api.graphql<any>(query, { query: tag }, auth);
    expect(all.data.adminProducts.totalCount).toBe(2);
    expect(all.data.adminProducts.nodes.map((node: { id: string }) => node.id)).toEqual([live.id, draft.id]);
    const drafts = await api.graphql<any>(query, { query: tag, status: 'DRAFT' }, auth);
    expect(drafts.data.adminProducts.nodes.map((node: { id: string }) => node.id)).toEqual([draft.id]);
    const page1 = await api.graphql<any>(query, { query: tag, first: 1 }, auth);
    expect(page1.data.adminProducts.pageInfo.hasNextPage).toBe(true);
    const page2 = await api.graphql<any>(
      query,
      { query: tag, first: 1, after: page1.data.adminProducts.pageInfo.endCursor },
      auth,
    );
    expect(page2.data.adminProducts.nodes.map((node: { id: string }) => node.id)).toEqual([draft.id]);
    expect(page2.data.adminProducts.pageInfo.hasNextPage).toBe(false);
    const tooMany = await api.graphql<any>(query, { first: 101 }, auth);
    expect(error(tooMany)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});

describe('productDescriptionPreview', () => {
  it('renders Markdown with the storefront rules, scripts removed, for creators only', async () => {
    const query = 'query($markdown: String!) { productDescriptionPreview(markdown: $markdown) }';
    const markdown = '# Title\n\n**bold** <script>alert(1)</script> [x](javascript:alert(1))';
    const answer = await api.graphql<any>(query, { markdown }, auth);
    const html: string = answer.data.productDescriptionPreview;
    expect(html).toContain('<h2>Title</h2>');
    expect(html).toContain('<strong>bold</strong>');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('javascript:');
    expect(error(await api.graphql(query, { markdown }))?.code).toBe('UNAUTHENTICATED');
  });
});

describe('who may', () => {
  async function apiKey(scopes: string[]): Promise<Record<string, string>> {
    const token = `shelf_prod${scopes.length}_${'y'.repeat(32)}${scopes.join('').replace(/:/g, '')}`;
    const em = api.em();
    em.create(ApiKey, {
      name: 'test',
      prefix: `p${scopes.join('')}`.slice(0, 16),
      keyHash: hashToken(token),
      scopes,
    });
    await em.flush();
    return { authorization: `Bearer ${token}` };
  }

  it('refuses anonymous callers and keys without catalog:write; staff may', async () => {
    expect(error(await create({}, {}))?.code).toBe('UNAUTHENTICATED');
    expect(error(await api.graphql('{ adminProducts { totalCount } }'))?.code).toBe('UNAUTHENTICATED');
    const reader = await apiKey(['catalog:read']);
    expect(error(await create({}, reader))?.code).toBe('FORBIDDEN');
    expect((await api.graphql<any>('{ adminProducts { totalCount } }', {}, reader)).errors).toBeUndefined();
    const writer = await apiKey(['catalog:read', 'catalog:write']);
    expect((await create({}, writer)).errors).toBeUndefined();
    const publicSales = await api.graphql('{ products(first: 1) { nodes { sales { count } } } }');
    expect(error(publicSales)?.code).toBe('UNAUTHENTICATED');

    const email = `staff-${randomUUID()}@example.com`;
    const em = api.em();
    em.create(User, {
      email,
      name: 'Staff',
      role: 'staff',
      passwordHash: await hashPassword('staff password 123'),
    });
    await em.flush();
    const login = await api.graphql<any>(
      'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
      { email, password: 'staff password 123' },
    );
    const staff = { authorization: `Bearer ${login.data.login.token}` };
    expect((await create({}, staff)).errors).toBeUndefined();
  });
});
