// The creator's license dashboard over GraphQL, against a real API on its own database: keys bought
// through test mode and activated over the REST API for software, then looked up, listed, revoked,
// reinstated, re-limited and reset by the signed-in owner, with the effect checked where software sees
// it (/v1/licenses/*), in the history and in the domain events. Also: who may do it, and bad input.
import { ApiKey } from '@shelf/db/accounts';
import { DomainEvent } from '@shelf/db/events';
import { License, LicenseEvent } from '@shelf/db/licensing';
import { hashToken } from '@shelf/signing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './harness.ts';

let api: TestApi;
let auth: Record<string, string>;
let ownerId: string;
const SOFTWARE = 'framecraft-screenshot-tool';
const productIds: Record<string, string> = {};

beforeAll(async () => {
  api = await startTestApi({ PUBLIC_URL: 'http://shop.test', PAYMENTS: 'test', EMAIL: 'outbox' });
  const { data } = await api.graphql<{ login: { token: string; user: { id: string } } }>(
    'mutation { login(email: "owner@example.com", password: "correct horse battery staple") { token user { id } } }',
  );
  auth = { authorization: `Bearer ${data!.login.token}` };
  ownerId = data!.login.user.id;
  const products = await api.graphql<{ products: { nodes: Array<{ id: string; slug: string }> } }>(
    '{ products { nodes { id slug } } }',
  );
  for (const product of products.data!.products.nodes) productIds[product.slug] = product.id;
});
afterAll(() => api.close());

async function buyKey(email = 'dev@example.com'): Promise<string> {
  const created = await api.graphql<{ createCheckout: { id: string } }>(
    'mutation($input: CreateCheckoutInput!) { createCheckout(input: $input) { id } }',
    { input: { productId: productIds[SOFTWARE] } },
  );
  expect(created.errors).toBeUndefined();
  const paid = await api.graphql<{
    completeTestCheckout: { order: { licenses: Array<{ key: string }> } };
  }>(
    'mutation($id: ID!, $email: String!) { completeTestCheckout(id: $id, email: $email) { order { licenses { key } } } }',
    { id: created.data!.createCheckout.id, email },
  );
  expect(paid.errors).toBeUndefined();
  return paid.data!.completeTestCheckout.order.licenses[0]!.key;
}

