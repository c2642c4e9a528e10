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
});
