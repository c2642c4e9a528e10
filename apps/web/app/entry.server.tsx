// Server rendering, plus the one thing every storefront response does: remember an affiliate `?ref=`
// (documents and single-fetch data requests alike, so it works on any URL, including 404 pages).
// Every inline script carries the CSP nonce the web server (server/) put in the load context.
import { PassThrough } from 'node:stream';
import {
  type AppLoadContext,
  createReadableStreamFromReadable,
  type EntryContext,
  type HandleDataRequestFunction,
  type HandleErrorFunction,
} from '@remix-run/node';
import { RemixServer } from '@remix-run/react';
import { isbot } from 'isbot';
import { renderToPipeableStream } from 'react-dom/server';
import { ApiError } from './graphql/client.server';
import { refCookieForRequest } from './lib/affiliate-ref';
import { NonceContext } from './lib/nonce';
import { redactRequestUrl } from './lib/redact-request-url';

export const streamTimeout = 5_000;

function rememberAffiliate(request: Request, headers: Headers): void {
  const cookie = refCookieForRequest(request);
  if (cookie) headers.append('Set-Cookie', cookie);
}

/** One line when the API is down (the page already says so); full details for anything unexpected. */
export const handleError: HandleErrorFunction = (error, { request }) => {
  if (request.signal.aborted) return;
  if (error instanceof ApiError && error.code === 'API_UNAVAILABLE') {
    const { pathname } = new URL(request.url);
    console.error(`[web] ${request.method} ${redactRequestUrl(pathname)}: the API is not reachable`);
    return;
  }
  console.error(error);
};

export const handleDataRequest: HandleDataRequestFunction = (response, { request }) => {
  rememberAffiliate(request, response.headers);
  return response;
};

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
): Promise<Response> {
  const nonce = loadContext.cspNonce;
  rememberAffiliate(request, responseHeaders);
  // Crawlers get the complete document at once; browsers get the shell as soon as it is ready.
  const waitForAll = isbot(request.headers.get('user-agent')) || remixContext.isSpaMode;

  return new Promise((resolve, reject) => {
    let status = responseStatusCode;
    let shellRendered = false;
    const respond = () => {
      shellRendered = true;
      const body = new PassThrough();
      responseHeaders.set('Content-Type', 'text/html; charset=utf-8');
      resolve(new Response(createReadableStreamFromReadable(body), { headers: responseHeaders, status }));
      pipe(body);
    };
    const app = (
      <NonceContext.Provider value={nonce}>
        <RemixServer context={remixContext} url={request.url} nonce={nonce} />
      </NonceContext.Provider>
    );
    const { pipe, abort } = renderToPipeableStream(app, {
      nonce,
      onShellReady: waitForAll ? undefined : respond,
      onAllReady: waitForAll ? respond : undefined,
      onShellError: reject,
      onError(error: unknown) {
        status = 500;
        // Shell errors reject above and are logged by Remix; only log the ones after the shell.
        if (shellRendered) console.error(error);
      },
    });
    setTimeout(abort, streamTimeout + 1_000);
  });
}
