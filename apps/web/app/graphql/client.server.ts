// The web app's only way to the API: typed GraphQL documents from @shelf/graphql, sent over fetch from
// loaders and actions. GraphQL errors become an ApiError carrying the API's error code.
import { type DocumentNode, type OperationDefinitionNode, print } from 'graphql';
import { env } from '../lib/env.server';

/** Structurally the same as @graphql-typed-document-node/core's TypedDocumentNode, which codegen emits. */
export type TypedDocument<TResult, TVariables> = DocumentNode & {
  __apiType?: (variables: TVariables) => TResult;
};

/** The API's error codes (apps/api/src/errors.ts), plus API_UNAVAILABLE: ours, for no usable answer. */
export type ApiErrorCode =
  | 'BAD_USER_INPUT'
  | 'BAD_REQUEST'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'GONE'
  | 'LIMIT_REACHED'
  | 'PRODUCT_UNAVAILABLE'
  | 'PAYMENT_PROVIDER_ERROR'
  | 'INTERNAL_SERVER_ERROR'
  | 'API_UNAVAILABLE'
  | (string & {});

// Expected outcomes whose API message is written for shoppers and can be shown as is.
const SHOPPER_FACING_CODES: ReadonlySet<ApiErrorCode> = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'GONE',
  'LIMIT_REACHED',
  'PRODUCT_UNAVAILABLE',
  'PAYMENT_PROVIDER_ERROR',
]);

type GraphQLErrorBody = {
  message: string;
  path?: ReadonlyArray<string | number>;
  extensions?: Record<string, unknown>;
};

export class ApiError extends Error {
  override name = 'ApiError';
  readonly code: ApiErrorCode;
  readonly operation: string;
  readonly extensions: Record<string, unknown>;

  constructor(
    message: string,
    details: { code: ApiErrorCode; operation: string; extensions?: Record<string, unknown>; cause?: unknown },
  ) {
    super(message, { cause: details.cause });
    this.code = details.code;
    this.operation = details.operation;
    this.extensions = details.extensions ?? {};
  }
}

export function isApiError(error: unknown, code?: ApiErrorCode): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

/** The API's own message for expected errors; `fallback` for anything unexpected (which is also logged). */
export function shopperMessage(error: unknown, fallback: string): string {
  if (error instanceof ApiError && SHOPPER_FACING_CODES.has(error.code)) return error.message;
  console.error(error);
  return fallback;
}

const REQUEST_TIMEOUT_MS = 10_000;
const printed = new WeakMap<DocumentNode, { query: string; operationName: string }>();

function serialise(document: DocumentNode): { query: string; operationName: string } {
  let entry = printed.get(document);
  if (!entry) {
    const operation = document.definitions.find(
      (definition): definition is OperationDefinitionNode => definition.kind === 'OperationDefinition',
    );
    entry = { query: print(document), operationName: operation?.name?.value ?? 'anonymous' };
    printed.set(document, entry);
  }
  return entry;
}

type VariablesArgument<TVariables> =
  Record<string, never> extends TVariables ? [variables?: TVariables] : [variables: TVariables];

/** Runs one operation against the API and returns its data, or throws an ApiError. */
export async function gql<TResult, TVariables>(
  document: TypedDocument<TResult, TVariables>,
  ...[variables]: VariablesArgument<TVariables>
): Promise<TResult> {
  const { query, operationName } = serialise(document);
  let response: Response;
  try {
    response = await fetch(`${env.apiUrl}/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ query, operationName, variables: variables ?? {} }),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    });
  } catch (cause) {
    throw new ApiError(`The store API did not answer ${operationName}`, {
      code: 'API_UNAVAILABLE',
      operation: operationName,
      cause,
    });
  }

  let body: { data?: TResult | null; errors?: GraphQLErrorBody[] };
  try {
    body = (await response.json()) as typeof body;
  } catch (cause) {
    throw new ApiError(`The store API answered ${operationName} with HTTP ${response.status}, not GraphQL`, {
      code: 'API_UNAVAILABLE',
      operation: operationName,
      cause,
    });
  }

  const [first] = body.errors ?? [];
  if (first) {
    const code = typeof first.extensions?.code === 'string' ? first.extensions.code : 'INTERNAL_SERVER_ERROR';
    throw new ApiError(first.message, { code, operation: operationName, extensions: first.extensions });
  }
  if (!body.data) {
    throw new ApiError(`The store API answered ${operationName} without data`, {
      code: 'INTERNAL_SERVER_ERROR',
      operation: operationName,
    });
  }
  return body.data;
}
