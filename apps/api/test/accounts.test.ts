import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './harness.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const LOGIN =
  'mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { token user { email role } } }';

describe('creator sign-in', () => {
  it('creates the owner on first start and signs in with a bearer token', async () => {
    const { data } = await api.graphql<{ login: any }>(LOGIN, {
      email: ' Owner@Example.com ',
      password: 'correct horse battery staple',
    });
    expect(data?.login.user).toEqual({ email: 'owner@example.com', role: 'OWNER' });
    const me = await api.graphql<{ me: any }>(
      '{ me { email } }',
      {},
      { authorization: `Bearer ${data!.login.token}` },
    );
    expect(me.data?.me.email).toBe('owner@example.com');
    const rows = await api.em().getConnection().execute('select token_hash from session');
    expect(rows[0]?.token_hash).not.toBe(data!.login.token);
  });

  it('refuses a wrong password with UNAUTHENTICATED', async () => {
    const { errors } = await api.graphql(LOGIN, { email: 'owner@example.com', password: 'wrong password' });
    expect(errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('keeps orders for signed-in creators only', async () => {
    const anonymous = await api.graphql('{ orders(first: 5) { totalCount } }');
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const { data } = await api.graphql<{ login: any }>(LOGIN, {
      email: 'owner@example.com',
      password: 'correct horse battery staple',
    });
    const orders = await api.graphql<{ orders: any }>(
      '{ orders(first: 5) { totalCount nodes { number } } }',
      {},
      { authorization: `Bearer ${data!.login.token}` },
    );
    expect(orders.data?.orders.totalCount).toBe(0);
  });

  it('answers an unknown email exactly like a wrong password, in a similar time', async () => {
    const unknown = await api.graphql(LOGIN, { email: 'nobody@example.com', password: 'wrong password' });
    const wrong = await api.graphql(LOGIN, { email: 'owner@example.com', password: 'wrong password' });
    expect(unknown.errors?.[0]).toEqual(wrong.errors?.[0]);
    expect(unknown.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');

    // Both run one scrypt; without the dummy hash an unknown email would answer in a fraction of the
    // time. Medians of alternating runs, compared loosely, as the machine is shared.
    const timeOf = async (email: string) => {
      const started = performance.now();
      await api.graphql(LOGIN, { email, password: 'wrong password' });
      return performance.now() - started;
    };
    const unknownTimes: number[] = [];
    const wrongTimes: number[] = [];
    for (let round = 0; round < 6; round++) {
      unknownTimes.push(await timeOf(`nobody${round}@example.com`));
      wrongTimes.push(await timeOf('owner@example.com'));
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    const ratio = median(unknownTimes) / median(wrongTimes);
    expect(ratio).toBeGreaterThan(0.4);
    expect(ratio).toBeLessThan(2.5);
  });

  it('signs nobody in with an empty, overlong or malformed credential, and changes nothing', async () => {
    for (const variables of [
      { email: '', password: '' },
      { email: 'owner@example.com', password: 'x'.repeat(10_000) },
      { email: 'not an email', password: 'correct horse battery staple' },
    ]) {
      const { errors } = await api.graphql(LOGIN, variables);
      expect(errors?.[0]?.extensions?.code).toMatch(/^(UNAUTHENTICATED|BAD_USER_INPUT)$/);
    }
    const before = await api.em().getConnection().execute('select count(*)::int as n from session');
    expect(before[0]?.n).toBeGreaterThanOrEqual(1);
    const { errors } = await api.graphql(LOGIN, { email: 'owner@example.com', password: 'nope' });
    expect(errors).toHaveLength(1);
    const after = await api.em().getConnection().execute('select count(*)::int as n from session');
    expect(after[0]?.n).toBe(before[0]?.n);
  });
});
