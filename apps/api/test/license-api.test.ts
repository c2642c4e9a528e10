// The license API as installed software sees it, against a real API on its own database: keys bought
// through test mode, activated, validated and deactivated over Lemon Squeezy's and Gumroad's REST shapes
// (compared field by field with fixtures written from their docs), the exact activation limit under
// concurrency, re-activation per product setting, every way a key stops working, bad input on every
// route, domain events, and the failed-lookup rate limit.
import { readFileSync } from 'node:fs';
import { Product } from '@shelf/db/catalog';
import { DomainEvent } from '@shelf/db/events';
import { License, LicenseActivation, LicenseEvent } from '@shelf/db/licensing';
import { Order } from '@shelf/db/orders';
import { generateLicenseKey, verifyLicenseCertificate } from '@shelf/licensing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  extendLicensesForOrder,
  revokeLicensesForOrder,
  setLicenseStatus,
} from '../src/modules/licensing/licensing.service.ts';
import { startTestApi, type TestApi } from './harness.ts';

let api: TestApi;
const productIds: Record<string, string> = {};

beforeAll(async () => {
  api = await startTestApi({ PUBLIC_URL: 'http://shop.test', PAYMENTS: 'test', EMAIL: 'outbox' });
  const { data } = await api.graphql<{ products: { nodes: Array<{ id: string; slug: string }> } }>(
    '{ products { nodes { id slug } } }',
  );
  for (const product of data!.products.nodes) productIds[product.slug] = product.id;
});
afterAll(() => api.close());

const SOFTWARE = 'framecraft-screenshot-tool';

/** Buys the demo software through test mode and returns its license key. */
async function buyKey(target: TestApi = api, email = 'dev@example.com'): Promise<string> {
  const { data } = await target.graphql<{ product: { id: string } }>(
    `{ product(slug: "${SOFTWARE}") { id } }`,
  );
  const created = await target.graphql<{ createCheckout: { id: string } }>(
    'mutation($input: CreateCheckoutInput!) { createCheckout(input: $input) { id } }',
    { input: { productId: data!.product.id } },
  );
  expect(created.errors).toBeUndefined();
  const paid = await target.graphql<{
    completeTestCheckout: { order: { licenses: Array<{ key: string }> } };
  }>(
    'mutation($id: ID!, $email: String!) { completeTestCheckout(id: $id, email: $email) { order { licenses { key } } } }',
    { id: created.data!.createCheckout.id, email },
  );
  expect(paid.errors).toBeUndefined();
  return paid.data!.completeTestCheckout.order.licenses[0]!.key;
}

type Answer = { status: number; body: any; headers: Headers };

async function post(
  path: string,
  body: unknown,
  options: { form?: boolean; contentType?: string; raw?: string; target?: TestApi; ip?: string } = {},
): Promise<Answer> {
  const form = options.form ?? false;
  const payload =
    options.raw ??
    (form
      ? new URLSearchParams(body as Record<string, string>).toString()
      : body === undefined
        ? ''
        : JSON.stringify(body));
  const response = await fetch(`${(options.target ?? api).url}${path}`, {
    method: 'POST',
    headers: {
      'content-type':
        options.contentType ?? (form ? 'application/x-www-form-urlencoded' : 'application/json'),
      ...(options.ip ? { 'x-forwarded-for': options.ip } : {}),
    },
    body: payload,
  });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {}
  return { status: response.status, body: parsed, headers: response.headers };
}

const activate = (key: string, instanceName: string, form = false) =>
  post('/v1/licenses/activate', { license_key: key, instance_name: instanceName }, { form });
const validate = (key: string, instanceId?: string) =>
  post('/v1/licenses/validate', { license_key: key, ...(instanceId ? { instance_id: instanceId } : {}) });
const deactivate = (key: string, instanceId: string) =>
  post('/v1/licenses/deactivate', { license_key: key, instance_id: instanceId });

function fixture(name: string): any {
  return JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8'));
}

