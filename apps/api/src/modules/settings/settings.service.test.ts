// Store settings against real Postgres: reading never writes, bad input and unauthorised callers change
// nothing, and a valid update is stored and read back.
import { User } from '@shelf/db/accounts';
import { StoreSettings } from '@shelf/db/settings';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../test/harness.ts';
import { type Actor, createServiceContext, type ServiceContext } from '../../context.ts';
import { readStoreSettings, type StoreSettingsInput, updateStoreSettings } from './settings.service.ts';

let api: TestApi;
let owner: User;
beforeAll(async () => {
  api = await startTestApi({ SEED_DEMO: 'false', STORE_NAME: 'Mira Studio' });
  owner = await api.em().findOneOrFail(User, { role: 'owner' });
});
afterAll(() => api.close());

const as = (actor: Actor): ServiceContext => createServiceContext(api.services, { requestId: 't', actor });
const theOwner = () => as({ kind: 'user', user: owner, role: owner.role, via: 'session' });
const settingsRows = () => api.em().count(StoreSettings, {});

describe('a store that never saved its settings', () => {
  it('reads the defaults, with the configured store name, and writes no row', async () => {
    expect(await settingsRows()).toBe(0);
    const settings = await readStoreSettings(api.ctx());
    expect(settings).toMatchObject({
      storeName: 'Mira Studio',
      supportEmail: null,
      taxEnabled: false,
      refundWindowDays: 30,
      renewalGraceDays: 3,
    });
    expect(await settingsRows()).toBe(0);
  });

  it.each<[string, StoreSettingsInput, string]>([
    ['a malformed support email', { supportEmail: 'help-at-example' }, 'supportEmail'],
    ['a negative refund window', { refundWindowDays: -1 }, 'refundWindowDays'],
    ['a refund window over a year', { refundWindowDays: 366 }, 'refundWindowDays'],
    ['a fractional refund window', { refundWindowDays: 1.5 }, 'refundWindowDays'],
    ['a negative renewal grace', { renewalGraceDays: -1 }, 'renewalGraceDays'],
    ['a renewal grace over 30 days', { renewalGraceDays: 31 }, 'renewalGraceDays'],
    ['a fractional renewal grace', { renewalGraceDays: 0.5 }, 'renewalGraceDays'],
    ['an empty store name', { storeName: '' }, 'storeName'],
    ['a blank store name', { storeName: '   ' }, 'storeName'],
    ['a store name over 200 characters', { storeName: 'x'.repeat(201) }, 'storeName'],
    [
      'one bad field among good ones',
      { storeName: 'Fine', taxEnabled: true, refundWindowDays: 400 },
      'refundWindowDays',
    ],
  ])('refuses %s with BAD_USER_INPUT and writes nothing', async (_case, input, field) => {
    await expect(updateStoreSettings(theOwner(), input)).rejects.toMatchObject({
      code: 'BAD_USER_INPUT',
      details: { field },
    });
    expect(await settingsRows()).toBe(0);
  });

  it('refuses anonymous callers and API keys without the settings:write scope, writing nothing', async () => {
    await expect(updateStoreSettings(as({ kind: 'anonymous' }), { taxEnabled: true })).rejects.toMatchObject({
      code: 'UNAUTHENTICATED',
    });
    const readOnlyKey = as({ kind: 'api_key', user: owner, apiKeyId: 'k1', scopes: ['settings:read'] });
    await expect(updateStoreSettings(readOnlyKey, { taxEnabled: true })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    // Refused before validation: an unauthorised caller learns nothing about the input either.
    await expect(
      updateStoreSettings(as({ kind: 'anonymous' }), { refundWindowDays: -1 }),
    ).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(await settingsRows()).toBe(0);
  });
});

describe('updating the settings', () => {
  it('saves the first change of one field with the same defaults a read showed for the others', async () => {
    const shown = await readStoreSettings(api.ctx());
    await updateStoreSettings(theOwner(), { taxEnabled: true });
    expect(await settingsRows()).toBe(1);
    const stored = await api.em().findOneOrFail(StoreSettings, { id: 1 });
    expect(stored).toMatchObject({
      storeName: shown.storeName,
      supportEmail: shown.supportEmail,
      refundWindowDays: shown.refundWindowDays,
      renewalGraceDays: shown.renewalGraceDays,
      taxEnabled: true,
    });
  });

  it('stores valid input, normalised, in the one row', async () => {
    const updated = await updateStoreSettings(theOwner(), {
      storeName: '  Mira Type Foundry  ',
      supportEmail: ' Help@Mira.Example ',
      taxEnabled: true,
      refundWindowDays: 14,
    });
    expect(updated).toMatchObject({
      storeName: 'Mira Type Foundry',
      supportEmail: 'help@mira.example',
      taxEnabled: true,
      refundWindowDays: 14,
    });
    expect(await settingsRows()).toBe(1);
    expect(await api.em().findOneOrFail(StoreSettings, { id: 1 })).toMatchObject({
      storeName: 'Mira Type Foundry',
      supportEmail: 'help@mira.example',
      taxEnabled: true,
      refundWindowDays: 14,
    });
    expect(await readStoreSettings(api.ctx())).toMatchObject({ storeName: 'Mira Type Foundry' });
  });

  it('accepts the edges of the ranges and changes only the fields given', async () => {
    await updateStoreSettings(theOwner(), { refundWindowDays: 0 });
    expect(await readStoreSettings(api.ctx())).toMatchObject({
      storeName: 'Mira Type Foundry',
      supportEmail: 'help@mira.example',
      taxEnabled: true,
      refundWindowDays: 0,
    });
    await updateStoreSettings(theOwner(), { refundWindowDays: 365, storeName: 'y'.repeat(200) });
    expect(await readStoreSettings(api.ctx())).toMatchObject({
      refundWindowDays: 365,
      storeName: 'y'.repeat(200),
    });
    await updateStoreSettings(theOwner(), { renewalGraceDays: 0 });
    expect(await readStoreSettings(api.ctx())).toMatchObject({ renewalGraceDays: 0, refundWindowDays: 365 });
    await updateStoreSettings(theOwner(), { renewalGraceDays: 30 });
    expect(await readStoreSettings(api.ctx())).toMatchObject({ renewalGraceDays: 30 });
  });

  it('lets an API key with the settings:write scope clear the support email', async () => {
    const key = as({ kind: 'api_key', user: null, apiKeyId: 'k2', scopes: ['settings:write'] });
    await updateStoreSettings(key, { supportEmail: '' });
    expect((await api.em().findOneOrFail(StoreSettings, { id: 1 })).supportEmail).toBeNull();
    expect(await settingsRows()).toBe(1);
  });

  it('keeps the stored row when a later update is refused', async () => {
    const before = await api.em().findOneOrFail(StoreSettings, { id: 1 });
    await expect(
      updateStoreSettings(theOwner(), { taxEnabled: false, supportEmail: 'nope' }),
    ).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    const after = await api.em().findOneOrFail(StoreSettings, { id: 1 });
    expect(after).toMatchObject({ taxEnabled: true, refundWindowDays: before.refundWindowDays });
  });
});
