// Customers against real Postgres: one row per buyer email however it is typed and however many first
// orders race, and a known name is never lost.
import { Customer } from '@shelf/db/customers';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../test/harness.ts';
import { findOrCreateCustomer } from './customers.service.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ SEED_DEMO: 'false' });
});
afterAll(() => api.close());

const rowsFor = (email: string) => api.em().find(Customer, { email });

describe('findOrCreateCustomer', () => {
  it('stores the email trimmed and lower-cased, and finds the same customer however it is typed', async () => {
    const first = await findOrCreateCustomer(api.ctx(), { email: '  Ann.Lee@Example.COM ', name: 'Ann Lee' });
    expect(first).toMatchObject({ email: 'ann.lee@example.com', name: 'Ann Lee' });

    const again = await findOrCreateCustomer(api.ctx(), { email: 'ANN.LEE@example.com', name: 'Ann Lee' });
    expect(again.id).toBe(first.id);
    expect((await rowsFor('ann.lee@example.com')).map((row) => row.id)).toEqual([first.id]);
    expect(await api.em().count(Customer, { email: { $like: '%Ann%' } })).toBe(0);
  });

  it('is one row when ten first orders from the same buyer race', async () => {
    const customers = await Promise.all(
      Array.from({ length: 10 }, (_, index) =>
        findOrCreateCustomer(api.ctx(), {
          email: index % 2 ? 'racer@example.com' : 'Racer@Example.com',
          name: null,
        }),
      ),
    );
    const ids = new Set(customers.map((customer) => customer.id));
    expect(ids.size).toBe(1);
    expect((await rowsFor('racer@example.com')).map((row) => row.id)).toEqual([...ids]);
  });

  it('keeps a known name when a later order has none, or another one', async () => {
    const named = await findOrCreateCustomer(api.ctx(), { email: 'bo@example.com', name: 'Bo Sand' });
    const anonymous = await findOrCreateCustomer(api.ctx(), { email: 'bo@example.com', name: null });
    expect(anonymous).toMatchObject({ id: named.id, name: 'Bo Sand' });
    const renamed = await findOrCreateCustomer(api.ctx(), { email: 'bo@example.com', name: 'Someone Else' });
    expect(renamed.name).toBe('Bo Sand');
    expect((await rowsFor('bo@example.com'))[0]!.name).toBe('Bo Sand');
  });

  it('learns the name of a customer first seen without one', async () => {
    const unnamed = await findOrCreateCustomer(api.ctx(), { email: 'cy@example.com', name: null });
    expect(unnamed.name).toBeNull();
    const named = await findOrCreateCustomer(api.ctx(), { email: 'cy@example.com', name: 'Cy Berg' });
    expect(named).toMatchObject({ id: unnamed.id, name: 'Cy Berg' });
    expect((await rowsFor('cy@example.com'))[0]!.name).toBe('Cy Berg');
  });
});
