// The web app's only way to the API: typed GraphQL documents from @shelf/graphql, sent over fetch from
// loaders and actions on behalf of the incoming request (one of its sessions, the visitor's address and
// User-Agent, the request id). GraphQL errors become an ApiError carrying the API's error code.
import { randomUUID } from 'node:crypto';
import { isIP } from 'node:net';
import type { AppLoadContext } from '@remix-run/node';
import type { ErrorCode } from '@shelf/graphql';
import { type DocumentNode, type OperationDefinitionNode, print } from 'graphql';
import { env } from '../lib/env.server';
import { readAffiliateToken, readSessionToken } from '../lib/session.server';

/** Structurally the same as @graphql-typed-document-node/core's TypedDocumentNode, which codegen emits. */
export type TypedDocument<TResult, TVariables> = DocumentNode & {
  __apiType?: (variables: TVariables) => TResult;
};

/** The API's error codes (the schema's ErrorCode enum), plus API_UNAVAILABLE: ours, for no usable answer. */
export type ApiErrorCode = ErrorCode | 'API_UNAVAILABLE';

// Expected outcomes whose API message is written for shoppers and can be shown as is.
const SHOPPER_FACING_CODES: ReadonlySet<ApiErrorCode> = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'GONE',
  'LIMIT_REACHED',
  'PRODUCT_UNAVAILABLE',
  'PAYMENT_PROVIDER_ERROR',
  'RATE_LIMITED',
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
  /** The X-Request-Id sent with the operation: the API's log lines for it carry the same id. */
  readonly requestId: string | undefined;

  constructor(
    message: string,
    details: {
      code: ApiErrorCode;
      operation: string;
      extensions?: Record<string, unknown>;
      requestId?: string;
      cause?: unknown;
    },
  ) {
    super(message, { cause: details.cause });
    this.code = details.code;
    this.operation = details.operation;
    this.extensions = details.extensions ?? {};
    this.requestId = details.requestId;
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

const SAFE_REQUEST_ID = /^[\w.-]{1,100}$/;
// One id per incoming request, so every API call a page makes (root and route loaders) shares it.
const requestIds = new WeakMap<Request, string>();

function requestIdFor(request: Request): string {
  let id = requestIds.get(request);
  if (!id) {
    const incoming = request.headers.get('X-Request-Id');
    id = incoming && SAFE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
    requestIds.set(request, id);
  }
  return id;
}

/**
 * Which of the visitor's sign-ins an operation is sent with, as its bearer token: the creator's session
 * (`shelf_session`: the dashboard, and the storefront as before), the affiliate's portal session
 * (`shelf_affiliate`: the earnings page), or none. Never both: an affiliate's page never acts as a
 * creator, and the dashboard never as an affiliate.
 */
export type ApiCredential = 'creator' | 'affiliate' | 'none';

/** Who the API is asked on behalf of: a loader's or action's own arguments (`{ request, context }`). */
export type ApiCaller = {
  request: Request;
  context: AppLoadContext;
  /** The sign-in to send; `creator` when left out. */
  credential?: ApiCredential;
  /** How long to wait for the answer before API_UNAVAILABLE; 10 s when left out. */
  timeoutMs?: number;
};

// Long enough for any real browser's; a longer header is cut rather than refused.
const MAX_USER_AGENT_LENGTH = 512;

function credentialToken(request: Request, credential: ApiCredential): Promise<string | null> {
  if (credential === 'affiliate') return readAffiliateToken(request);
  if (credential === 'creator') return readSessionToken(request);
  return Promise.resolve(null);
}

/** Built from scratch: the browser's own headers, its Cookie above all, never reach the API. */
async function apiHeaders(
  { request, context, credential = 'creator' }: ApiCaller,
  requestId: string,
): Promise<Headers> {
  const headers = new Headers({
    'Content-Type': 'application/json',
    Accept: 'application/json',
    'X-Request-Id': requestId,
  });
  const token = await credentialToken(request, credential);
  if (token) headers.set('Authorization', `Bearer ${token}`);
  // The web server worked out the shopper's address (trusting a proxy only under TRUST_PROXY), so the
  // API's per-client limits see the shopper rather than this server. Never the browser's own header.
  if (context.clientIp && isIP(context.clientIp) !== 0) headers.set('X-Forwarded-For', context.clientIp);
  // The visitor's browser rather than this server's fetch: the API tells people from bots by it (affiliate
  // clicks count people only).
  const userAgent = request.headers.get('User-Agent')?.slice(0, MAX_USER_AGENT_LENGTH);
  if (userAgent) headers.set('User-Agent', userAgent);
  return headers;
}

type VariablesArgument<TVariables> =
  Record<string, never> extends TVariables ? [variables?: TVariables] : [variables: TVariables];

/**
 * Runs one operation against the API as the visitor behind `caller` (the loader's or action's arguments,
 * with the sign-in to send) and returns its data, or throws an ApiError.
 */
export async function gql<TResult, TVariables>(
  caller: ApiCaller,
  document: TypedDocument<TResult, TVariables>,
  ...[variables]: VariablesArgument<TVariables>
): Promise<TResult> {
  const { query, operationName } = serialise(document);
  const requestId = requestIdFor(caller.request);
  const headers = await apiHeaders(caller, requestId);
  let response: Response;
  try {
    response = await fetch(`${env.apiUrl}/graphql`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query, operationName, variables: variables ?? {} }),
      signal: AbortSignal.timeout(caller.timeoutMs ?? REQUEST_TIMEOUT_MS),
    });
  } catch (cause) {
    throw new ApiError(`The store API did not answer ${operationName}`, {
      code: 'API_UNAVAILABLE',
      operation: operationName,
      requestId,
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
      requestId,
      cause,
    });
  }

  const [first] = body.errors ?? [];
  if (first) {
    // The API sends only the schema's codes: its error formatter masks everything else.
    const code = typeof first.extensions?.code === 'string' ? first.extensions.code : 'INTERNAL_SERVER_ERROR';
    throw new ApiError(first.message, {
      code: code as ErrorCode,
      operation: operationName,
      extensions: first.extensions,
      requestId,
    });
  }
  if (!body.data) {
    throw new ApiError(`The store API answered ${operationName} without data`, {
      code: 'INTERNAL_SERVER_ERROR',
      operation: operationName,
      requestId,
    });
  }
  return body.data;
}
