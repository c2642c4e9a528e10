// API keys end to end: the owner makes a key (shown once, `shelf_test_` while payments are in test
// mode), lists and revokes it; the key works until revoked and then is refused, as is an unknown key;
// staff and keys cannot manage keys; every change is in the audit log under the key's name. With limits
// on, each key has its own per-minute budget, shown in RateLimit headers and refused with 429 once spent.
import { randomUUID } from 'node:crypto';
import { ApiKey, User } from '@shelf/db/accounts';
import { AuditEntry } from '@shelf/db/audit';
import { hashToken } from '@shelf/signing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServiceContext, withTransaction } from '../src/context.ts';
import { authenticate } from '../src/modules/accounts/accounts.service.ts';
import { createApiKey } from '../src/modules/accounts/api-keys.service.ts';
import { recordAudit } from '../src/modules/audit/audit.service.ts';
import { signInNewStaff, startSecondApi, startTestApi, type TestApi } from './harness.ts';

const OWNER = { email: 'owner@example.com', password: 'correct horse battery staple' };
const LOGIN =
  'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }';
const CREATE = `mutation($input: CreateApiKeyInput!) {
  createApiKey(input: $input) { key apiKey { id name prefix scopes createdAt lastUsedAt revokedAt createdBy { email } } }
}`;
const LIST = `query($first: Int, $after: String) {
  apiKeys(first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id name prefix scopes lastUsedAt revokedAt createdBy { email } }
  }
}`;
const REVOKE = 'mutation($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }';
const PRODUCTS_ADMIN = '{ adminProducts(first: 5) { totalCount } }';

/** The fields of an API key the tests read back. */
type KeyView = {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  lastUsedAt: string | null;
  revokedAt: string | null;
  createdBy: { email: string } | null;
};
type Created = { createApiKey: { key: string; apiKey: KeyView } };
type Listed = {
  apiKeys: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    nodes: KeyView[];
  };
};

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const codeOf = (answer: { errors?: Array<{ extensions?: { code?: string } }> }) =>
  answer.errors?.[0]?.extensions?.code ?? null;

async function login(api: TestApi, email: string, password: string): Promise<string> {
  const answer = await api.graphql<{ login: { token: string } }>(LOGIN, { email, password });
  expect(answer.errors).toBeUndefined();
  return answer.data!.login.token;
}

async function makeKey(
  api: TestApi,
  ownerToken: string,
  name: string,
  scopes: string[],
): Promise<Created['createApiKey']> {
  const answer = await api.graphql<Created>(CREATE, { input: { name, scopes } }, bearer(ownerToken));
  expect(answer.errors).toBeUndefined();
  return answer.data!.createApiKey;
}

