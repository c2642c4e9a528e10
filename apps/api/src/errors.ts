// One error type for expected failures, with one code enum for the whole API. GraphQL answers carry the
// code in extensions.code; HTTP routes map it to a 4xx status. Anything else is unexpected: masked and logged.
import { GraphQLError } from 'graphql';
import type { ErrorCode } from './generated/resolvers-types.ts';

export type { ErrorCode };

// The codes are the schema's ErrorCode enum; typing the map by it makes a new code fail typecheck here
// until it has a status.
export const errorCodes: Readonly<Record<ErrorCode, number>> = {
  BAD_USER_INPUT: 400,
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  GONE: 410,
  LIMIT_REACHED: 403,
  RATE_LIMITED: 429,
  PRODUCT_UNAVAILABLE: 409,
  PAYMENT_PROVIDER_ERROR: 502,
  INTERNAL_SERVER_ERROR: 500,
  GRAPHQL_PARSE_FAILED: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  OPERATION_RESOLUTION_FAILURE: 400,
  PERSISTED_QUERY_NOT_FOUND: 404,
  PERSISTED_QUERY_NOT_SUPPORTED: 400,
  OPERATION_TOO_COMPLEX: 400,
  FIELD_LIMIT_EXCEEDED: 400,
};

export class AppError extends Error {
  override name = 'AppError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }

  get httpStatus(): number {
    return errorCodes[this.code];
  }

  toGraphQLError(): GraphQLError {
    return new GraphQLError(this.message, { extensions: { code: this.code, ...this.details } });
  }
}

/** One wrong input field: its path (`price.amount`) and what is wrong with it. */
export type FieldError = { field: string; message: string };

/**
 * Bad input. With a field, `extensions.field` names it and `extensions.fieldErrors` lists it, so a client
 * reads field errors the same way whether one field or several were wrong.
 */
export const badInput = (message: string, field?: string): AppError =>
  new AppError('BAD_USER_INPUT', message, field ? { field, fieldErrors: [{ field, message }] } : {});

/** Several wrong fields at once: `field` names the first, `fieldErrors` lists them all, in input order. */
export function badFields(errors: readonly [FieldError, ...FieldError[]]): AppError {
  const [first] = errors;
  const message = errors.map((error) => error.message).join(' ');
  return new AppError('BAD_USER_INPUT', message, { field: first.field, fieldErrors: [...errors] });
}

/**
 * Checks input field by field without stopping at the first bad one: `run` keeps what a check returns,
 * or notes the field error it threw; `throwIfAny` then refuses the input once, naming every bad field.
 */
export class FieldChecks {
  private readonly errors: FieldError[] = [];

  run<T>(check: () => T): T | undefined {
    try {
      return check();
    } catch (error) {
      const field = error instanceof AppError ? error.details.field : undefined;
      if (!(error instanceof AppError) || error.code !== 'BAD_USER_INPUT' || typeof field !== 'string')
        throw error;
      // A field already refused keeps its first error: a later whole-input check would only repeat it.
      if (!this.errors.some((known) => known.field === field))
        this.errors.push({ field, message: error.message });
      return undefined;
    }
  }

  get failed(): boolean {
    return this.errors.length > 0;
  }

  throwIfAny(): void {
    const [first, ...rest] = this.errors;
    if (first) throw badFields([first, ...rest]);
  }
}
export const notFound = (message: string): AppError => new AppError('NOT_FOUND', message);
