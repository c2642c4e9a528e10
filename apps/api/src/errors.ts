// One error type for expected failures, with one code enum for the whole API. GraphQL answers carry the
// code in extensions.code; HTTP routes map it to a 4xx status. Anything else is unexpected: masked and logged.
import { GraphQLError } from 'graphql';

export const errorCodes = {
  BAD_USER_INPUT: 400,
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  GONE: 410,
  LIMIT_REACHED: 403,
  PRODUCT_UNAVAILABLE: 409,
  PAYMENT_PROVIDER_ERROR: 502,
} as const;

export type ErrorCode = keyof typeof errorCodes;

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

export const badInput = (message: string, field?: string): AppError =>
  new AppError('BAD_USER_INPUT', message, field ? { field } : {});
export const notFound = (message: string): AppError => new AppError('NOT_FOUND', message);
