// Typed documents for every operation the web app runs, and their result types.

// Error codes arrive in extensions.code, outside any selection, so they come from the schema's enums.
export type { ErrorCode } from './generated/enums.ts';
export * from './generated/graphql.ts';
