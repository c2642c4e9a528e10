// The storefront's security headers. helmet sets the fixed ones (nosniff, framing, Referrer-Policy, HSTS on
// https); the Content-Security-Policy is ours because it changes with every response: Remix and React
// write inline scripts (the hydration data, scroll restoration, streamed data), and each carries this
// response's nonce, so an injected script without it never runs.
import { randomBytes } from 'node:crypto';
import { fixedHeaders } from '@shelf/process';
import type { RequestHandler } from 'express';
import helmet from 'helmet';

export type SecurityHeaderOptions = {
  /** The storefront's public URL: https turns on HSTS and upgrade-insecure-requests. */
  publicUrl: string;
  /** The API's public origin: preview images are loaded from it. */
  apiPublicOrigin: string;
  /** Where the dashboard may send uploads with fetch besides this site (the S3 bucket); none by default. */
  uploadOrigins?: string[];
};

/** Where the Buy form may end up without JavaScript: our own action redirects to Stripe Checkout. */
const CHECKOUT_ORIGINS = ['https://checkout.stripe.com'];

const TWO_YEARS_SECONDS = 2 * 365 * 24 * 60 * 60;

export function createCspNonce(): string {
  return randomBytes(16).toString('base64');
}

/** The policy for one response. Styles are stylesheet links only, so no 'unsafe-inline' anywhere. */
export function contentSecurityPolicy(nonce: string, options: SecurityHeaderOptions): string {
  const directives: Array<[string, ...string[]]> = [
    ['default-src', "'self'"],
    ['script-src', "'self'", `'nonce-${nonce}'`, "'strict-dynamic'"],
    ['style-src', "'self'"],
    ['img-src', "'self'", options.apiPublicOrigin],
    ['connect-src', "'self'", ...(options.uploadOrigins ?? [])],
    ['form-action', "'self'", ...CHECKOUT_ORIGINS],
    ['frame-ancestors', "'none'"],
    ['base-uri', "'none'"],
    ['object-src', "'none'"],
  ];
  if (isHttps(options.publicUrl)) directives.push(['upgrade-insecure-requests']);
  return directives.map((directive) => directive.join(' ')).join('; ');
}

function isHttps(url: string): boolean {
  return new URL(url).protocol === 'https:';
}

/** One middleware: a fresh nonce in `res.locals.cspNonce` (for the load context), then every header. */
export function securityHeaders(options: SecurityHeaderOptions): RequestHandler {
  const fixed = fixedHeaders(
    helmet({
      contentSecurityPolicy: false,
      strictTransportSecurity: isHttps(options.publicUrl)
        ? { maxAge: TWO_YEARS_SECONDS, includeSubDomains: true }
        : false,
      referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
      xFrameOptions: { action: 'deny' },
    }),
  );
  // The policy is the same for every response but for its nonce: built once around a placeholder.
  const placeholder = '\u0000nonce\u0000';
  const [beforeNonce, afterNonce] = contentSecurityPolicy(placeholder, options).split(placeholder) as [
    string,
    string,
  ];
  return (_req, res, next) => {
    const nonce = createCspNonce();
    res.locals.cspNonce = nonce;
    res.setHeader('Content-Security-Policy', beforeNonce + nonce + afterNonce);
    for (const [name, value] of fixed) res.setHeader(name, value);
    next();
  };
}
