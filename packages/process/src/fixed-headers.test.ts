import { describe, expect, it } from 'vitest';
import { fixedHeaders } from './fixed-headers.ts';

describe('fixedHeaders', () => {
  it('records what a middleware sets and removes, in order', () => {
    const headers = fixedHeaders((_req, res, next) => {
      const response = res as unknown as {
        setHeader(name: string, value: string): void;
        removeHeader(name: string): void;
      };
      response.setHeader('X-Frame-Options', 'DENY');
      response.setHeader('X-Powered-By', 'something');
      response.setHeader('Referrer-Policy', 'no-referrer');
      response.removeHeader('X-Powered-By');
      next();
    });
    expect(headers).toEqual([
      ['X-Frame-Options', 'DENY'],
      ['Referrer-Policy', 'no-referrer'],
    ]);
  });

  it('throws what the middleware passed on as an error, so a bad configuration stops the start', () => {
    expect(() => fixedHeaders((_req, _res, next) => next(new Error('bad directive')))).toThrow(
      'bad directive',
    );
  });
});