async function post(path: string, body: unknown): Promise<{ status: number; body: any }> {
  const response = await fetch(`${api.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: await response.json() };
}
const activate = (key: string, name: string) =>
  post('/v1/licenses/activate', { license_key: key, instance_name: name });
const validate = (key: string, instanceId?: string) =>
  post('/v1/licenses/validate', { license_key: key, ...(instanceId ? { instance_id: instanceId } : {}) });

const RECORD = `id key status state activationLimit activationUsage uses expiresAt revokedAt createdAt
  product { id name slug } orderId orderNumber customer { id email name }
  activations { instanceId name firstSeenAt lastSeenAt deactivatedAt }
  history { type instanceId actor detail createdAt }`;

async function record(key: string): Promise<any> {
  const { data, errors } = await api.graphql<{ license: any }>(
    `query($key: String!) { license(key: $key) { ${RECORD} } }`,
    { key },
    auth,
  );
  expect(errors).toBeUndefined();
  return data!.license;
}

async function mutate(field: string, args: string, variables: Record<string, unknown>, headers = auth) {
  return api.graphql<Record<string, any>>(
    `mutation(${args}) { ${field}(${args
      .split(',')
      .map((arg) => arg.trim().split(':')[0]!.slice(1))
      .map((name) => `${name}: $${name}`)
      .join(', ')}) { ${RECORD} } }`,
    variables,
    headers,
  );
}

async function eventCount(): Promise<number> {
  return (await api.em().count(LicenseEvent, {})) + (await api.em().count(DomainEvent, {}));
}

describe('license(key)', () => {
  it('shows the license, its purchase, activations (active first) and history; null for unknown keys', async () => {
    const key = await buyKey('looker@example.com');
    const first = await activate(key, 'studio-mac');
    const second = await activate(key, 'laptop');
    await post('/v1/licenses/deactivate', { license_key: key, instance_id: first.body.instance.id });

    // Typed in lower case without dashes: normalised before the lookup.
    const found = await record(key.toLowerCase().replaceAll('-', ''));
    expect(found).toMatchObject({
      key,
      status: 'ACTIVE',
      state: 'ACTIVE',
      activationLimit: 3,
      activationUsage: 1,
      uses: 0,
      product: { id: productIds[SOFTWARE], slug: SOFTWARE },
      customer: { email: 'looker@example.com' },
    });
    expect(found.orderNumber).toBeGreaterThan(0);
    expect(found.activations.map((a: any) => [a.name, a.deactivatedAt === null])).toEqual([
      ['laptop', true],
      ['studio-mac', false],
    ]);
    expect(found.activations[0].instanceId).toBe(second.body.instance.id);
    expect(found.history.map((h: any) => h.type)).toEqual(['DEACTIVATED', 'ACTIVATED', 'ACTIVATED']);
    expect(found.history[2]).toMatchObject({
      instanceId: first.body.instance.id,
      actor: 'software',
      detail: { name: 'studio-mac', activationUsage: 1, activationLimit: 3 },
    });

    const limited = await api.graphql<{ license: any }>(
      'query($key: String!) { license(key: $key) { history(first: 1) { type } } }',
      { key },
      auth,
    );
    expect(limited.data!.license.history).toEqual([{ type: 'DEACTIVATED' }]);

    for (const unknown of ['SHELF-AAAAA-AAAAA-AAAAA-AAAAA-AAA', 'not a key']) {
      const answer = await api.graphql<{ license: unknown }>(
        'query($key: String!) { license(key: $key) { id } }',
        { key: unknown },
        auth,
      );
      expect(answer.errors).toBeUndefined();
      expect(answer.data!.license).toBeNull();
    }
  });
});

describe('creator actions', () => {
  it('revoke makes validate answer invalid at once; reinstate makes it valid again; both audited', async () => {
    const key = await buyKey();
    expect((await validate(key)).body.valid).toBe(true);

    const revoked = await mutate('revokeLicense', '$key: String', { key });
    expect(revoked.errors).toBeUndefined();
    expect(revoked.data!.revokeLicense).toMatchObject({ status: 'REVOKED', state: 'REVOKED' });
    expect(revoked.data!.revokeLicense.revokedAt).not.toBeNull();
    expect((await validate(key)).body).toMatchObject({ valid: false });
    expect((await activate(key, 'new-box')).body.activated).toBe(false);

    const id = revoked.data!.revokeLicense.id;
    const reinstated = await mutate('reinstateLicense', '$id: ID', { id });
    expect(reinstated.data!.reinstateLicense).toMatchObject({
      status: 'ACTIVE',
      state: 'ACTIVE',
      revokedAt: null,
    });
    expect((await validate(key)).body.valid).toBe(true);

    const history = reinstated.data!.reinstateLicense.history;
    expect(history.slice(0, 2)).toMatchObject([
      { type: 'STATUS_CHANGED', actor: `user:${ownerId}`, detail: { status: 'active' } },
      { type: 'STATUS_CHANGED', actor: `user:${ownerId}`, detail: { status: 'revoked' } },
    ]);
    const events = await api.em().find(DomainEvent, { subjectId: id }, { orderBy: { seq: 'asc' } });
    expect(events.map((event) => event.type)).toEqual(['license.revoked', 'license.reinstated']);

    // Revoking twice changes nothing the second time (no second audit row).
    await mutate('revokeLicense', '$id: ID', { id });
    const before = await eventCount();
    const again = await mutate('revokeLicense', '$id: ID', { id });
    expect(again.data!.revokeLicense.status).toBe('REVOKED');
    expect(await eventCount()).toBe(before);
  });

  it('setActivationLimit changes what activation allows; lowering it keeps existing instances', async () => {
    const key = await buyKey();
    const instances: string[] = [];
    for (const name of ['a', 'b', 'c']) instances.push((await activate(key, name)).body.instance.id);
    expect((await activate(key, 'd')).body.activated).toBe(false);
    const { id } = await record(key);

    const raised = await mutate('setActivationLimit', '$id: ID!, $limit: Int', { id, limit: 4 });
    expect(raised.data!.setActivationLimit).toMatchObject({ activationLimit: 4, activationUsage: 3 });
    expect((await activate(key, 'd')).body.activated).toBe(true);
    expect((await activate(key, 'e')).body.activated).toBe(false);

    const lowered = await mutate('setActivationLimit', '$id: ID!, $limit: Int', { id, limit: 2 });
    expect(lowered.data!.setActivationLimit).toMatchObject({ activationLimit: 2, activationUsage: 4 });
    for (const instance of instances) expect((await validate(key, instance)).body.valid).toBe(true);
    expect((await activate(key, 'f')).body.activated).toBe(false);

    const unlimited = await mutate('setActivationLimit', '$id: ID!, $limit: Int', { id, limit: null });
    expect(unlimited.data!.setActivationLimit.activationLimit).toBeNull();
    expect((await activate(key, 'f')).body.activated).toBe(true);
    const updates = await api
      .em()
      .find(DomainEvent, { subjectId: id, type: 'license.updated' }, { orderBy: { seq: 'asc' } });
    expect(updates.map((event) => event.payload.activationLimit)).toEqual([4, 2, null]);
    expect(unlimited.data!.setActivationLimit.history[0]).toMatchObject({
      type: 'LIMIT_CHANGED',
      actor: `user:${ownerId}`,
      detail: { activationLimit: null },
    });
  });

  it('resetActivations deactivates every instance and frees all seats', async () => {
    const key = await buyKey();
    const instances: string[] = [];
    for (const name of ['a', 'b', 'c']) instances.push((await activate(key, name)).body.instance.id);
    const { id } = await record(key);

    const reset = await mutate('resetActivations', '$id: ID!', { id });
    expect(reset.errors).toBeUndefined();
    const after = reset.data!.resetActivations;
    expect(after.activationUsage).toBe(0);
    expect(after.activations.every((a: any) => a.deactivatedAt !== null)).toBe(true);
    expect(after.history[0]).toMatchObject({
      type: 'ACTIVATIONS_RESET',
      actor: `user:${ownerId}`,
      detail: { deactivated: 3 },
    });
    for (const instance of instances) expect((await validate(key, instance)).body.valid).toBe(false);
    const deactivated = await api.em().count(DomainEvent, { subjectId: id, type: 'license.deactivated' });
    expect(deactivated).toBe(3);
    for (const name of ['x', 'y', 'z']) expect((await activate(key, name)).body.activated).toBe(true);
  });

  it('answers bad input with coded errors and changes nothing', async () => {
    const key = await buyKey();
    const { id } = await record(key);
    const before = await eventCount();
    const cases: Array<[string, string, Record<string, unknown>, string]> = [
      ['revokeLicense', '$id: ID', { id: 'not-a-uuid' }, 'BAD_USER_INPUT'],
      ['revokeLicense', '$id: ID', { id: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND'],
      ['revokeLicense', '$key: String', { key: 'SHELF-AAAAA-AAAAA-AAAAA-AAAAA-AAA' }, 'NOT_FOUND'],
      ['revokeLicense', '$id: ID, $key: String', { id, key }, 'BAD_USER_INPUT'],
      ['reinstateLicense', '$id: ID', {}, 'BAD_USER_INPUT'],
      ['setActivationLimit', '$id: ID!, $limit: Int', { id, limit: -1 }, 'BAD_USER_INPUT'],
      ['setActivationLimit', '$id: ID!, $limit: Int', { id, limit: 10_001 }, 'BAD_USER_INPUT'],
      ['setActivationLimit', '$id: ID!, $limit: Int', { id: 'nope', limit: 5 }, 'BAD_USER_INPUT'],
      ['resetActivations', '$id: ID!', { id: '00000000-0000-4000-8000-000000000000' }, 'NOT_FOUND'],
    ];
    for (const [field, args, variables, code] of cases) {
      const answer = await mutate(field, args, variables);
      expect({ field, variables, code: answer.errors?.[0]?.extensions?.code }).toEqual({
        field,
        variables,
        code,
      });
    }
    const listed = await api.graphql('{ licenses(first: 101) { totalCount } }', {}, auth);
    expect(listed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const history = await api.graphql(
      'query($key: String!) { license(key: $key) { history(first: 0) { type } } }',
      { key },
      auth,
    );
    expect(history.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await eventCount()).toBe(before);
    const license = await api.em().findOneOrFail(License, { id });
    expect(license).toMatchObject({ status: 'active', activationLimit: 3 });
  });
});

describe('who may', () => {
  async function apiKey(scopes: string[]): Promise<Record<string, string>> {
    const token = `shelf_test${scopes.length}_${'x'.repeat(32)}${scopes.join('')}`;
    const em = api.em();
    em.create(ApiKey, { name: 'test', prefix: `test${scopes.join('')}`, keyHash: hashToken(token), scopes });
    await em.flush();
    return { authorization: `Bearer ${token}` };
  }

  it('refuses anonymous callers and API keys without the scope', async () => {
    const key = await buyKey();
    const { id } = await record(key);
    const read = 'query($key: String!) { license(key: $key) { id } }';
    const list = '{ licenses { totalCount } }';
    const revoke = 'mutation($id: ID) { revokeLicense(id: $id) { id } }';
    const code = (answer: { errors?: Array<{ extensions?: { code?: string } }> }) =>
      answer.errors?.[0]?.extensions?.code;

    expect(code(await api.graphql(read, { key }))).toBe('UNAUTHENTICATED');
    expect(code(await api.graphql(list))).toBe('UNAUTHENTICATED');
    expect(code(await api.graphql(revoke, { id }))).toBe('UNAUTHENTICATED');

    const unscoped = await apiKey(['orders:read']);
    expect(code(await api.graphql(read, { key }, unscoped))).toBe('FORBIDDEN');
    expect(code(await api.graphql(list, {}, unscoped))).toBe('FORBIDDEN');
    expect(code(await api.graphql(revoke, { id }, unscoped))).toBe('FORBIDDEN');

    const reader = await apiKey(['licenses:read']);
    expect(code(await api.graphql(read, { key }, reader))).toBeUndefined();
    expect(code(await api.graphql(revoke, { id }, reader))).toBe('FORBIDDEN');
    expect((await validate(key)).body.valid).toBe(true);

    const writer = await apiKey(['licenses:write']);
    const revoked = await api.graphql<{ revokeLicense: { id: string } }>(revoke, { id }, writer);
    expect(code(revoked)).toBeUndefined();
    const audit = await api.em().findOneOrFail(LicenseEvent, { license: id, type: 'status_changed' });
    expect(audit.actor).toMatch(/^api_key:/);
  });
});

describe('licenses', () => {
  it('pages through 30 licenses newest first, filtered, in a constant number of statements', async () => {
    const before = await api.graphql<{ licenses: { totalCount: number } }>(
      '{ licenses { totalCount } }',
      {},
      auth,
    );
    const existing = before.data!.licenses.totalCount;
    const keys: string[] = [];
    for (let i = 0; i < 30; i += 1) keys.push(await buyKey(`buyer${i}@example.com`));
    for (const key of keys.slice(0, 5)) await activate(key, 'box');
    for (const key of keys.slice(0, 3)) await mutate('revokeLicense', '$key: String', { key });

    const PAGE = `query($first: Int, $after: String, $productId: ID, $status: LicenseStatus) {
      licenses(first: $first, after: $after, productId: $productId, status: $status) {
        totalCount pageInfo { hasNextPage endCursor }
        edges { cursor node { ${RECORD} } }
      } }`;
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const answer: any = await api.graphql(PAGE, { first: 7, after, productId: productIds[SOFTWARE] }, auth);
      expect(answer.errors).toBeUndefined();
      expect(answer.data.licenses.totalCount).toBe(existing + 30);
      seen.push(...answer.data.licenses.edges.map((edge: any) => edge.node.key));
      after = answer.data.licenses.pageInfo.hasNextPage ? answer.data.licenses.pageInfo.endCursor : null;
      pages += 1;
    } while (after);
    expect(pages).toBe(Math.ceil((existing + 30) / 7));
    expect(new Set(seen).size).toBe(existing + 30);
    expect(seen.slice(0, 30)).toEqual([...keys].reverse());

    const revoked: any = await api.graphql(PAGE, { first: 50, status: 'REVOKED' }, auth);
    expect(revoked.data.licenses.edges).toHaveLength(revoked.data.licenses.totalCount);
    expect(revoked.data.licenses.edges.every((edge: any) => edge.node.status === 'REVOKED')).toBe(true);
    expect(revoked.data.licenses.edges.map((edge: any) => edge.node.key).slice(0, 3)).toEqual(
      keys.slice(0, 3).reverse(),
    );
    const other: any = await api.graphql(PAGE, { productId: productIds['design-resources-club'] }, auth);
    expect(other.data.licenses.totalCount).toBe(0);

    // Statements counted at the query builder (knex's `query` event, which sees every statement the ORM
    // sends), leaving out the email worker's, which shares the process and its pool and is still
    // delivering the purchase emails. A page of 5 and one of 30, each with activations and history, cost
    // the same: the caller's session, the count, the page joined to product, order and customer, its
    // activations, its history. (The page runs no transaction, so transaction control is the worker's too.)
    const background =
      /\b(from|update|into)\s+"?(email|rate_limit_slot)"?[\s(]|^\s*(begin|commit|rollback|savepoint|release)\b/i;
    const statements = async (first: number) => {
      const knex = api.services.orm.em.getConnection().getKnex();
      let count = 0;
      const listener = (query: { sql: string }) => {
        if (!background.test(query.sql)) count += 1;
      };
      knex.on('query', listener);
      try {
        const answer: any = await api.graphql(PAGE, { first }, auth);
        expect(answer.errors).toBeUndefined();
        expect(answer.data.licenses.edges).toHaveLength(first);
      } finally {
        knex.removeListener('query', listener);
      }
      return count;
    };
    // Other background work (webhook fan-out, rollups, the session's once-a-minute last-used mark) may
    // still add a statement to any one run: the fewest of three runs is the page's own count.
    const fewest = async (first: number) =>
      Math.min(await statements(first), await statements(first), await statements(first));
    const small = await fewest(5);
    const large = await fewest(30);
    expect(small).toBe(5);
    expect(large).toBe(5);
  });
});
