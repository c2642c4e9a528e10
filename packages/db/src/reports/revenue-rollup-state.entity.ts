// Where the revenue rollups stand (one row, id = 1): days before `coveredUntil` are rolled up, as the
// orders were when `changesSince` was read; orders changed after it are answered from shop_order.
import { EntitySchema, type Opt } from '@mikro-orm/core';

export class RevenueRollupState {
  id: Opt<number> = 1;
  /** Midnight (in `timeZone`) that ends the last rolled-up day; null before the first run. */
  coveredUntil: Date | null = null;
  /** The moment the rollup's view of the orders was taken. */
  changesSince: Date | null = null;
  /** The IANA time zone the days are cut in; a change rebuilds every day. */
  timeZone: Opt<string> = 'UTC';
}

export const RevenueRollupStateSchema = new EntitySchema<RevenueRollupState>({
  class: RevenueRollupState,
  tableName: 'revenue_rollup_state',
  checks: [{ name: 'revenue_rollup_state_singleton', expression: 'id = 1' }],
  properties: {
    id: { type: 'integer', primary: true, autoincrement: false },
    coveredUntil: { type: 'datetime', length: 3, nullable: true },
    changesSince: { type: 'datetime', length: 3, nullable: true },
    timeZone: { type: 'string', length: 64 },
  },
});
