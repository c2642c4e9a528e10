// Store-wide settings a creator changes from the dashboard. A single row (id = 1).
import { EntitySchema, type Opt } from '@mikro-orm/core';

export class StoreSettings {
  id: Opt<number> = 1;
  storeName: Opt<string> = 'Shelf Demo Store';
  supportEmail: string | null = null;
  /** Stripe Tax: automatic tax calculation and tax ID collection at checkout. */
  taxEnabled: Opt<boolean> = false;
  /** Days after purchase during which a refund is expected; commissions become payable after it. */
  refundWindowDays: Opt<number> = 30;
  /**
   * Days a subscriber keeps access after the paid period ends while the renewal's payment is retried;
   * after them access pauses until a renewal is paid.
   */
  renewalGraceDays: Opt<number> = 3;
  updatedAt: Opt<Date> = new Date();
}

export const StoreSettingsSchema = new EntitySchema<StoreSettings>({
  class: StoreSettings,
  tableName: 'store_settings',
  checks: [{ name: 'store_settings_singleton', expression: 'id = 1' }],
  properties: {
    id: { type: 'integer', primary: true, autoincrement: false },
    storeName: { type: 'string', length: 200 },
    supportEmail: { type: 'string', length: 320, nullable: true },
    taxEnabled: { type: 'boolean' },
    refundWindowDays: { type: 'integer' },
    renewalGraceDays: { type: 'integer' },
    updatedAt: { type: 'datetime', length: 3, onUpdate: () => new Date() },
  },
});
