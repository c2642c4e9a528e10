// Every root field of the schema as a request that reaches its resolver: the required arguments filled
// with values their types accept and the smallest selection. Access tests walk these, so a field is
// checked the day it is added.
import { randomUUID } from 'node:crypto';
import {
  buildSchema,
  type GraphQLField,
  type GraphQLInputType,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isScalarType,
} from 'graphql';
import { loadTypeDefs } from '../src/schema.ts';

/** A root field by name (`Query.orders`), with a document and variables that call it. */
export type WalkedField = { name: string; query: string; variables: Record<string, unknown> };

/** A value the type accepts, so the request reaches the resolver (which must refuse before using it). */
function sampleValue(type: GraphQLInputType): unknown {
  const inner = getNullableType(type);
  if (isListType(inner)) return [sampleValue(inner.ofType)];
  if (isEnumType(inner)) return inner.getValues()[0]!.name;
  if (isInputObjectType(inner)) {
    return Object.fromEntries(
      Object.values(inner.getFields())
        .filter((field) => isNonNullType(field.type))
        .map((field) => [field.name, sampleValue(field.type)]),
    );
  }
  if (isScalarType(inner)) {
    switch (inner.name) {
      case 'ID':
        return randomUUID();
      case 'Int':
      case 'Float':
      case 'MinorUnits':
        return 1;
      case 'Boolean':
        return false;
      case 'DateTime':
        return new Date().toISOString();
      default:
        return 'walk@example.com';
    }
  }
  throw new Error(`no sample for ${String(inner)}`);
}

function walk(operation: 'query' | 'mutation', field: GraphQLField<unknown, unknown>): WalkedField {
  const required = field.args.filter((arg) => isNonNullType(arg.type));
  const declarations = required.map((arg) => `$${arg.name}: ${String(arg.type)}`).join(', ');
  const passed = required.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return {
    name: `${operation === 'query' ? 'Query' : 'Mutation'}.${field.name}`,
    query: `${operation}${declarations ? ` (${declarations})` : ''} { ${field.name}${passed ? `(${passed})` : ''}${selection} }`,
    variables: Object.fromEntries(required.map((arg) => [arg.name, sampleValue(arg.type)])),
  };
}

/** Every Query and Mutation field of the API's schema, queries first. */
export function walkRootFields(): WalkedField[] {
  const schema = buildSchema(loadTypeDefs());
  return [
    ...Object.values(schema.getQueryType()!.getFields()).map((field) => walk('query', field)),
    ...Object.values(schema.getMutationType()!.getFields()).map((field) => walk('mutation', field)),
  ];
}