function kind(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

// Documented deviations from Lemon Squeezy's integer ids (see http/license-api.ts and the README): our
// uuids go out as strings, and there are no variants.
const LEMON_ID_FIELDS = new Set([
  'license_key.id',
  'meta.order_item_id',
  'meta.product_id',
  'meta.customer_id',
  'meta.variant_id',
]);

/**
 * The same keys at every level, and the same JSON type for each value. A null in the fixture (a field
 * documented as nullable) accepts null or a string; `exceptions` lists documented deviations.
 */
function expectSameShape(
  actual: unknown,
  expected: unknown,
  exceptions = new Set<string>(),
  path = '',
): void {
  if (exceptions.has(path)) return;
  if (kind(expected) === 'object') {
    expect(kind(actual), path).toBe('object');
    const a = actual as Record<string, unknown>;
    const e = expected as Record<string, unknown>;
    expect(Object.keys(a).sort(), path).toEqual(Object.keys(e).sort());
    for (const key of Object.keys(e)) {
      expectSameShape(a[key], e[key], exceptions, path ? `${path}.${key}` : key);
    }
    return;
  }
  if (kind(expected) === 'null') {
    expect(['null', 'string'], path).toContain(kind(actual));
    return;
  }
  expect(kind(actual), path).toBe(kind(expected));
}

describe('Lemon Squeezy-compatible activation, validation and deactivation', () => {
  it('activates, validates and deactivates in Lemon Squeezy’s shapes', async () => {
    const key = await buyKey();
    const first = await validate(key);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ valid: true, error: null, instance: null });
    expect(first.body.license_key.status).toBe('inactive');

    const activated = await activate(key, 'MacBook Pro');
    expect(activated.status).toBe(200);
    const { certificate, ...lemonBody } = activated.body;
    expectSameShape(lemonBody, fixture('lemon-squeezy/activate'), LEMON_ID_FIELDS);
    // Our one addition: an offline certificate of this activation, signed with the store's published key.
    const published = (await (await fetch(`${api.url}/.well-known/shelf-license-key`)).json()) as {
      public_key_pem: string;
    };
    const checked = verifyLicenseCertificate(certificate, published.public_key_pem, {
      instanceId: activated.body.instance.id,
    });
    expect(checked.valid && checked.payload.licenseKey).toBe(key);
    expect(activated.body).toMatchObject({
      activated: true,
      error: null,
      license_key: { status: 'active', key, activation_limit: 3, activation_usage: 1, expires_at: null },
      instance: { name: 'MacBook Pro' },
      meta: {
        store_id: 1,
        product_id: productIds[SOFTWARE],
        product_name: 'Framecraft',
        variant_id: null,
        customer_email: 'dev@example.com',
      },
    });
    expect(activated.headers.get('cache-control')).toBe('no-store');
    const order = await api.em().findOneOrFail(Order, { number: activated.body.meta.order_id });
    expect(order.email).toBe('dev@example.com');
    const instanceId: string = activated.body.instance.id;

    const valid = await validate(key, instanceId);
    expect(valid.status).toBe(200);
    expectSameShape(valid.body, fixture('lemon-squeezy/validate'), LEMON_ID_FIELDS);
    expect(valid.body).toMatchObject({ valid: true, instance: { id: instanceId, name: 'MacBook Pro' } });

    const gone = await deactivate(key, instanceId);
    expect(gone.status).toBe(200);
    expectSameShape(gone.body, fixture('lemon-squeezy/deactivate'), LEMON_ID_FIELDS);
    expect(gone.body).toMatchObject({
      deactivated: true,
      license_key: { status: 'inactive', activation_usage: 0 },
    });
    const after = await validate(key, instanceId);
    expect(after.body).toMatchObject({ valid: false, error: 'This instance has been deactivated.' });
    // A retried deactivation answers the same and frees nothing twice.
    const again = await deactivate(key, instanceId);
    expect(again.body).toMatchObject({ deactivated: true, license_key: { activation_usage: 0 } });
  });

  it('accepts form bodies and keys typed in any case, with spaces and look-alikes', async () => {
    const key = await buyKey();
    const typed = ` ${key.toLowerCase().replaceAll('-', ' ').replaceAll('0', 'o')} `;
    const activated = await activate(typed, 'Linux box', true);
    expect(activated.status).toBe(200);
    expect(activated.body.license_key.key).toBe(key);
    const form = await post(
      '/v1/licenses/validate',
      { license_key: key, instance_id: activated.body.instance.id },
      { form: true },
    );
    expect(form.body.valid).toBe(true);
  });

  it('never lets 20 concurrent activations past a limit of 3, and never answers 5xx', async () => {
    const key = await buyKey();
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => activate(key, `machine-${i}`)));
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 200)).toHaveLength(3);
    expect(statuses.filter((status) => status === 400)).toHaveLength(17);
    for (const answer of answers.filter((a) => a.status === 400)) {
      expectSameShape(answer.body, fixture('lemon-squeezy/activation-limit'));
      expect(answer.body).toEqual({
        activated: false,
        error: 'This license key has reached the activation limit.',
      });
    }
    const license = await api.em().findOneOrFail(License, { key });
    expect(license.activationCount).toBe(3);
    expect(await api.em().count(LicenseActivation, { license, deactivatedAt: null })).toBe(3);
  });

  it('frees a seat on deactivate', async () => {
    const key = await buyKey();
    const ids: string[] = [];
    for (const name of ['a', 'b', 'c']) ids.push((await activate(key, name)).body.instance.id);
    expect((await activate(key, 'd')).status).toBe(400);
    expect((await deactivate(key, ids[1]!)).status).toBe(200);
    const d = await activate(key, 'd');
    expect(d.status).toBe(200);
    expect(d.body.license_key.activation_usage).toBe(3);
    expect((await validate(key, ids[1]!)).body.valid).toBe(false);
    expect((await validate(key, d.body.instance.id)).body.valid).toBe(true);
  });

  it('re-activating an active instance name reuses it, or takes a new seat when the product says so', async () => {
    const key = await buyKey();
    const first = await activate(key, 'Studio iMac');
    const second = await activate(key, 'Studio iMac');
    expect(second.status).toBe(200);
    expect(second.body.instance.id).toBe(first.body.instance.id);
    expect(second.body.license_key.activation_usage).toBe(1);

    await api.em().nativeUpdate(Product, { id: productIds[SOFTWARE] }, { licenseReactivation: 'new_seat' });
    try {
      const third = await activate(key, 'Studio iMac');
      expect(third.body.instance.id).not.toBe(first.body.instance.id);
      expect(third.body.license_key.activation_usage).toBe(2);
    } finally {
      await api
        .em()
        .nativeUpdate(Product, { id: productIds[SOFTWARE] }, { licenseReactivation: 'reuse_instance' });
    }
  });

  it('writes license.activated and license.deactivated events without the key, and the history', async () => {
    const key = await buyKey();
    const activated = await activate(key, 'Event box');
    const instanceId = activated.body.instance.id;
    await deactivate(key, instanceId);
    const license = await api.em().findOneOrFail(License, { key });
    const events = await api.em().find(DomainEvent, { subjectId: license.id }, { orderBy: { seq: 'asc' } });
    expect(events.map((event) => [event.type, event.payload])).toEqual([
      [
        'license.activated',
        {
          licenseId: license.id,
          instanceId,
          productId: productIds[SOFTWARE],
          activationUsage: 1,
          activationLimit: 3,
        },
      ],
      [
        'license.deactivated',
        {
          licenseId: license.id,
          instanceId,
          productId: productIds[SOFTWARE],
          activationUsage: 0,
          activationLimit: 3,
        },
      ],
    ]);
    expect(JSON.stringify(events.map((event) => event.payload))).not.toContain(key);
    const history = await api.em().find(LicenseEvent, { license }, { orderBy: { createdAt: 'asc' } });
    expect(history.map((event) => [event.type, event.instanceId, event.actor])).toEqual([
      ['activated', instanceId, 'software'],
      ['deactivated', instanceId, 'software'],
    ]);
    expect(history[0]!.ipTruncated).toBe('127.0.0.0');
  });

  it('records validation history at most once an hour and last seen at most once a minute', async () => {
    const key = await buyKey();
    const { body } = await activate(key, 'History box');
    const instanceId: string = body.instance.id;
    const em = api.em();
    await em.nativeUpdate(
      LicenseActivation,
      { instanceId },
      { lastSeenAt: new Date(Date.now() - 5 * 60_000) },
    );
    for (let i = 0; i < 5; i += 1) expect((await validate(key, instanceId)).body.valid).toBe(true);
    const activation = await api.em().findOneOrFail(LicenseActivation, { instanceId });
    expect(Date.now() - activation.lastSeenAt.getTime()).toBeLessThan(30_000);
    const license = await api.em().findOneOrFail(License, { key });
    expect(await api.em().count(LicenseEvent, { license, type: 'validated' })).toBe(1);
  });
});