describe('API keys', () => {
  let api: TestApi;
  let ownerToken: string;
  let staffToken: string;
  const productsQuery = PRODUCTS_ADMIN;

  beforeAll(async () => {
    api = await startTestApi();
    ownerToken = await login(api, OWNER.email, OWNER.password);
    staffToken = await signInNewStaff(api);
  });
  afterAll(() => api.close());

  it('shows the whole key once, lists it without its secret, and marks it used', async () => {
    const created = await makeKey(api, ownerToken, 'Zapier', ['CATALOG_READ', 'ORDERS_READ']);
    expect(created.key).toMatch(/^shelf_test_[0-9a-f]{64}$/);
    expect(created.apiKey).toMatchObject({
      name: 'Zapier',
      prefix: created.key.slice(0, 'shelf_test_'.length + 8),
      scopes: ['CATALOG_READ', 'ORDERS_READ'],
      lastUsedAt: null,
      revokedAt: null,
      createdBy: { email: OWNER.email },
    });
    // Stored as a hash: nothing in the row is the key.
    const row = await api.em().findOneOrFail(ApiKey, { id: created.apiKey.id });
    expect(row.keyHash).toBe(hashToken(created.key));
    expect(JSON.stringify(row)).not.toContain(created.key);

    const listed = await api.graphql<Listed>(LIST, {}, bearer(ownerToken));
    expect(listed.errors).toBeUndefined();
    const node = listed.data!.apiKeys.nodes.find((key) => key.id === created.apiKey.id)!;
    expect(node).toMatchObject({ name: 'Zapier', prefix: created.apiKey.prefix, lastUsedAt: null });
    expect(JSON.stringify(listed.data)).not.toContain(created.key);

    const used = await api.graphql(productsQuery, {}, bearer(created.key));
    expect(used.errors).toBeUndefined();
    const after = await api.graphql<Listed>(LIST, {}, bearer(ownerToken));
    const usedNode = after.data!.apiKeys.nodes.find((key) => key.id === created.apiKey.id)!;
    expect(usedNode.lastUsedAt).not.toBeNull();
    // Marked at most once a minute: a second request right after leaves the time as it was.
    await api.graphql(productsQuery, {}, bearer(created.key));
    const again = await api.graphql<Listed>(LIST, {}, bearer(ownerToken));
    expect(again.data!.apiKeys.nodes.find((key) => key.id === created.apiKey.id)!.lastUsedAt).toBe(
      usedNode.lastUsedAt,
    );
  });

  it('pages the list newest first', async () => {
    for (const name of ['page one', 'page two', 'page three'])
      await makeKey(api, ownerToken, name, ['CATALOG_READ']);
    const first = await api.graphql<Listed>(LIST, { first: 2 }, bearer(ownerToken));
    expect(first.data!.apiKeys.nodes.map((key) => key.name)).toEqual(['page three', 'page two']);
    expect(first.data!.apiKeys.pageInfo.hasNextPage).toBe(true);
    const next = await api.graphql<Listed>(
      LIST,
      { first: 1, after: first.data!.apiKeys.pageInfo.endCursor },
      bearer(ownerToken),
    );
    expect(next.data!.apiKeys.nodes.map((key) => key.name)).toEqual(['page one']);
    expect(codeOf(await api.graphql(LIST, { first: 1000 }, bearer(ownerToken)))).toBe('BAD_USER_INPUT');
  });

  it('refuses a revoked key and an unknown key with UNAUTHENTICATED, even for public fields', async () => {
    const created = await makeKey(api, ownerToken, 'to revoke', ['CATALOG_READ']);
    expect((await api.graphql(productsQuery, {}, bearer(created.key))).errors).toBeUndefined();

    const revoked = await api.graphql<{ revokeApiKey: { id: string; revokedAt: string | null } }>(
      REVOKE,
      { id: created.apiKey.id },
      bearer(ownerToken),
    );
    expect(revoked.errors).toBeUndefined();
    expect(revoked.data!.revokeApiKey.revokedAt).not.toBeNull();

    const refused = await api.graphql(productsQuery, {}, bearer(created.key));
    expect(refused.status).toBe(401);
    expect(codeOf(refused)).toBe('UNAUTHENTICATED');
    expect(refused.errors![0]!.message).toMatch(/revoked/);
    expect(codeOf(await api.graphql('{ products(first: 1) { totalCount } }', {}, bearer(created.key)))).toBe(
      'UNAUTHENTICATED',
    );

    const unknown = await api.graphql(productsQuery, {}, bearer(`shelf_test_${'0'.repeat(64)}`));
    expect(unknown.status).toBe(401);
    expect(codeOf(unknown)).toBe('UNAUTHENTICATED');
    expect(unknown.errors![0]!.message).toMatch(/not valid/);

    // Revoking again changes nothing: the first revocation time stays and no second entry is written.
    const again = await api.graphql<{ revokeApiKey: { revokedAt: string } }>(
      REVOKE,
      { id: created.apiKey.id },
      bearer(ownerToken),
    );
    expect(again.data!.revokeApiKey.revokedAt).toBe(revoked.data!.revokeApiKey.revokedAt);
    expect(
      await api.em().count(AuditEntry, { action: 'api_key.revoked', subjectId: created.apiKey.id }),
    ).toBe(1);
    expect(codeOf(await api.graphql(REVOKE, { id: randomUUID() }, bearer(ownerToken)))).toBe('NOT_FOUND');

    // Two revocations at once write one: one revocation time, one audit entry.
    const raced = await makeKey(api, ownerToken, 'raced', ['CATALOG_READ']);
    const answers = await Promise.all(
      [1, 2, 3].map(() =>
        api.graphql<{ revokeApiKey: { revokedAt: string } }>(
          REVOKE,
          { id: raced.apiKey.id },
          bearer(ownerToken),
        ),
      ),
    );
    expect(new Set(answers.map((answer) => answer.data?.revokeApiKey.revokedAt)).size).toBe(1);
    expect(await api.em().count(AuditEntry, { action: 'api_key.revoked', subjectId: raced.apiKey.id })).toBe(
      1,
    );
  });

  it('validates the name and scopes with field-level errors', async () => {
    const blank = await api.graphql(
      CREATE,
      { input: { name: '   ', scopes: ['CATALOG_READ'] } },
      bearer(ownerToken),
    );
    expect(blank.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    const long = await api.graphql(
      CREATE,
      { input: { name: 'x'.repeat(201), scopes: ['CATALOG_READ'] } },
      bearer(ownerToken),
    );
    expect(long.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'name' });
    const none = await api.graphql(CREATE, { input: { name: 'no scopes', scopes: [] } }, bearer(ownerToken));
    expect(none.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'scopes' });
    // Not a value of the enum: refused before the resolver.
    const bogus = await api.graphql(
      CREATE,
      { input: { name: 'bogus', scopes: ['EVERYTHING'] } },
      bearer(ownerToken),
    );
    expect(codeOf(bogus)).toBe('BAD_USER_INPUT');
    // The service checks scope strings itself for any other caller.
    const owner = await api.em().findOneOrFail(User, { role: 'owner' });
    const ctx = createServiceContext(api.services, {
      requestId: 'test',
      actor: { kind: 'user', user: owner, role: 'owner', via: 'session' },
    });
    await expect(
      createApiKey(ctx, { name: 'bogus', scopes: ['catalog:read', 'everything'] }),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'scopes' } });
    expect(await api.em().count(ApiKey, { name: { $in: ['no scopes', 'bogus', '   '] } })).toBe(0);
  });

  it('lets neither staff nor a key manage keys', async () => {
    const before = await api.em().count(ApiKey, {});
    const staff = await api.graphql(
      CREATE,
      { input: { name: 'staff', scopes: ['CATALOG_READ'] } },
      bearer(staffToken),
    );
    expect(codeOf(staff)).toBe('FORBIDDEN');
    expect(codeOf(await api.graphql(LIST, {}, bearer(staffToken)))).toBe('FORBIDDEN');

    const every = await makeKey(api, ownerToken, 'owner powers', [
      'USERS_WRITE',
      'USERS_READ',
      'SETTINGS_WRITE',
    ]);
    const byKey = await api.graphql(
      CREATE,
      { input: { name: 'minted', scopes: ['CATALOG_READ'] } },
      bearer(every.key),
    );
    expect(codeOf(byKey)).toBe('FORBIDDEN');
    expect(byKey.errors![0]!.message).toMatch(/API keys cannot manage API keys/);
    expect(codeOf(await api.graphql(LIST, {}, bearer(every.key)))).toBe('FORBIDDEN');
    expect(codeOf(await api.graphql(REVOKE, { id: every.apiKey.id }, bearer(every.key)))).toBe('FORBIDDEN');
    expect(codeOf(await api.graphql(LIST, {}))).toBe('UNAUTHENTICATED');
    expect(await api.em().count(ApiKey, {})).toBe(before + 1);
    expect((await api.em().findOneOrFail(ApiKey, { id: every.apiKey.id })).revokedAt).toBeNull();
  });

  it('audits creating and revoking, and names the key in what it changes', async () => {
    const created = await makeKey(api, ownerToken, 'Audit trail', ['USERS_WRITE']);
    await api.graphql(REVOKE, { id: created.apiKey.id }, bearer(ownerToken));
    const entries = await api
      .em()
      .find(
        AuditEntry,
        { subjectType: 'api_key', subjectId: created.apiKey.id },
        { orderBy: { createdAt: 'asc' } },
      );
    expect(entries.map((entry) => [entry.action, entry.actorKind, entry.actorLabel])).toEqual([
      ['api_key.created', 'user', OWNER.email],
      ['api_key.revoked', 'user', OWNER.email],
    ]);
    expect(entries[0]!.after).toMatchObject({
      name: 'Audit trail',
      scopes: ['users:write'],
      revokedAt: null,
    });
    expect(JSON.stringify(entries)).not.toContain(created.key);
    expect(entries[1]!.before).toMatchObject({ revokedAt: null });
    expect(entries[1]!.after).toMatchObject({ revokedAt: expect.any(String) });

    // A change made with a key is audited under the key's name: the actor authenticate gives carries it.
    const writer = await makeKey(api, ownerToken, 'License bot', ['LICENSES_WRITE']);
    const em = api.em();
    const actor = await authenticate({ em }, `Bearer ${writer.key}`);
    expect(actor).toMatchObject({ kind: 'api_key', apiKeyId: writer.apiKey.id, name: 'License bot' });
    await withTransaction(createServiceContext(api.services, { requestId: 'test', actor, em }), (tx) =>
      recordAudit(tx, {
        action: 'test.changed',
        subjectType: 'test',
        subjectId: 'x',
        before: null,
        after: null,
      }),
    );
    const byKey = await api.em().findOneOrFail(AuditEntry, { action: 'test.changed' });
    expect([byKey.actorKind, byKey.actorId, byKey.actorLabel]).toEqual([
      'api_key',
      writer.apiKey.id,
      'License bot',
    ]);
  });
});

