// Shapes every GraphQL error sent to a client: expected errors keep their code and message, GraphQL's
// own request errors pass through, and anything unexpected is logged and masked. A masked error carries
// the request's id (the X-Request-Id answered too), which the log line of the real error also carries, so
// a client can quote it and support can find what happened.
import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import type { RequestContext } from './context.ts';
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

/** Masked errors read the same whatever failed, so they reveal nothing about the server. */
export const UNEXPECTED_ERROR_MESSAGE = 'Unexpected error';

// Apollo hands the formatter the error without its request, so each error's request id is noted when the
// request meets it (didEncounterErrors runs first, with the same error objects).
const requestIdOfError = new WeakMap<object, string>();

const noteRequestIds: GraphQLRequestListener<RequestContext> = {
  async didEncounterErrors({ contextValue, errors }) {
    for (const error of errors) requestIdOfError.set(error, contextValue.requestId);
  },
};

/** The plugin that lets the formatter put the request id on a masked error. */
export const errorRequestIds: ApolloServerPlugin<RequestContext> = {
  async requestDidStart() {
    return noteRequestIds;
  },
};

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
    const requestId = typeof error === 'object' && error ? requestIdOfError.get(error) : undefined;
    log.error({ err: original, path: formatted.path, requestId }, 'unexpected error in GraphQL request');
    return {
      message: UNEXPECTED_ERROR_MESSAGE,
      path: formatted.path,
      extensions: { code: 'INTERNAL_SERVER_ERROR' satisfies ErrorCode, ...(requestId ? { requestId } : {}) },
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
