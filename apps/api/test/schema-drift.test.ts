// The committed schema.graphql at the repository root is what integrators read and diff: it must be exactly
// the schema the API serves, so no change to the public schema goes unnoticed in review.
import { readFileSync } from 'node:fs';
import { printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildPublicSchema, committedSchemaPath, normaliseSchema } from '../src/public-schema.ts';

describe('the committed schema', () => {
  it('matches the schema the API serves', () => {
    const committed = readFileSync(committedSchemaPath, 'utf8');
    // Compared as schemas, so formatting the file changes nothing; any type, field, argument, description
    // or deprecation that differs does.
    if (normaliseSchema(committed) !== printSchema(buildPublicSchema())) {
      expect.fail('schema.graphql at the repository root is stale: run pnpm schema:print and commit it.');
    }
  });
});
