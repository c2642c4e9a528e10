// The API documentation page's example operations and error codes, checked against the API's own SDL
// files: an operation that names a field, argument or enum value the schema no longer has fails here
// rather than on an integrator's machine.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSchema, isEnumType, parse, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES, EXAMPLE_OPERATIONS, PAGINATION_EXAMPLE, SCOPES } from './api-docs';

const modulesDir = fileURLToPath(new URL('../../../api/src/modules', import.meta.url));
const sdl = readdirSync(modulesDir, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((entry) => {
    try {
      return [readFileSync(join(modulesDir, entry.name, 'schema.graphql'), 'utf8')];
    } catch {
      return [];
    }
  })
  // The common module declares the root types the others extend: it goes first.
  .sort((a, b) => Number(b.includes('\ntype Query')) - Number(a.includes('\ntype Query')))
  .join('\n');
const schema = buildSchema(sdl);

function enumValues(name: string): string[] {
  const type = schema.getType(name);
  if (!isEnumType(type)) throw new Error(`${name} is not an enum of the schema`);
  return type.getValues().map((value) => value.name);
}

describe('the API documentation', () => {
  it.each(EXAMPLE_OPERATIONS.map((example) => [example.title, example.operation] as const))(
    'example "%s" is valid against the schema',
    (_title, operation) => {
      expect(validate(schema, parse(operation)).map((error) => error.message)).toEqual([]);
    },
  );

  it('pages with a query that is valid against the schema', () => {
    const query = PAGINATION_EXAMPLE.match(/`(query[\s\S]*?)`/)?.[1];
    expect(query).toBeDefined();
    expect(validate(schema, parse(query!)).map((error) => error.message)).toEqual([]);
  });

  it('lists only error codes the schema defines', () => {
    const values = new Set(enumValues('ErrorCode'));
    expect(ERROR_CODES.map(([code]) => code).filter((code) => !values.has(code))).toEqual([]);
  });

  it('lists every API key scope of the schema, and no other', () => {
    const scopes = enumValues('ApiKeyScope').map((value) => value.toLowerCase().replace('_', ':'));
    expect(SCOPES.map(([scope]) => scope).sort()).toEqual(scopes.sort());
  });
});