describe('keys that stop working', () => {
  async function activatedKey() {
    const key = await buyKey();
    const { body } = await activate(key, 'Workstation');
    const license = await api.em().findOneOrFail(License, { key }, { populate: ['order'] });
    return { key, instanceId: body.instance.id as string, license };
  }

  it('refuses a revoked (refunded) key', async () => {
    const { key, instanceId, license } = await activatedKey();
    await revokeLicensesForOrder(api.ctx(), license.order.id, new Date());
    const answer = await validate(key, instanceId);
    expect(answer.body).toMatchObject({ valid: false, license_key: { status: 'disabled' } });
    expect((await activate(key, 'another')).body).toEqual({
      activated: false,
      error: 'This license key has been disabled.',
    });
  });

  it('refuses a key whose order was refunded or disputed, at once', async () => {
    for (const status of ['refunded', 'disputed'] as const) {
      const { key, instanceId, license } = await activatedKey();
      await api.em().nativeUpdate(Order, { id: license.order.id }, { status });
      expect((await validate(key, instanceId)).body).toMatchObject({ valid: false });
    }
  });

  it('refuses a key the creator disabled, and takes it back when reinstated', async () => {
    const { key, instanceId, license } = await activatedKey();
    expect(await setLicenseStatus(api.ctx(), license.id, 'disabled')).toBe(true);
    expect((await validate(key, instanceId)).body).toMatchObject({
      valid: false,
      error: 'This license key has been disabled.',
      license_key: { status: 'disabled' },
    });
    expect(await setLicenseStatus(api.ctx(), license.id, 'active')).toBe(true);
    expect((await validate(key, instanceId)).body.valid).toBe(true);
    const types = (await api.em().find(DomainEvent, { subjectId: license.id })).map((event) => event.type);
    expect(types).toEqual(expect.arrayContaining(['license.revoked', 'license.reinstated']));
  });

  it('refuses an expired key, and a renewal brings it back at the next validate', async () => {
    const { key, instanceId, license } = await activatedKey();
    const past = new Date(Date.now() - 60_000);
    await api.em().nativeUpdate(License, { id: license.id }, { expiresAt: past });
    expect((await validate(key, instanceId)).body).toMatchObject({
      valid: false,
      error: 'This license key has expired.',
      license_key: { status: 'expired', expires_at: past.toISOString() },
    });
    const renewedUntil = new Date(Date.now() + 30 * 86_400_000);
    await extendLicensesForOrder(api.ctx(), license.order.id, renewedUntil);
    expect((await validate(key, instanceId)).body).toMatchObject({
      valid: true,
      license_key: { status: 'active', expires_at: renewedUntil.toISOString() },
    });
  });
});

