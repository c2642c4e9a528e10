// The request id through the web server: a page request gets an id (or keeps the proxy's), answers it
// in X-Request-Id, writes it in the request log, and every GraphQL call the page makes carries the same
// id to the API (a local stand-in that records what it receives).
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { StoreInfoDocument } from '@shelf/graphql';
import type { Request as ExpressRequest, Response as ExpressResponse } from 'express';
import express from 'express';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { requestId } from './request-id.ts';
import { requestLog } from './request-log.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

let apiStandIn: Server;
let web: Server;
let webUrl: string;
let apiHeaders: IncomingHttpHeaders[];
let logLines: string[];

beforeAll(async () => {
  apiStandIn = createServer((request, response) => {
    apiHeaders.push(request.headers);
    request.resume();
    request.on('end', () =>
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"data":{}}'),
    );
  });
  await new Promise<void>((resolve) => apiStandIn.listen(0, '127.0.0.1', resolve));
  process.env.API_URL = `http://127.0.0.1:${(apiStandIn.address() as AddressInfo).port}`;
  const { gql } = await import('../app/graphql/client.server.ts');

  // The web server's middleware in its order, and a "page" whose loader makes two API calls from the
  // Fetch Request Remix would build out of the incoming one.
  const app = express();
  app.use(requestId({ trustProxy: false }));
  app.use(requestLog((line) => logLines.push(line)));
  app.get('/page', async (req, res) => {
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers))
      if (typeof value === 'string') headers.set(name, value);
    const request = new Request(`http://shop.test${req.originalUrl}`, { headers });
    await gql({ request, context: {}, credential: 'none' }, StoreInfoDocument);
    await gql({ request, context: {}, credential: 'none' }, StoreInfoDocument);
    res.send('ok');
  });
  web = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => web.once('listening', resolve));
  webUrl = `http://127.0.0.1:${(web.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => web.close(resolve));
  await new Promise((resolve) => apiStandIn.close(resolve));
});

beforeEach(() => {
  apiHeaders = [];
  logLines = [];
});

describe('the request id of a page', () => {
  it('is made here when none came, answered, logged and sent with every API call', async () => {
    const response = await fetch(`${webUrl}/page`);
    const id = response.headers.get('x-request-id');
    expect(id).toMatch(UUID);
    expect(apiHeaders.map((headers) => headers['x-request-id'])).toEqual([id, id]);
    await expect
      .poll(() => logLines)
      .toEqual([expect.stringMatching(new RegExp(`^\\[web\\] GET /page 200 \\d+ ms ${id}$`))]);
  });

  it('keeps the id of a proxy on this host, and replaces one that looks wrong', async () => {
    const kept = await fetch(`${webUrl}/page`, {
      headers: { 'x-request-id': '0f6c2a9d5e1b4c7a8d3e2f1a0b9c8d7e' },
    });
    expect(kept.headers.get('x-request-id')).toBe('0f6c2a9d5e1b4c7a8d3e2f1a0b9c8d7e');
    expect(apiHeaders[0]!['x-request-id']).toBe('0f6c2a9d5e1b4c7a8d3e2f1a0b9c8d7e');

    const replaced = await fetch(`${webUrl}/page`, { headers: { 'x-request-id': 'no spaces {allowed}' } });
    expect(replaced.headers.get('x-request-id')).toMatch(UUID);
    expect(apiHeaders[2]!['x-request-id']).toBe(replaced.headers.get('x-request-id'));
  });

  it('replaces the id sent from another host unless TRUST_PROXY says to believe it', () => {
    const run = (trustProxy: boolean) => {
      const req = {
        headers: { 'x-request-id': 'from-elsewhere-1' },
        socket: { remoteAddress: '203.0.113.9' },
      } as unknown as ExpressRequest;
      const res = { locals: {}, setHeader() {} } as unknown as ExpressResponse;
      requestId({ trustProxy })(req, res, () => {});
      return req.headers['x-request-id'];
    };
    expect(run(false)).toMatch(UUID);
    expect(run(true)).toBe('from-elsewhere-1');
  });
});
