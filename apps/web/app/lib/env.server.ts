// The web server's configuration, read from the environment once at start-up.
const DEFAULT_API_PORT = 4000;

export type WebEnv = {
  /** Where the GraphQL API listens, without a trailing slash. Server-to-server, never sent to browsers. */
  apiUrl: string;
  /** True when a reverse proxy in front of the web server sets X-Forwarded-For, so it can be believed. */
  trustProxy: boolean;
};

function readApiPort(raw: string | undefined): number {
  const value = raw?.trim() || String(DEFAULT_API_PORT);
  const port = Number(value);
  if (!/^\d+$/.test(value) || port < 1 || port > 65535) {
    throw new Error(`Invalid configuration: API_PORT must be a port number (1-65535), got "${value}"`);
  }
  return port;
}

function readApiUrl(env: Record<string, string | undefined>): string {
  // Without API_URL the API is assumed on this host at API_PORT, which `pnpm start` gives both processes.
  const value = env.API_URL?.trim() || `http://127.0.0.1:${readApiPort(env.API_PORT)}`;
  try {
    return new URL(value).toString().replace(/\/$/, '');
  } catch {
    throw new Error(
      `Invalid configuration: API_URL must be an absolute URL such as http://127.0.0.1:${DEFAULT_API_PORT}, got "${value}"`,
    );
  }
}

function readFlag(name: string, raw: string | undefined): boolean {
  const value = raw?.trim().toLowerCase() || 'false';
  if (['true', '1', 'yes'].includes(value)) return true;
  if (['false', '0', 'no'].includes(value)) return false;
  throw new Error(`Invalid configuration: ${name} must be true or false, got "${raw}"`);
}

/** Validates the web server's settings; throws an Error whose message names the bad variable. */
export function readWebEnv(env: Record<string, string | undefined>): WebEnv {
  return { apiUrl: readApiUrl(env), trustProxy: readFlag('TRUST_PROXY', env.TRUST_PROXY) };
}

export const env: WebEnv = readWebEnv(process.env);
