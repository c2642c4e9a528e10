// Server rendering, plus the one thing every storefront response does: count an affiliate `?ref=` visit and
// remember a valid code (documents and single-fetch data requests alike, so it works on any URL, including
// 404 pages).
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
import { recordAffiliateClick } from './graphql/affiliates.server';
import { ApiError } from './graphql/client.server';
import { refCookieForVisit, refVisitForRequest } from './lib/affiliate-ref';
import { env } from './lib/env.server';
import { NonceContext } from './lib/nonce';
import { redactRequestUrl } from './lib/redact-request-url';

export const streamTimeout = 5_000;

// The API answers a click in milliseconds; past this the page goes out without the cookie rather than wait.
const CLICK_TIMEOUT_MS = 1_500;
const secureCookies = new URL(env.publicUrl).protocol === 'https:';

async function rememberAffiliate(request: Request, context: AppLoadContext, headers: Headers): Promise<void> {
  const visit = refVisitForRequest(request);
  if (!visit) return;
  const cookie = await refCookieForVisit(
    visit,
    (input) => recordAffiliateClick({ request, context, timeoutMs: CLICK_TIMEOUT_MS }, input),
    { secure: secureCookies },
  );
  if (cookie) {
    headers.append('Set-Cookie', cookie);
    // This answer is this visitor's: no shared cache may keep it, whatever the page allows.
    headers.set('Cache-Control', 'private, no-store');
  }
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

export const handleDataRequest: HandleDataRequestFunction = async (response, { request, context }) => {
  await rememberAffiliate(request, context, response.headers);
  return response;
};

export default async function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
): Promise<Response> {
  const nonce = loadContext.cspNonce;
  await rememberAffiliate(request, loadContext, responseHeaders);
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
