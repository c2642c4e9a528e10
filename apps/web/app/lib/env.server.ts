// The web server's configuration, read from the environment once at start-up.
const DEFAULT_PORT = 3000;
const DEFAULT_API_PORT = 4000;

export type WebEnv = {
  /** Where the GraphQL API listens, without a trailing slash. Server-to-server, never sent to browsers. */
  apiUrl: string;
  /** True when a reverse proxy in front of the web server sets X-Forwarded-For, so it can be believed. */
  trustProxy: boolean;
  /** The storefront's public URL (PUBLIC_URL): https here turns on HSTS. */
  publicUrl: string;
  /** The API's public origin (API_PUBLIC_URL): browsers load preview images from it. */
  apiPublicOrigin: string;
  /**
   * Where the dashboard's browser uploads go besides this site: with S3 storage (STORAGE_DRIVER=s3) the
   * bucket's origin (S3_ENDPOINT, or AWS's own for S3_BUCKET in S3_REGION), which the CSP must allow.
   */
  uploadOrigins: string[];
  /** Where the web server listens: PORT (0 picks a free one) and HOST (every interface when unset). */
  port: number;
  host: string | undefined;
};

function readPort(name: string, raw: string | undefined, fallback: number, min: number): number {
  const value = raw?.trim() || String(fallback);
  const port = Number(value);
  if (!/^\d+$/.test(value) || port < min || port > 65535) {
    throw new Error(`Invalid configuration: ${name} must be a port number (${min}-65535), got "${value}"`);
  }
  return port;
}

function readUrl(name: string, value: string, example: string): string {
  try {
    return new URL(value).toString().replace(/\/$/, '');
  } catch {
    throw new Error(
      `Invalid configuration: ${name} must be an absolute URL such as ${example}, got "${value}"`,
    );
  }
}

function readApiUrl(env: Record<string, string | undefined>): string {
  // Without API_URL the API is assumed on this host at API_PORT, which `pnpm start` gives both processes.
  const value =
    env.API_URL?.trim() || `http://127.0.0.1:${readPort('API_PORT', env.API_PORT, DEFAULT_API_PORT, 1)}`;
  return readUrl('API_URL', value, `http://127.0.0.1:${DEFAULT_API_PORT}`);
}

// The same defaults as the API's configuration (@shelf/config), so both agree on the public URLs.
function readPublicUrls(env: Record<string, string | undefined>): {
  publicUrl: string;
  apiPublicOrigin: string;
} {
  const port = (raw: string | undefined, fallback: number) =>
    /^\d+$/.test(raw?.trim() ?? '') ? raw?.trim() : fallback;
  const publicUrl = env.PUBLIC_URL?.trim() || `http://localhost:${port(env.PORT, DEFAULT_PORT)}`;
  const apiPublicUrl =
    env.API_PUBLIC_URL?.trim() || `http://localhost:${port(env.API_PORT, DEFAULT_API_PORT)}`;
  return {
    publicUrl: readUrl('PUBLIC_URL', publicUrl, 'https://shop.example.com'),
    apiPublicOrigin: new URL(readUrl('API_PUBLIC_URL', apiPublicUrl, 'https://api.shop.example.com')).origin,
  };
}

function readFlag(name: string, raw: string | undefined): boolean {
  const value = raw?.trim().toLowerCase() || 'false';
  if (['true', '1', 'yes'].includes(value)) return true;
  if (['false', '0', 'no'].includes(value)) return false;
  throw new Error(`Invalid configuration: ${name} must be true or false, got "${raw}"`);
}

/** The origins a presigned S3 upload URL can have, from the same variables the API reads. */
function readUploadOrigins(env: Record<string, string | undefined>): string[] {
  if (env.STORAGE_DRIVER?.trim() !== 's3') return [];
  const endpoint = env.S3_ENDPOINT?.trim();
  if (endpoint) return [new URL(readUrl('S3_ENDPOINT', endpoint, 'https://s3.example.com')).origin];
  const region = env.S3_REGION?.trim() || 'us-east-1';
  const bucket = env.S3_BUCKET?.trim();
  return [
    ...(bucket ? [`https://${bucket}.s3.${region}.amazonaws.com`] : []),
    `https://s3.${region}.amazonaws.com`,
  ];
}

/** Validates the web server's settings; throws an Error whose message names the bad variable. */
export function readWebEnv(env: Record<string, string | undefined>): WebEnv {
  // The port first, so a bad PORT is reported as itself rather than as the PUBLIC_URL derived from it.
  const port = readPort('PORT', env.PORT, DEFAULT_PORT, 0);
  return {
    apiUrl: readApiUrl(env),
    trustProxy: readFlag('TRUST_PROXY', env.TRUST_PROXY),
    ...readPublicUrls(env),
    uploadOrigins: readUploadOrigins(env),
    port,
    host: env.HOST?.trim() || undefined,
  };
}

export const env: WebEnv = readWebEnv(process.env);
