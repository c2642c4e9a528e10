// A local stand-in for Resend's `POST /emails`, so the real resend SDK can be tested end to end
// through its baseUrl option. It mirrors what senders depend on: Bearer auth, `{ id }` on success,
// Resend's error body `{ statusCode, name, message }`, Idempotency-Key replay, and scripted
// failures (with headers such as Retry-After) served before anything else.
import { createHash, randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type ResendStandInFailure = {
  status: number;
  // An object is sent as JSON; a string as-is (a proxy's HTML error page, say).
  body?: object | string;
  headers?: Record<string, string>;
};

export type ResendStandInRequest = {
  method: string;
  path: string;
  headers: Record<string, string>;
  body: unknown;
};

export type ResendStandInEmail = {
  id: string;
  idempotencyKey: string | null;
  from: string;
  to: string[];
  subject: string;
  html: string | null;
  text: string | null;
  tags: Array<{ name: string; value: string }>;
  payload: Record<string, unknown>;
};

export type ResendStandInOptions = {
  failures?: ResendStandInFailure[];
  // When set, only this key is accepted (403 invalid_api_key otherwise); by default any Bearer token is.
  apiKey?: string;
};

export type ResendStandIn = {
  url: string;
  requests: ResendStandInRequest[];
  emails: ResendStandInEmail[];
  failNext(status: number, body?: object | string, headers?: Record<string, string>): void;
  close(): Promise<void>;
};

type Reply = { status: number; body: object | string; headers?: Record<string, string> };

const defaultErrorNames: Record<number, string> = {
  400: 'validation_error',
  401: 'missing_api_key',
  403: 'invalid_api_key',
  404: 'not_found',
  405: 'method_not_allowed',
  409: 'concurrent_idempotent_requests',
  422: 'validation_error',
  429: 'rate_limit_exceeded',
};

function errorReply(status: number, name: string, message: string, headers?: Record<string, string>): Reply {
  return { status, body: { statusCode: status, name, message }, ...(headers && { headers }) };
}

function toFailureReply({ status, body, headers }: ResendStandInFailure): Reply {
  const name = defaultErrorNames[status] ?? (status >= 500 ? 'internal_server_error' : 'application_error');
  // Resend always tells a rate-limited client when to come back.
  const defaultHeaders: Record<string, string> = status === 429 ? { 'retry-after': '1' } : {};
  return {
    status,
    body: body ?? { statusCode: status, name, message: `Stand-in failure ${status}` },
    headers: { ...defaultHeaders, ...headers },
  };
}

function flattenHeaders(request: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function parseJson(raw: string): unknown {
  if (raw === '') return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function findMissingField(payload: Record<string, unknown>): string | undefined {
  return ['from', 'to', 'subject'].find((field) => payload[field] === undefined || payload[field] === '');
}

function toStoredEmail(
  id: string,
  idempotencyKey: string | null,
  payload: Record<string, unknown>,
): ResendStandInEmail {
  const to = payload.to;
  return {
    id,
    idempotencyKey,
    from: String(payload.from),
    to: Array.isArray(to) ? to.map(String) : [String(to)],
    subject: String(payload.subject),
    html: typeof payload.html === 'string' ? payload.html : null,
    text: typeof payload.text === 'string' ? payload.text : null,
    tags: Array.isArray(payload.tags) ? (payload.tags as ResendStandInEmail['tags']) : [],
    payload,
  };
}

export async function startResendStandIn(options: ResendStandInOptions = {}): Promise<ResendStandIn> {
  const failures = [...(options.failures ?? [])];
  const requests: ResendStandInRequest[] = [];
  const emails: ResendStandInEmail[] = [];
  // Resend replays the first response for a repeated key and refuses the key with another payload.
  const idempotentReplies = new Map<string, { id: string; fingerprint: string }>();

  function acceptEmail(headers: Record<string, string>, raw: string, body: unknown): Reply {
    if (!isRecord(body))
      return errorReply(422, 'validation_error', 'The request body must be a JSON object.');
    const idempotencyKey = headers['idempotency-key'] ?? null;
    const fingerprint = createHash('sha256').update(raw).digest('hex');
    const previous = idempotencyKey === null ? undefined : idempotentReplies.get(idempotencyKey);
    if (previous && previous.fingerprint !== fingerprint) {
      return errorReply(
        409,
        'invalid_idempotent_request',
        'Same idempotency key used with a different request payload. Change your idempotency key or payload.',
      );
    }
    if (previous) return { status: 200, body: { id: previous.id } };
    const missing = findMissingField(body);
    if (missing) return errorReply(422, 'missing_required_field', `Missing \`${missing}\` field.`);
    if (body.html === undefined && body.text === undefined) {
      return errorReply(422, 'validation_error', 'Either `html` or `text` must be provided.');
    }
    const id = randomUUID();
    if (idempotencyKey !== null) idempotentReplies.set(idempotencyKey, { id, fingerprint });
    emails.push(toStoredEmail(id, idempotencyKey, body));
    return { status: 200, body: { id } };
  }

  function reply(
    method: string,
    path: string,
    headers: Record<string, string>,
    raw: string,
    body: unknown,
  ): Reply {
    const failure = failures.shift();
    if (failure) return toFailureReply(failure);
    const authorization = headers.authorization;
    if (!authorization?.startsWith('Bearer ') || authorization.length === 'Bearer '.length) {
      return errorReply(401, 'missing_api_key', 'Missing API key in the authorization header.');
    }
    if (options.apiKey !== undefined && authorization !== `Bearer ${options.apiKey}`) {
      return errorReply(403, 'invalid_api_key', 'API key is invalid.');
    }
    if (path !== '/emails') return errorReply(404, 'not_found', 'The requested endpoint does not exist.');
    if (method !== 'POST')
      return errorReply(405, 'method_not_allowed', 'Method is not allowed for the requested path.');
    return acceptEmail(headers, raw, body);
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const raw = await readBody(request);
    const headers = flattenHeaders(request);
    const method = request.method ?? 'GET';
    const path = new URL(request.url ?? '/', 'http://stand-in').pathname;
    const body = parseJson(raw);
    requests.push({ method, path, headers, body });
    const result = reply(method, path, headers, raw, body);
    const isText = typeof result.body === 'string';
    response.writeHead(result.status, {
      'content-type': isText ? 'text/html; charset=utf-8' : 'application/json',
      ...result.headers,
    });
    response.end(isText ? result.body : JSON.stringify(result.body));
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      response.writeHead(500, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify({ statusCode: 500, name: 'internal_server_error', message: String(error) }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    emails,
    failNext(status, body, headers) {
      failures.push({ status, ...(body !== undefined && { body }), ...(headers && { headers }) });
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        // fetch keeps connections alive; without this, close would wait for them to time out.
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