describe('Gumroad-compatible verify', () => {
  it('answers Gumroad’s shape and counts uses when asked', async () => {
    const key = await buyKey(api, 'fan@example.com');
    const first = await post('/v2/licenses/verify', { product_id: productIds[SOFTWARE], license_key: key });
    expect(first.status).toBe(200);
    expectSameShape(first.body, fixture('gumroad/verify'));
    expect(first.body).toMatchObject({
      success: true,
      uses: 1,
      purchase: {
        product_id: productIds[SOFTWARE],
        permalink: SOFTWARE,
        product_permalink: `http://shop.test/products/${SOFTWARE}`,
        email: 'fan@example.com',
        price: 3900,
        currency: 'usd',
        license_key: key,
        refunded: false,
        disputed: false,
        chargebacked: false,
      },
    });
    const uncounted = await post(
      '/v2/licenses/verify',
      { product_permalink: SOFTWARE, license_key: key, increment_uses_count: 'false' },
      { form: true },
    );
    expect(uncounted.body.uses).toBe(1);
    const counted = await post('/v2/licenses/verify', { product_permalink: SOFTWARE, license_key: key });
    expect(counted.body.uses).toBe(2);
  });

  it('answers 404 in Gumroad’s shape for an unknown key or another product', async () => {
    const key = await buyKey();
    for (const body of [
      { product_permalink: SOFTWARE, license_key: generateLicenseKey() },
      { product_permalink: 'aurora-figma-ui-kit', license_key: key },
      { product_id: productIds['aurora-figma-ui-kit'], license_key: key },
      { product_permalink: SOFTWARE, license_key: 'not-a-key' },
    ]) {
      const answer = await post('/v2/licenses/verify', body);
      expect(answer.status).toBe(404);
      expect(answer.body).toEqual(fixture('gumroad/not-found'));
    }
  });
});

