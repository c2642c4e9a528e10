// The public schema as one SDL document: every module's SDL, sorted by name so a change shows up as a
// small diff. `pnpm schema:print` writes it to schema.graphql at the repository root, the stable address
// integrators read (and formats it like every other file), and test/schema-drift.test.ts fails when the
// committed copy does not describe the same schema.
import { fileURLToPath } from 'node:url';
import { buildSchema, type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { loadTypeDefs } from './schema.ts';

export const committedSchemaPath = fileURLToPath(new URL('../../../schema.graphql', import.meta.url));

const header =
  '# The Shelf GraphQL API schema. Generated from apps/api/src/modules/*/schema.graphql by\n' +
  '# `pnpm schema:print`; edit those files, not this one. Changes are listed in docs/schema-changelog.md.\n\n';

export function buildPublicSchema(): GraphQLSchema {
  return lexicographicSortSchema(buildSchema(loadTypeDefs()));
}

export function printPublicSchema(): string {
  return `${header}${printSchema(buildPublicSchema())}\n`;
}

/** A schema document printed the way printPublicSchema prints, whatever its formatting and order. */
export function normaliseSchema(sdl: string): string {
  return printSchema(lexicographicSortSchema(buildSchema(sdl)));
}
