// A burst of 50 concurrent sign-ins with the request limits on: 25 owners signing in from their own
// addresses with the right password, 20 guesses at the owner's password from one address, 5 guesses at
// unknown emails. Every right password gets a session; every guess is refused (UNAUTHENTICATED) or
// throttled (429 RATE_LIMITED), with at most one guess past the 5 free ones; nothing answers 5xx; and the
// API stays responsive meanwhile: health checks and a catalog query answer quickly during the burst, whose
// scrypt work runs off the event loop.
import { Session } from '@shelf/db/accounts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../test/harness.ts';
import { checkInvariants } from './support/invariants.ts';

const OWNER = { email: 'owner@example.com', password: 'correct horse battery staple' };
const LOGIN =
  'mutation($email: String!, $password: String!) { login(email: $email, password: $password) { token } }';
const FREE_GUESSES = 5;

type Attempt = {
  kind: 'right' | 'guess' | 'unknown';
  status: number;
  code: string | null;
  token: string | null;
};

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({ RATE_LIMITS: 'on', TRUST_PROXY: 'true' });
});

afterAll(async () => {
  await api?.close();
});

async function signIn(
  kind: Attempt['kind'],
  address: string,
  email: string,
  password: string,
): Promise<Attempt> {
  const response = await fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: JSON.stringify({ query: LOGIN, variables: { email, password } }),
  });
  const body = (await response.json()) as {
    data?: { login: { token: string } | null } | null;
    errors?: Array<{ extensions?: { code?: string } }>;
  };
  return {
    kind,
    status: response.status,
    code: body.errors?.[0]?.extensions?.code ?? null,
    token: body.data?.login?.token ?? null,
  };
}

/** Times a request made while the burst runs. */
async function timed(request: () => Promise<Response>): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  const response = await request();
  await response.arrayBuffer();
  return { status: response.status, ms: performance.now() - started };
}

describe('a burst of 50 sign-ins', () => {
  it('signs in every right password, refuses or throttles every guess, never 5xx, and stays responsive', async () => {
    const sessionsBefore = await api.em().count(Session, {});
    const burst: Array<Promise<Attempt>> = [];
    for (let i = 0; i < 25; i++)
      burst.push(signIn('right', `203.0.113.${i + 1}`, OWNER.email, OWNER.password));
    for (let i = 0; i < 20; i++) burst.push(signIn('guess', '198.51.100.7', OWNER.email, `guess ${i}`));
    for (let i = 0; i < 5; i++)
      burst.push(signIn('unknown', `198.51.100.${20 + i}`, `nobody${i}@example.com`, 'x'));

    const started = performance.now();
    const health: Array<{ status: number; ms: number }> = [];
    const catalog: Array<{ status: number; ms: number }> = [];
    const settled = Promise.all(burst);
    let done = false;
    // Settled either way, so a failed request ends the probing instead of looping forever.
    void settled.then(
      () => {
        done = true;
      },
      () => {
        done = true;
      },
    );
    while (!done) {
      health.push(await timed(() => fetch(`${api.url}/healthz`)));
      catalog.push(
        await timed(() =>
          fetch(`${api.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: '{ products(first: 5) { nodes { id name } } }' }),
          }),
        ),
      );
    }
    const attempts = await settled;
    const elapsed = performance.now() - started;

    expect(attempts.filter((attempt) => attempt.status >= 500)).toEqual([]);

    const right = attempts.filter((attempt) => attempt.kind === 'right');
    expect(right.every((attempt) => attempt.status === 200 && attempt.token !== null)).toBe(true);
    expect(new Set(right.map((attempt) => attempt.token)).size).toBe(25);

    const guesses = attempts.filter((attempt) => attempt.kind === 'guess');
    expect(guesses.every((attempt) => attempt.token === null)).toBe(true);
    const refused = guesses.filter((attempt) => attempt.code === 'UNAUTHENTICATED');
    const throttled = guesses.filter((attempt) => attempt.code === 'RATE_LIMITED');
    expect(refused.length + throttled.length).toBe(20);
    expect(refused.length).toBeLessThanOrEqual(FREE_GUESSES + 1);
    expect(throttled.every((attempt) => attempt.status === 429)).toBe(true);

    const unknown = attempts.filter((attempt) => attempt.kind === 'unknown');
    expect(unknown.map((attempt) => attempt.code)).toEqual(Array(5).fill('UNAUTHENTICATED'));

    expect(await api.em().count(Session, {})).toBe(sessionsBefore + 25);

    // Responsive throughout: every probe answered 200; the health check (no database) never waited long
    // behind the password hashing, and catalog reads kept being served.
    console.info(
      `sign-in burst: ${Math.round(elapsed)} ms; health max ${Math.round(Math.max(...health.map((p) => p.ms)))} ms over ${health.length}; catalog max ${Math.round(Math.max(...catalog.map((p) => p.ms)))} ms`,
    );
    expect(health.length).toBeGreaterThan(0);
    expect([...health, ...catalog].every((probe) => probe.status === 200)).toBe(true);
    expect(Math.max(...health.map((probe) => probe.ms))).toBeLessThan(2_500);
    expect(Math.max(...catalog.map((probe) => probe.ms))).toBeLessThan(10_000);
    expect(elapsed).toBeLessThan(60_000);

    // Each session works.
    const me = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${right[0]!.token}` },
      body: JSON.stringify({ query: '{ me { email } }' }),
    });
    expect(((await me.json()) as { data: { me: { email: string } } }).data.me.email).toBe(OWNER.email);
  });

  it('keeps every invariant', async () => {
    await checkInvariants(api);
  });
});