describe('per-key rate limits', () => {
  let api: TestApi;
  let ownerToken: string;

  beforeAll(async () => {
    api = await startTestApi({ RATE_LIMITS: 'on', API_KEY_RATE_LIMIT: '4' });
    ownerToken = await login(api, OWNER.email, OWNER.password);
  });
  afterAll(() => api.close());

  async function send(key: string, base = api.url) {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer(key) },
      body: JSON.stringify({ query: '{ products(first: 1) { totalCount } }' }),
    });
    const body = (await response.json()) as {
      errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
    };
    return {
      status: response.status,
      body,
      limit: response.headers.get('ratelimit-limit'),
      remaining: response.headers.get('ratelimit-remaining'),
      reset: response.headers.get('ratelimit-reset'),
      policy: response.headers.get('ratelimit-policy'),
      retryAfter: response.headers.get('retry-after'),
    };
  }

  it('counts each key on its own, shows the budget in RateLimit headers, and refuses a spent key with 429', async () => {
    const busy = await makeKey(api, ownerToken, 'busy', ['CATALOG_READ']);
    const quiet = await makeKey(api, ownerToken, 'quiet', ['CATALOG_READ']);

    const remaining: Array<string | null> = [];
    for (let i = 0; i < 4; i++) {
      const answer = await send(busy.key);
      expect(answer.status).toBe(200);
      expect(answer.limit).toBe('4');
      expect(answer.policy).toBe('4;w=60');
      expect(Number(answer.reset)).toBeGreaterThan(0);
      remaining.push(answer.remaining);
    }
    expect(remaining).toEqual(['3', '2', '1', '0']);

    const refused = await send(busy.key);
    expect(refused.status).toBe(429);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
    expect(Number(refused.retryAfter)).toBeGreaterThan(0);
    expect(refused.remaining).toBe('0');

    // Another key behind the same address has its whole budget.
    const other = await send(quiet.key);
    expect(other.status).toBe(200);
    expect(other.remaining).toBe('3');
    // A signed-in session is not counted against any key and carries no key budget.
    const session = await api.graphql('{ me { email } }', {}, bearer(ownerToken));
    expect(session.status).toBe(200);
  });

  it('shares the budget between API processes on one database', async () => {
    const shared = await makeKey(api, ownerToken, 'shared', ['CATALOG_READ']);
    const second = await startSecondApi(api, { RATE_LIMITS: 'on', API_KEY_RATE_LIMIT: '4' });
    try {
      expect((await send(shared.key)).remaining).toBe('3');
      expect((await send(shared.key, second.url)).remaining).toBe('2');
      expect((await send(shared.key)).remaining).toBe('1');
      expect((await send(shared.key, second.url)).remaining).toBe('0');
      expect((await send(shared.key, second.url)).status).toBe(429);
      expect((await send(shared.key)).status).toBe(429);
    } finally {
      await second.close();
    }
  });
});
