// The web server's settings: where it finds the API (API_URL, else API_PORT on this host) and whether a
// proxy's X-Forwarded-For is believed.
import { describe, expect, it } from 'vitest';
import { readWebEnv } from './env.server.ts';

describe('readWebEnv', () => {
  it('finds the API on this host at port 4000 when nothing is set', () => {
    expect(readWebEnv({})).toEqual({
      apiUrl: 'http://127.0.0.1:4000',
      trustProxy: false,
      publicUrl: 'http://localhost:3000',
      apiPublicOrigin: 'http://localhost:4000',
      uploadOrigins: [],
      port: 3000,
      host: undefined,
    });
  });

  it('lets the dashboard upload to the S3 bucket the API signs for, and nowhere else', () => {
    expect(
      readWebEnv({ STORAGE_DRIVER: 's3', S3_ENDPOINT: 'http://localhost:9000/', S3_BUCKET: 'shelf' })
        .uploadOrigins,
    ).toEqual(['http://localhost:9000']);
    expect(
      readWebEnv({ STORAGE_DRIVER: 's3', S3_BUCKET: 'shelf-files', S3_REGION: 'eu-west-1' }).uploadOrigins,
    ).toEqual(['https://shelf-files.s3.eu-west-1.amazonaws.com', 'https://s3.eu-west-1.amazonaws.com']);
    expect(readWebEnv({ S3_ENDPOINT: 'http://localhost:9000' }).uploadOrigins).toEqual([]);
  });

  it('knows the public URLs the API uses, from PUBLIC_URL and API_PUBLIC_URL or the ports', () => {
    expect(readWebEnv({ PORT: '3100', API_PORT: '4100' })).toMatchObject({
      publicUrl: 'http://localhost:3100',
      apiPublicOrigin: 'http://localhost:4100',
      port: 3100,
    });
    expect(
      readWebEnv({ PUBLIC_URL: 'https://shop.example.com/', API_PUBLIC_URL: 'https://api.example.com/v1/' }),
    ).toMatchObject({ publicUrl: 'https://shop.example.com', apiPublicOrigin: 'https://api.example.com' });
    expect(() => readWebEnv({ PUBLIC_URL: 'shop' })).toThrowError(
      'Invalid configuration: PUBLIC_URL must be an absolute URL such as https://shop.example.com, got "shop"',
    );
  });

  it('listens on PORT and HOST', () => {
    expect(readWebEnv({ PORT: '0', HOST: ' 127.0.0.1 ' })).toMatchObject({ port: 0, host: '127.0.0.1' });
    expect(() => readWebEnv({ PORT: '70000' })).toThrowError(
      'Invalid configuration: PORT must be a port number (0-65535), got "70000"',
    );
  });

  it('follows API_PORT when API_URL is not set, as `pnpm start` runs both with one environment', () => {
    expect(readWebEnv({ API_PORT: '4100', PORT: '3100' }).apiUrl).toBe('http://127.0.0.1:4100');
    expect(readWebEnv({ API_PORT: ' 65535 ', API_URL: '  ' }).apiUrl).toBe('http://127.0.0.1:65535');
  });

  it('prefers API_URL, without a trailing slash, and then ignores API_PORT', () => {
    expect(readWebEnv({ API_URL: 'http://api.internal:8080/', API_PORT: '4100' }).apiUrl).toBe(
      'http://api.internal:8080',
    );
    expect(readWebEnv({ API_URL: 'http://api.internal:8080', API_PORT: '0' }).apiUrl).toBe(
      'http://api.internal:8080',
    );
  });

  it.each(['0', '65536', 'abc', '4100.5', '-1', '0x10'])('rejects API_PORT=%s in one line', (port) => {
    expect(() => readWebEnv({ API_PORT: port })).toThrowError(
      `Invalid configuration: API_PORT must be a port number (1-65535), got "${port}"`,
    );
  });

  it('rejects an API_URL that is not an absolute URL', () => {
    expect(() => readWebEnv({ API_URL: 'localhost' })).toThrowError(
      'Invalid configuration: API_URL must be an absolute URL such as http://127.0.0.1:4000, got "localhost"',
    );
  });

  it('believes X-Forwarded-For only when TRUST_PROXY is true', () => {
    expect(readWebEnv({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(readWebEnv({ TRUST_PROXY: '1' }).trustProxy).toBe(true);
    expect(readWebEnv({ TRUST_PROXY: 'no' }).trustProxy).toBe(false);
    expect(() => readWebEnv({ TRUST_PROXY: 'maybe' })).toThrowError(
      'Invalid configuration: TRUST_PROXY must be true or false, got "maybe"',
    );
  });
});
