// Every dashboard post must come from this site and carry the token its page was rendered with.
import { describe, expect, it } from 'vitest';
import { CSRF_FIELD, CSRF_HEADER, issueCsrfToken, requireCsrf, requireCsrfHeader } from './csrf.server.ts';
import { env } from './env.server.ts';

const origin = new URL(env.publicUrl).origin;

function cookieFrom(setCookie: string): string {
  return setCookie.split(';')[0]!;
}

async function issued() {
  const first = await issueCsrfToken(new Request(`${origin}/dashboard/login`));
  if (!first.setCookie) throw new Error('a browser without the cookie must be given one');
  return { token: first.token, cookie: cookieFrom(first.setCookie), setCookie: first.setCookie };
}

function post(options: { cookie?: string; origin?: string | null; token?: string; header?: string }) {
  const headers = new Headers();
  if (options.cookie) headers.set('Cookie', options.cookie);
  if (options.origin !== null) headers.set('Origin', options.origin ?? origin);
  if (options.header) headers.set(CSRF_HEADER, options.header);
  const form = new FormData();
  if (options.token !== undefined) form.set(CSRF_FIELD, options.token);
  return { request: new Request(`${origin}/dashboard/products`, { method: 'POST', headers }), form };
}

async function status(promise: Promise<void>): Promise<number> {
  try {
    await promise;
    return 200;
  } catch (error) {
    if (error instanceof Response) return error.status;
    throw error;
  }
}

describe('issueCsrfToken', () => {
  it('issues a random token in an httpOnly, SameSite=Lax cookie scoped to the dashboard, then reuses it', async () => {
    const a = await issued();
    const b = await issued();
    expect(a.token).toMatch(/^[\w-]{43}$/);
    expect(a.token).not.toBe(b.token);
    expect(a.setCookie).toMatch(/HttpOnly/i);
    expect(a.setCookie).toMatch(/SameSite=Lax/i);
    expect(a.setCookie).toMatch(/Path=\/dashboard/);
    const again = await issueCsrfToken(new Request(`${origin}/dashboard`, { headers: { Cookie: a.cookie } }));
    expect(again).toEqual({ token: a.token, setCookie: null });
  });
});

describe('requireCsrf', () => {
  it('accepts a same-origin post carrying the cookie’s token', async () => {
    const { token, cookie } = await issued();
    const { request, form } = post({ cookie, token });
    expect(await status(requireCsrf(request, form))).toBe(200);
  });

  it('refuses a post without the token, with another token, or without the cookie', async () => {
    const { token, cookie } = await issued();
    const other = await issued();
    for (const attempt of [
      post({ cookie }),
      post({ cookie, token: '' }),
      post({ cookie, token: other.token }),
      post({ token }),
      post({ cookie: other.cookie, token }),
    ]) {
      expect(await status(requireCsrf(attempt.request, attempt.form))).toBe(403);
    }
  });

  it('refuses a post from another site or without an Origin, even with the right token', async () => {
    const { token, cookie } = await issued();
    const foreign = post({ cookie, token, origin: 'https://evil.example' });
    const none = post({ cookie, token, origin: null });
    expect(await status(requireCsrf(foreign.request, foreign.form))).toBe(403);
    expect(await status(requireCsrf(none.request, none.form))).toBe(403);
  });
});

describe('requireCsrfHeader', () => {
  it('checks the X-CSRF-Token header of a fetch upload the same way', async () => {
    const { token, cookie } = await issued();
    expect(await status(requireCsrfHeader(post({ cookie, header: token }).request))).toBe(200);
    expect(await status(requireCsrfHeader(post({ cookie }).request))).toBe(403);
    expect(await status(requireCsrfHeader(post({ cookie, header: `${token.slice(1)}x` }).request))).toBe(403);
    expect(
      await status(
        requireCsrfHeader(post({ cookie, header: token, origin: 'https://evil.example' }).request),
      ),
    ).toBe(403);
  });
});
