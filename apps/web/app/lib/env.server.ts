// The web server's configuration, read from the environment once at start-up.
const DEFAULT_API_URL = 'http://127.0.0.1:4000';

function readApiUrl(raw: string | undefined): string {
  const value = raw?.trim() || DEFAULT_API_URL;
  try {
    return new URL(value).toString().replace(/\/$/, '');
  } catch {
    throw new Error(
      `Invalid configuration: API_URL must be an absolute URL such as ${DEFAULT_API_URL}, got "${value}"`,
    );
  }
}

export const env = {
  /** Where the GraphQL API listens, without a trailing slash. Server-to-server, never sent to browsers. */
  apiUrl: readApiUrl(process.env.API_URL),
};
