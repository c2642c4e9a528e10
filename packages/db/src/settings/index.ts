// Store-wide settings (one row). Owned by the API module of the same name.
export { StoreSettings } from './store-settings.entity.ts';
