// Store-wide settings: one row, created on first read, validated before any write. Defaults live in one
// place, the entity's field initialisers (a StoreSettings built in memory), so a store that never saved
// its settings and one that did read the same values.
import { StoreSettings } from '@shelf/db/settings';
import type { AppServices } from '../../app-services.ts';
import type { ServiceContext } from '../../context.ts';
import { badInput } from '../../errors.ts';
import { requireCreator, requireOwner } from '../accounts/accounts.service.ts';
import { parseEmail } from '../common/email-address.ts';

export type StoreSettingsInput = {
  storeName?: string | null;
  supportEmail?: string | null;
  taxEnabled?: boolean | null;
  refundWindowDays?: number | null;
  renewalGraceDays?: number | null;
};

function defaults(ctx: ServiceContext): StoreSettings {
  return Object.assign(new StoreSettings(), { storeName: ctx.services.config.storeName });
}

/** The settings in force: the stored row, or the defaults when none was ever saved. Never writes. */
export async function readStoreSettings(ctx: ServiceContext): Promise<StoreSettings> {
  return (await ctx.em.findOne(StoreSettings, { id: 1 })) ?? defaults(ctx);
}

/** The stored row, created with the defaults on first use. */
async function loadOrCreateSettings(ctx: ServiceContext): Promise<StoreSettings> {
  const { em } = ctx;
  const existing = await em.findOne(StoreSettings, { id: 1 });
  if (existing) return existing;
  await em
    .getConnection()
    .execute(
      'insert into store_settings (id, store_name, updated_at) values (1, ?, now()) on conflict (id) do nothing',
      [ctx.services.config.storeName],
      'run',
      em.getTransactionContext(),
    );
  return em.findOneOrFail(StoreSettings, { id: 1 });
}

export async function getStoreSettings(ctx: ServiceContext): Promise<StoreSettings> {
  requireCreator(ctx, 'settings:read');
  return loadOrCreateSettings(ctx);
}

export async function updateStoreSettings(
  ctx: ServiceContext,
  input: StoreSettingsInput,
): Promise<StoreSettings> {
  requireOwner(ctx, 'settings:write');
  const storeName = input.storeName?.trim();
  if (input.storeName !== undefined && input.storeName !== null && (!storeName || storeName.length > 200)) {
    throw badInput('The store name must be 1 to 200 characters.', 'storeName');
  }
  const supportEmail =
    input.supportEmail === undefined ? undefined : parseEmail(input.supportEmail, 'supportEmail');
  const days = input.refundWindowDays;
  if (days !== undefined && days !== null && (!Number.isInteger(days) || days < 0 || days > 365)) {
    throw badInput('The refund window must be between 0 and 365 days.', 'refundWindowDays');
  }
  const grace = input.renewalGraceDays;
  if (grace !== undefined && grace !== null && (!Number.isInteger(grace) || grace < 0 || grace > 30)) {
    throw badInput('The renewal grace period must be between 0 and 30 days.', 'renewalGraceDays');
  }
  const settings = await loadOrCreateSettings(ctx);
  if (storeName) settings.storeName = storeName;
  if (supportEmail !== undefined) settings.supportEmail = supportEmail;
  if (typeof input.taxEnabled === 'boolean') settings.taxEnabled = input.taxEnabled;
  if (typeof days === 'number') settings.refundWindowDays = days;
  if (typeof grace === 'number') settings.renewalGraceDays = grace;
  await ctx.em.flush();
  storeNames.delete(ctx.services);
  return settings;
}

const NAME_TTL_MS = 5_000;
const storeNames = new WeakMap<AppServices, { name: string; readAt: number }>();

/**
 * The store's display name for headers, pages and emails. Read often, changed rarely: kept for a few
 * seconds per process, so a rename shows up everywhere within that time without a query per page view.
 */
export async function currentStoreName(ctx: ServiceContext): Promise<string> {
  const cached = storeNames.get(ctx.services);
  if (cached && Date.now() - cached.readAt < NAME_TTL_MS) return cached.name;
  const { storeName } = await readStoreSettings(ctx);
  storeNames.set(ctx.services, { name: storeName, readAt: Date.now() });
  return storeName;
}
