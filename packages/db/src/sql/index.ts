// Raw SQL plumbing any domain may use beside its entities: named prepared statements for hot paths.
export { executePrepared } from './prepared.ts';