describe('bad input', () => {
  const routes = [
    '/v1/licenses/activate',
    '/v1/licenses/validate',
    '/v1/licenses/deactivate',
    '/v2/licenses/verify',
  ];

  it('never answers 5xx, and says what is wrong in each dialect', async () => {
    const key = await buyKey();
    const other = await buyKey();
    const otherInstance = (await activate(other, 'theirs')).body.instance.id as string;
    const huge = JSON.stringify({ license_key: key, instance_name: 'x'.repeat(20_000) });
    for (const path of routes) {
      const verb = path.endsWith('verify')
        ? 'success'
        : path.endsWith('/activate')
          ? 'activated'
          : path.endsWith('/deactivate')
            ? 'deactivated'
            : 'valid';
      const cases: Array<[string, Promise<Answer>, number]> = [
        ['empty body', post(path, undefined), 422],
        ['empty object', post(path, {}), 422],
        [
          'wrong content type',
          post(path, undefined, { raw: 'license_key=x', contentType: 'text/plain' }),
          400,
        ],
        ['malformed JSON', post(path, undefined, { raw: '{"license_key":' }), 400],
        ['JSON array', post(path, [key]), 400],
        ['huge body', post(path, undefined, { raw: huge }), 413],
        [
          'malformed key',
          post(path, {
            license_key: 'SHELF-NOPE',
            instance_name: 'x',
            instance_id: otherInstance,
            product_permalink: SOFTWARE,
          }),
          404,
        ],
        [
          'key of wrong type',
          post(path, {
            license_key: 12,
            instance_name: 'x',
            instance_id: otherInstance,
            product_permalink: SOFTWARE,
          }),
          422,
        ],
      ];
      if (path.endsWith('validate') || path.endsWith('deactivate')) {
        cases.push(['wrong instance id', post(path, { license_key: key, instance_id: 'nope' }), 404]);
        cases.push([
          'unknown instance id',
          post(path, { license_key: key, instance_id: '00000000-0000-4000-8000-000000000000' }),
          404,
        ]);
        cases.push([
          'instance of another key',
          post(path, { license_key: key, instance_id: otherInstance }),
          404,
        ]);
      }
      if (path.endsWith('/activate')) {
        cases.push(['name too long', post(path, { license_key: key, instance_name: 'n'.repeat(201) }), 422]);
        cases.push([
          'name as a list',
          post(path, `license_key=${key}&instance_name=a&instance_name=b`, {
            raw: `license_key=${key}&instance_name=a&instance_name=b`,
            form: true,
          }),
          422,
        ]);
      }
      for (const [name, pending, status] of cases) {
        const answer = await pending;
        expect(answer.status, `${path}: ${name}`).toBe(status);
        expect(answer.body[verb], `${path}: ${name}`).toBe(false);
        expect(
          typeof (verb === 'success' ? answer.body.message : answer.body.error),
          `${path}: ${name}`,
        ).toBe('string');
      }
    }
    // The other key's instance is untouched by any of it.
    expect((await validate(other, otherInstance)).body.valid).toBe(true);
  });

  it('answers an unknown key with Lemon Squeezy’s 404', async () => {
    const answer = await validate(generateLicenseKey());
    expect(answer.status).toBe(404);
    expect(answer.body).toEqual(fixture('lemon-squeezy/not-found'));
  });
});

