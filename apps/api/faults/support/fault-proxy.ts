// An HTTP fault proxy in front of a provider stand-in: each request takes the next scripted fault (or
// passes through once the script is used up). Faults are the ones a provider really shows: a 5xx, a 429
// with Retry-After, a slow answer, and a request that reached the provider whose answer never came back.
import { createServer, request as httpRequest, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';

export type Fault =
  | { kind: 'status'; status: number; headers?: Record<string, string> }
  | { kind: 'slow'; delayMs: number }
  /** Forwards the request (the provider acts on it) and then drops the connection before answering. */
  | { kind: 'drop-response' }
  | { kind: 'pass' };

export type FaultProxy = {
  url: string;
  /** Faults still to apply, in order; requests after the script pass through. */
  script(faults: Fault[]): void;
  /** What happened to each request, in arrival order. */
  readonly applied: Fault['kind'][];
  close(): Promise<void>;
};

function readBody(message: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    message.on('data', (chunk: Buffer) => chunks.push(chunk));
    message.on('end', () => resolve(Buffer.concat(chunks)));
    message.on('error', reject);
  });
}

export async function startFaultProxy(targetUrl: string): Promise<FaultProxy> {
  const target = new URL(targetUrl);
  const faults: Fault[] = [];
  const applied: Fault['kind'][] = [];

  function forward(
    incoming: IncomingMessage,
    body: Buffer,
  ): Promise<{ status: number; headers: Record<string, string>; body: Buffer }> {
    return new Promise((resolve, reject) => {
      const outgoing = httpRequest(
        {
          host: target.hostname,
          port: target.port,
          method: incoming.method,
          path: incoming.url,
          headers: { ...incoming.headers, host: target.host },
        },
        async (answer) => {
          try {
            const headers: Record<string, string> = {};
            for (const [name, value] of Object.entries(answer.headers)) {
              if (typeof value === 'string' && name !== 'transfer-encoding' && name !== 'connection') {
                headers[name] = value;
              }
            }
            resolve({ status: answer.statusCode ?? 502, headers, body: await readBody(answer) });
          } catch (error) {
            reject(error);
          }
        },
      );
      outgoing.on('error', reject);
      outgoing.end(body);
    });
  }

  const server = createServer(async (incoming, response) => {
    const fault = faults.shift() ?? { kind: 'pass' };
    applied.push(fault.kind);
    try {
      const body = await readBody(incoming);
      if (fault.kind === 'status') {
        const payload = JSON.stringify({
          statusCode: fault.status,
          name: fault.status === 429 ? 'rate_limit_exceeded' : 'internal_server_error',
          message: `Injected fault ${fault.status}`,
        });
        response.writeHead(fault.status, { 'content-type': 'application/json', ...fault.headers });
        response.end(payload);
        return;
      }
      if (fault.kind === 'slow') await sleep(fault.delayMs);
      const answer = await forward(incoming, body);
      if (fault.kind === 'drop-response') {
        incoming.socket.destroy();
        return;
      }
      if (response.destroyed) return;
      response.writeHead(answer.status, answer.headers);
      response.end(answer.body);
    } catch {
      if (!response.headersSent) response.writeHead(502);
      response.end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    script(next) {
      faults.push(...next);
    },
    applied,
    close() {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
