import { StoreSettings } from '@shelf/db/settings';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './harness.ts';

let api: TestApi;
let auth: Record<string, string>;
beforeAll(async () => {
  api = await startTestApi({ SEED_DEMO: 'false' });
  const { data } = await api.graphql<{ login: { token: string } }>(
    'mutation { login(email: "owner@example.com", password: "correct horse battery staple") { token } }',
  );
  auth = { authorization: `Bearer ${data!.login.token}` };
});
afterAll(() => api.close());

const UPDATE = `mutation($input: UpdateStoreSettingsInput!) {
  updateStoreSettings(input: $input) { storeName supportEmail taxEnabled refundWindowDays renewalGraceDays }
}`;

describe('store settings', () => {
  it('turns Stripe Tax on and keeps it', async () => {
    const { data, errors } = await api.graphql<{ updateStoreSettings: unknown }>(
      UPDATE,
      {
        input: {
          taxEnabled: true,
          supportEmail: 'Help@Example.com',
          refundWindowDays: 14,
          renewalGraceDays: 5,
        },
      },
      auth,
    );
    expect(errors).toBeUndefined();
    expect(data?.updateStoreSettings).toMatchObject({
      taxEnabled: true,
      supportEmail: 'help@example.com',
      refundWindowDays: 14,
      renewalGraceDays: 5,
    });
    const stored = await api.em().findOneOrFail(StoreSettings, { id: 1 });
    expect(stored.taxEnabled).toBe(true);
  });

  it('refuses anonymous callers and bad values, changing nothing', async () => {
    const anonymous = await api.graphql(UPDATE, { input: { taxEnabled: false } });
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const bad = await api.graphql(UPDATE, { input: { taxEnabled: false, refundWindowDays: -1 } }, auth);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const badGrace = await api.graphql(UPDATE, { input: { taxEnabled: false, renewalGraceDays: 31 } }, auth);
    expect(badGrace.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const badEmail = await api.graphql(UPDATE, { input: { taxEnabled: false, supportEmail: 'nope' } }, auth);
    expect(badEmail.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const stored = await api.em().findOneOrFail(StoreSettings, { id: 1 });
    expect(stored.taxEnabled).toBe(true);
    expect(stored.refundWindowDays).toBe(14);
    expect(stored.renewalGraceDays).toBe(5);
  });
});

describe('renaming the store', () => {
  it('shows the new name in the storefront header query at once', async () => {
    await api.graphql(UPDATE, { input: { storeName: 'Mira Studio' } }, auth);
    const { data } = await api.graphql<{ store: { name: string } }>('{ store { name } }');
    expect(data?.store.name).toBe('Mira Studio');
  });
});
