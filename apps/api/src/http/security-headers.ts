// The API's security headers, on every response. Its answers are JSON and files, never pages to render
// or frame, so the policy allows nothing; the routes that serve pages or media (downloads, media) set
// their own Content-Security-Policy after this one, which replaces it. Apollo's landing page (GET
// /graphql from a browser) loads Apollo's sandbox from its CDN with inline scripts, so it keeps only the
// no-framing part of the policy.

import { fixedHeaders } from '@shelf/process';
import type { RequestHandler } from 'express';
import helmet, { type contentSecurityPolicy } from 'helmet';

type CspDirectives = NonNullable<NonNullable<Parameters<typeof contentSecurityPolicy>[0]>['directives']>;

const TWO_YEARS_SECONDS = 2 * 365 * 24 * 60 * 60;

export function securityHeaders(options: { publicUrl: string }): RequestHandler {
  const https = new URL(options.publicUrl).protocol === 'https:';
  const headersWithPolicy = (directives: CspDirectives) =>
    fixedHeaders(
      helmet({
        contentSecurityPolicy: { useDefaults: false, directives },
        strictTransportSecurity: https ? { maxAge: TWO_YEARS_SECONDS, includeSubDomains: true } : false,
        referrerPolicy: { policy: 'no-referrer' },
        xFrameOptions: { action: 'deny' },
      }),
    );
  const apiHeaders = headersWithPolicy({ defaultSrc: ["'none'"], frameAncestors: ["'none'"] });
  const landingPageHeaders = headersWithPolicy({
    defaultSrc: helmet.contentSecurityPolicy.dangerouslyDisableDefaultSrc,
    frameAncestors: ["'none'"],
  });
  return (req, res, next) => {
    const headers = isLandingPageRequest(req) ? landingPageHeaders : apiHeaders;
    for (const [name, value] of headers) res.setHeader(name, value);
    next();
  };
}

// The same test Apollo Server makes before it answers with its landing page instead of GraphQL.
function isLandingPageRequest(req: Parameters<RequestHandler>[0]): boolean {
  if (req.method !== 'GET' || req.path !== '/graphql') return false;
  return (
    req.accepts(['application/json', 'application/graphql-response+json', 'multipart/mixed', 'text/html']) ===
    'text/html'
  );
}
