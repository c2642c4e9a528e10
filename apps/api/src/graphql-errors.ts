// Shapes every GraphQL error sent to a client: expected errors keep their code and message, GraphQL's
// own request errors pass through, and anything unexpected is logged and masked.
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { AppError, type ErrorCode } from './errors.ts';
import { tokenLimitRefusal } from './graphql-limits.ts';
import type { Logger } from './logger.ts';

// Typed by the schema's ErrorCode enum, so every code a client can receive is documented there.
const passThroughCodes: ReadonlySet<string> = new Set<ErrorCode>([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

export function createErrorFormatter(log: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const appError = expectedError(original);
    if (appError) {
      return {
        message: appError.message,
        path: formatted.path,
        locations: formatted.locations,
        extensions: { code: appError.code, ...appError.details },
      };
    }
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && passThroughCodes.has(code)) {
      return {
        message: formatted.message,
        locations: formatted.locations,
        path: formatted.path,
        extensions: { code },
      };
    }
    log.error({ err: original, path: formatted.path }, 'unexpected error in GraphQL request');
    return {
      message: 'Something went wrong on our side. It has been logged; please try again.',
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' satisfies ErrorCode },
    };
  };
}

/** The AppError a client should see: thrown by a resolver, reported by a validation rule, or the token cap. */
function expectedError(original: unknown): AppError | undefined {
  if (original instanceof AppError) return original;
  // The operation limits' validation rules (graphql-limits.ts) report GraphQL errors around an AppError.
  // Duck-typed: graphql's CommonJS and ESM builds can both be loaded, each with its own GraphQLError.
  const wrapped = (original as { originalError?: unknown } | null)?.originalError;
  if (wrapped instanceof AppError) return wrapped;
  return tokenLimitRefusal(original);
}
