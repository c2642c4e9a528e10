import { GraphQLScalarType, Kind } from 'graphql';
import { badInput } from '../../errors.ts';
import type { Resolvers } from '../../generated/resolvers-types.ts';

const DateTime = new GraphQLScalarType<Date | null, string>({
  name: 'DateTime',
  serialize: (value) => (value instanceof Date ? value : new Date(String(value))).toISOString(),
  parseValue: (value) => {
    const date = new Date(String(value));
    if (Number.isNaN(date.getTime())) throw new TypeError('DateTime must be an ISO-8601 date-time');
    return date;
  },
  parseLiteral: (ast) => (ast.kind === Kind.STRING ? new Date(ast.value) : null),
});

/**
 * Integer minor units, exact up to 2^53-1 (a JSON number, like Int on the wire, but without Int's 32-bit
 * ceiling, which a store's revenue total passes at 21,474,836.47). Anything else is refused as bad input.
 */
function toMinorUnits(value: unknown): number {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return value;
  throw badInput('An amount in minor units must be a whole number between -(2^53-1) and 2^53-1.');
}

const MinorUnits = new GraphQLScalarType<number, number>({
  name: 'MinorUnits',
  description: 'An integer amount of minor units, exact up to 2^53-1.',
  // A sum read straight from SQL arrives as a string (bigint); Int took those too, so this does.
  serialize: (value) => {
    const number = typeof value === 'string' && /^-?\d+$/.test(value) ? Number(value) : value;
    if (typeof number === 'number' && Number.isSafeInteger(number)) return number;
    throw new TypeError(`MinorUnits cannot represent ${String(value)}`);
  },
  parseValue: toMinorUnits,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.INT) return toMinorUnits(Number.NaN);
    return toMinorUnits(Number(ast.value));
  },
});

export const commonResolvers: Resolvers = {
  DateTime,
  MinorUnits,
};
