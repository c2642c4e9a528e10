// Revenue rollups derived from orders. Owned by the API module `reports`.
export { RevenueDay, RevenueDayAffiliate, RevenueDayProduct } from './revenue-day.entity.ts';
export { RevenueRollupState } from './revenue-rollup-state.entity.ts';
