// Store-wide settings: one row, created on first read, validated before any write.
import type { EntityManager } from '@mikro-orm/postgresql';
import { StoreSettings } from '@shelf/db';
import type { AppServices } from '../../app-services.ts';
import { badInput } from '../../errors.ts';
import { parseEmail } from '../checkout/checkout.service.ts';

export async function getStoreSettings(em: EntityManager, defaultName: string): Promise<StoreSettings> {
  const existing = await em.findOne(StoreSettings, { id: 1 });
  if (existing) return existing;
  await em
    .getConnection()
    .execute(
      'insert into store_settings (id, store_name, updated_at) values (1, ?, now()) on conflict (id) do nothing',
      [defaultName],
    );
  return em.findOneOrFail(StoreSettings, { id: 1 });
}

export async function updateStoreSettings(
  em: EntityManager,
  defaultName: string,
  input: {
    storeName?: string | null;
    supportEmail?: string | null;
    taxEnabled?: boolean | null;
    refundWindowDays?: number | null;
  },
): Promise<StoreSettings> {
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
  const settings = await getStoreSettings(em, defaultName);
  if (storeName) settings.storeName = storeName;
  if (supportEmail !== undefined) settings.supportEmail = supportEmail;
  if (typeof input.taxEnabled === 'boolean') settings.taxEnabled = input.taxEnabled;
  if (typeof days === 'number') settings.refundWindowDays = days;
  await em.flush();
  return settings;
}

const NAME_TTL_MS = 5_000;
const storeNames = new WeakMap<AppServices, { name: string; readAt: number }>();

/**
 * The store's display name for headers, pages and emails. Read often, changed rarely: kept for a few
 * seconds per process, so a rename shows up everywhere within that time without a query per page view.
 */
export async function currentStoreName(services: AppServices): Promise<string> {
  const cached = storeNames.get(services);
  if (cached && Date.now() - cached.readAt < NAME_TTL_MS) return cached.name;
  const em = services.orm.em.fork() as EntityManager;
  const settings = await em.findOne(StoreSettings, { id: 1 });
  const name = settings?.storeName ?? services.config.storeName;
  storeNames.set(services, { name, readAt: Date.now() });
  return name;
}

export function forgetStoreName(services: AppServices): void {
  storeNames.delete(services);
}
