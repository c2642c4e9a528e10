// Walks every dashboard route as a stranger, as staff and as the owner without a CSRF token. The routes come
// from the route files themselves, so a new page is walked the day it is added: signed out, every page
// sends to the sign-in (and back); staff are refused what only the owner may use; and no form post
// without the page's CSRF token changes anything.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { hashPassword } from '@shelf/signing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Stack, startStack } from './support/stack.ts';

const routesDir = fileURLToPath(new URL('../app/routes', import.meta.url));

/** Pages a signed-out creator must reach: signing in and getting back in. */
const PUBLIC = new Set(['/dashboard/login', '/dashboard/forgot-password', '/dashboard/reset-password']);
/** Pages only the owner may use (users, API keys, payouts live on their own pages, settings). */
const OWNER_ONLY = [
  /^\/dashboard\/users/,
  /^\/dashboard\/settings/,
  /^\/dashboard\/api-keys/,
  /^\/dashboard\/webhooks/,
];

/** A route file's address, with a made-up id for each parameter: `dashboard.orders.$id.tsx` → /dashboard/orders/<uuid>. */
function addressOf(file: string): string {
  const segments = file
    .replace(/\.tsx?$/, '')
    .replace(/\[\.(\w+)\]/g, '%DOT%$1')
    .split('.')
    .filter((segment) => segment !== '_index')
    .map((segment) => {
      const plain = segment.replace(/_$/, '').replace('%DOT%', '.');
      if (plain === '$') return 'no-such-page';
      if (plain.startsWith('$')) return '00000000-0000-4000-8000-000000000000';
      return plain;
    });
  return `/${segments.join('/')}`;
}

const routeFiles = readdirSync(routesDir).filter(
  (file) => /^dashboard[.\w$[\]-]*\.tsx?$/.test(file) && !file.endsWith('.test.ts'),
);
const addresses = [...new Set(routeFiles.map(addressOf))].sort();
/** Resource routes that only take posts (uploads, the live preview): a GET answers 400 with nothing in it. */
const postOnly = new Set(
  routeFiles
    .filter((file) => {
      const source = readFileSync(`${routesDir}/${file}`, 'utf8');
      return !/export (async )?function loader/.test(source) && !/export default/.test(source);
    })
    .map(addressOf),
);
const signedInOnly = addresses.filter(
  (address) => !PUBLIC.has(address) && address !== '/dashboard/logout' && !postOnly.has(address),
);

let stack: Stack;
let ownerToken: string;
let staffToken: string;

async function login(email: string, password: string): Promise<string> {
  const response = await fetch(`${stack.apiUrl}/graphql`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      query:
        'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
      variables: { email, password },
    }),
  });
  const body = (await response.json()) as { data?: { login: { token: string } }; errors?: unknown };
  if (!body.data) throw new Error(`login failed: ${JSON.stringify(body.errors)}`);
  return body.data.login.token;
}

beforeAll(async () => {
  stack = await startStack();
  await stack.sql(
    `insert into app_user (id, email, name, password_hash, role, recovery_code_hashes, require_staff_two_factor, created_at)
     values (gen_random_uuid(), 'staff@example.com', 'Staff', ?, 'staff', '{}', false, now())`,
    [await hashPassword('staff password 123')],
  );
  ownerToken = await login(stack.owner.email, stack.owner.password);
  staffToken = await login('staff@example.com', 'staff password 123');
});

afterAll(async () => {
  await stack?.close();
});

/** A cookie as the web server writes it (Remix encodes each value as base64 of its JSON). */
const cookie = (name: string, value: string) =>
  `${name}=${encodeURIComponent(Buffer.from(JSON.stringify(value)).toString('base64'))}`;

function get(address: string, token?: string): Promise<Response> {
  return fetch(`${stack.webUrl}${address}`, {
    redirect: 'manual',
    headers: token ? { Cookie: cookie('shelf_session', token) } : {},
  });
}

describe('every dashboard route', () => {
  it('is found: the walk covers the dashboard’s pages', () => {
    expect(addresses).toEqual(
      expect.arrayContaining(['/dashboard', '/dashboard/login', '/dashboard/affiliates']),
    );
    expect(signedInOnly.length).toBeGreaterThan(5);
  });

  it('sends a signed-out visitor to the sign-in and back, and serves the sign-in pages', async () => {
    const wrong: string[] = [];
    for (const address of signedInOnly) {
      const response = await get(address);
      const location = response.headers.get('Location') ?? '';
      if (![302, 303].includes(response.status) || !location.startsWith('/dashboard/login?redirectTo=')) {
        wrong.push(`${address}: ${response.status} ${location}`);
      }
    }
    for (const address of PUBLIC) {
      if (!addresses.includes(address)) continue;
      const response = await get(address);
      if (response.status !== 200) wrong.push(`${address} (public): ${response.status}`);
    }
    expect(wrong).toEqual([]);
  });

  it('refuses staff the owner’s pages with 403 and lets them into the rest', async () => {
    const wrong: string[] = [];
    for (const address of signedInOnly) {
      const response = await get(address, staffToken);
      const ownerOnly = OWNER_ONLY.some((pattern) => pattern.test(address));
      if (ownerOnly && response.status !== 403) wrong.push(`${address} (owner only): ${response.status}`);
      // A made-up id may be a 404; what matters is that staff are not sent away or refused.
      if (!ownerOnly && ![200, 404].includes(response.status))
        wrong.push(`${address}: ${response.status} ${response.headers.get('Location') ?? ''}`);
    }
    expect(wrong).toEqual([]);
  });

  it('gives nothing to a GET of a post-only resource route', async () => {
    for (const address of postOnly) {
      if (address === '/dashboard/logout') continue;
      const response = await get(address, ownerToken);
      expect([400, 405], address).toContain(response.status);
      expect(await response.text(), address).not.toMatch(/"html"|uploadId/);
    }
  });

  it('refuses every form post without the page’s CSRF token, even from the owner on this site', async () => {
    const wrong: string[] = [];
    for (const address of addresses) {
      const response = await fetch(`${stack.webUrl}${address}`, {
        method: 'POST',
        redirect: 'manual',
        headers: {
          Cookie: `${cookie('shelf_session', ownerToken)}; ${cookie('shelf_csrf', 'a'.repeat(43))}`,
          Origin: stack.webUrl,
          'Content-Type': 'application/x-www-form-urlencoded',
        },
        body: new URLSearchParams({ intent: 'anything', csrf: 'b'.repeat(43) }),
      });
      // 405: the route takes no posts at all.
      if (![403, 405].includes(response.status)) wrong.push(`${address}: ${response.status}`);
    }
    expect(wrong).toEqual([]);

    // The same post with the cookie's own token goes through (here: signing out, so it comes last).
    const token = 'c'.repeat(43);
    const signOut = await fetch(`${stack.webUrl}/dashboard/logout`, {
      method: 'POST',
      redirect: 'manual',
      headers: {
        Cookie: `${cookie('shelf_session', ownerToken)}; ${cookie('shelf_csrf', token)}`,
        Origin: stack.webUrl,
        'Content-Type': 'application/x-www-form-urlencoded',
      },
      body: new URLSearchParams({ csrf: token }),
    });
    expect(signOut.status).toBe(302);
    expect(signOut.headers.get('Location')).toBe('/dashboard/login');
    expect((await get('/dashboard/affiliates', ownerToken)).status).toBe(302);
  });
});
