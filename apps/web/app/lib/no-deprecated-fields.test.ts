// The web app's operations read no deprecated field of the public schema. A deprecated field keeps
// working for integrators, but its replacement is the one the API keeps improving (connections page
// where the old lists answered everything at once), so our own pages move first.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  buildSchema,
  type DocumentNode,
  type GraphQLSchema,
  getNamedType,
  isEnumType,
  NoUnusedFragmentsRule,
  parse,
  specifiedRules,
  TypeInfo,
  validate,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { describe, expect, it } from 'vitest';

const schema = buildSchema(
  readFileSync(fileURLToPath(new URL('../../../../schema.graphql', import.meta.url)), 'utf8'),
);
const operationsDir = fileURLToPath(new URL('../../../../packages/graphql/src/operations', import.meta.url));
const operationFiles = readdirSync(operationsDir)
  .filter((name) => name.endsWith('.graphql'))
  .sort();

// Operations may spread fragments declared in another file, so each file is validated with the others'
// fragment definitions alongside it; those its own operations do not spread are not its concern.
const documents = new Map(
  operationFiles.map((name) => [name, parse(readFileSync(join(operationsDir, name), 'utf8'))]),
);

function withFragmentsOf(name: string): DocumentNode {
  const own = documents.get(name)!;
  const fragments = [...documents]
    .filter(([other]) => other !== name)
    .flatMap(([, doc]) => doc.definitions.filter((definition) => definition.kind === 'FragmentDefinition'));
  return { ...own, definitions: [...own.definitions, ...fragments] };
}

/** Every deprecated field, argument, input field or enum value the document uses, as `Type.name`. */
function deprecatedUses(target: GraphQLSchema, document: DocumentNode): string[] {
  const typeInfo = new TypeInfo(target);
  const uses: string[] = [];
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const field = typeInfo.getFieldDef();
        const parent = typeInfo.getParentType();
        if (field?.deprecationReason != null) uses.push(`${parent?.name}.${node.name.value}`);
      },
      Argument(node) {
        const argument = typeInfo.getArgument();
        const field = typeInfo.getFieldDef();
        if (argument?.deprecationReason != null) uses.push(`${field?.name}(${node.name.value})`);
      },
      ObjectField(node) {
        const input = getNamedType(typeInfo.getParentInputType());
        if (input && 'getFields' in input) {
          const field = input.getFields()[node.name.value];
          if (field && 'deprecationReason' in field && field.deprecationReason != null) {
            uses.push(`${input.name}.${node.name.value}`);
          }
        }
      },
      EnumValue(node) {
        const type = getNamedType(typeInfo.getInputType());
        if (isEnumType(type) && type.getValue(node.value)?.deprecationReason != null) {
          uses.push(`${type.name}.${node.value}`);
        }
      },
    }),
  );
  return uses;
}

describe('the web app operations', () => {
  it('are found', () => {
    expect(operationFiles.length).toBeGreaterThan(0);
  });

  it.each(operationFiles)('%s is valid against the public schema', (name) => {
    const rules = specifiedRules.filter((rule) => rule !== NoUnusedFragmentsRule);
    expect(validate(schema, withFragmentsOf(name), rules).map((error) => error.message)).toEqual([]);
  });

  it.each(operationFiles)('%s reads no deprecated field', (name) => {
    expect(deprecatedUses(schema, documents.get(name)!)).toEqual([]);
  });

  it('notices a deprecated field', () => {
    const used = deprecatedUses(
      schema,
      parse('query { order(id: "x") { provider emailsConnection(first: 1) { totalCount } } }'),
    );
    expect(used).toEqual(['Order.provider']);
  });
});
