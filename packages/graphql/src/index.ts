// Typed documents for every operation the web app runs, and their result types.
export * from './generated/graphql.ts';