describe('GraphQL for software', () => {
  const ACTIVATE = `mutation($key: String!, $name: String!) { activateLicense(key: $key, instanceName: $name) {
    activated error message license { key state activationLimit activationUsage expiresAt productId productName }
    instance { id name createdAt deactivatedAt } certificate } }`;
  const VALIDATE = `query($key: String!, $id: ID) { validateLicense(key: $key, instanceId: $id) {
    valid error license { state activationUsage } instance { id name } } }`;
  const DEACTIVATE = `mutation($key: String!, $id: ID!) { deactivateLicense(key: $key, instanceId: $id) {
    deactivated error license { activationUsage } instance { id deactivatedAt } } }`;

  it('activates, validates and deactivates with typed results, sharing the REST rules', async () => {
    const key = await buyKey();
    const activated = await api.graphql<{ activateLicense: any }>(ACTIVATE, { key, name: 'GraphQL box' });
    expect(activated.data?.activateLicense.certificate).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/);
    expect(activated.errors).toBeUndefined();
    expect(activated.data!.activateLicense).toMatchObject({
      activated: true,
      error: null,
      license: {
        key,
        state: 'ACTIVE',
        activationLimit: 3,
        activationUsage: 1,
        productId: productIds[SOFTWARE],
      },
      instance: { name: 'GraphQL box', deactivatedAt: null },
    });
    const instanceId = activated.data!.activateLicense.instance.id;
    // The REST API sees the same instance.
    expect((await validate(key, instanceId)).body.valid).toBe(true);

    const valid = await api.graphql<{ validateLicense: any }>(VALIDATE, { key, id: instanceId });
    expect(valid.data!.validateLicense).toMatchObject({
      valid: true,
      error: null,
      instance: { id: instanceId },
    });
    const gone = await api.graphql<{ deactivateLicense: any }>(DEACTIVATE, { key, id: instanceId });
    expect(gone.data!.deactivateLicense).toMatchObject({
      deactivated: true,
      license: { activationUsage: 0 },
      instance: { id: instanceId, deactivatedAt: expect.any(String) },
    });
    const after = await api.graphql<{ validateLicense: any }>(VALIDATE, { key, id: instanceId });
    expect(after.data!.validateLicense).toMatchObject({ valid: false, error: 'INSTANCE_DEACTIVATED' });
  });

  it('answers unknown keys, foreign instances and full keys with error codes', async () => {
    const key = await buyKey();
    const unknown = await api.graphql<{ validateLicense: any }>(VALIDATE, { key: 'SHELF-TYPO' });
    expect(unknown.data!.validateLicense).toMatchObject({
      valid: false,
      error: 'KEY_NOT_FOUND',
      license: null,
    });
    const foreign = await api.graphql<{ deactivateLicense: any }>(DEACTIVATE, {
      key,
      id: '00000000-0000-4000-8000-000000000000',
    });
    expect(foreign.data!.deactivateLicense).toMatchObject({
      deactivated: false,
      error: 'INSTANCE_NOT_FOUND',
    });
    for (const name of ['1', '2', '3']) await api.graphql(ACTIVATE, { key, name });
    const full = await api.graphql<{ activateLicense: any }>(ACTIVATE, { key, name: '4' });
    expect(full.data!.activateLicense).toMatchObject({
      activated: false,
      error: 'LIMIT_REACHED',
      license: { activationUsage: 3 },
      instance: null,
    });
    const blank = await api.graphql(ACTIVATE, { key, name: '  ' });
    expect(blank.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // Too long is refused whatever the key (never silently cut), and nothing is written.
    for (const target of [key, 'SHELF-NOT-A-KEY']) {
      const long = await api.graphql(ACTIVATE, { key: target, name: 'n'.repeat(201) });
      expect(long.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    const rows = await api
      .em()
      .getConnection()
      .execute<Array<{ n: number }>>(
        `select count(*)::int as n from license_activation a join license l on l.id = a.license_id
         where l.key = ? and length(a.instance_name) > 200`,
        [key],
      );
    expect(rows[0]?.n).toBe(0);
  });
});

describe('failed lookup limit', () => {
  let limited: TestApi;
  beforeAll(async () => {
    limited = await startTestApi({
      RATE_LIMITS: 'on',
      TRUST_PROXY: 'true',
      PAYMENTS: 'test',
      EMAIL: 'outbox',
    });
  });
  afterAll(() => limited.close());

  it('refuses an address after 30 failed lookups a minute with 429 and Retry-After; others go on', async () => {
    const key = await buyKey(limited);
    const from = (ip: string, body: Record<string, string>) =>
      post('/v1/licenses/validate', body, { target: limited, ip });
    for (let i = 0; i < 30; i += 1) {
      expect((await from('203.0.113.7', { license_key: generateLicenseKey() })).status).toBe(404);
    }
    const refused = await from('203.0.113.7', { license_key: generateLicenseKey() });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(refused.body.valid).toBe(false);
    // Refused before the lookup: even a real key waits.
    expect((await from('203.0.113.7', { license_key: key })).status).toBe(429);
    // A malformed key costs no lookup and is not counted; another address is unaffected.
    expect((await from('203.0.113.8', { license_key: key })).status).toBe(200);
    const gumroad = await post(
      '/v2/licenses/verify',
      { license_key: key, product_permalink: SOFTWARE },
      { target: limited, ip: '203.0.113.7' },
    );
    expect(gumroad.status).toBe(429);
    expect(gumroad.body.success).toBe(false);
  });
});
