// Customers: one row per buyer email. Owned by the API module of the same name.
export { Customer } from './customer.entity.ts';
