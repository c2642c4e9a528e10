// The sign-in limits (RATE_LIMITS=on) on the steps after the password: wrong two-factor codes count with
// wrong passwords for an email and address, so knowing the password does not buy unlimited guesses at the
// code, and a right code starts the count again; password reset links are limited per email, for unknown
// emails the same as for known ones.
import { randomUUID } from 'node:crypto';
import { User } from '@shelf/db/accounts';
import { hashPassword } from '@shelf/signing';
import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../test/harness.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ RATE_LIMITS: 'on', TRUST_PROXY: 'true', SEED_DEMO: 'false' });
});
afterAll(() => api?.close());

const from = (address: string, token?: string) => ({
  'x-forwarded-for': address,
  ...(token ? { authorization: `Bearer ${token}` } : {}),
});
const codeOf = (answer: { errors?: Array<{ extensions?: Record<string, unknown> }> }) =>
  answer.errors?.[0]?.extensions?.code;

const SIGN_IN = `mutation ($email: String!, $password: String!) {
  signIn(email: $email, password: $password) { session { token } challenge }
}`;
const COMPLETE = `mutation ($challenge: String!, $code: String!) {
  completeTwoFactorSignIn(challenge: $challenge, code: $code) { token }
}`;

/** Ends every running wait of the sign-in limits, as if its minutes had passed. */
async function endSignInWaits(): Promise<void> {
  await api
    .em()
    .getConnection()
    .execute(`update rate_limit_counter set expire = 0 where key like 'sign-in-turn:%'`);
}

describe('two-factor sign-in under the sign-in limits', { timeout: 120_000 }, () => {
  it('counts wrong codes with wrong passwords, and a right code clears them', async () => {
    const email = `limited-${randomUUID()}@example.com`;
    const password = 'staff password 123';
    const em = api.em();
    em.create(User, { email, role: 'staff', passwordHash: await hashPassword(password) });
    await em.flush();
    const address = '198.51.100.7';
    const first = await api.graphql<{ signIn: { session: { token: string } } }>(
      SIGN_IN,
      { email, password },
      from(address),
    );
    const token = first.data!.signIn.session.token;
    const setup = await api.graphql<{ startTwoFactorSetup: { secret: string } }>(
      'mutation { startTwoFactorSetup { secret } }',
      {},
      from(address, token),
    );
    const { secret } = setup.data!.startTwoFactorSetup;
    const confirmed = await api.graphql(
      'mutation ($code: String!) { confirmTwoFactor(code: $code) }',
      { code: await generate({ secret }) },
      from(address, token),
    );
    expect(confirmed.errors).toBeUndefined();

    // The password (attempt 1) and four wrong codes make five failures: the next try must wait, even
    // with the right code.
    const started = await api.graphql<{ signIn: { challenge: string } }>(
      SIGN_IN,
      { email, password },
      from(address),
    );
    const { challenge } = started.data!.signIn;
    for (const wrong of ['000000', '111111', '222222', '333333']) {
      expect(codeOf(await api.graphql(COMPLETE, { challenge, code: wrong }, from(address)))).toBe(
        'UNAUTHENTICATED',
      );
    }
    const right = await generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 });
    const refused = await api.graphql(COMPLETE, { challenge, code: right }, from(address));
    expect(codeOf(refused)).toBe('RATE_LIMITED');

    // Once the wait is over the right code signs in and starts the count again.
    await endSignInWaits();
    const done = await api.graphql<{ completeTwoFactorSignIn: { token: string } }>(
      COMPLETE,
      { challenge, code: right },
      from(address),
    );
    expect(done.errors).toBeUndefined();
    const again = await api.graphql(SIGN_IN, { email, password: 'wrong password' }, from(address));
    expect(codeOf(again)).toBe('UNAUTHENTICATED');
  });
});

describe('password reset links under their limits', () => {
  it('allows 3 an hour per email, known or not, with the same answers', async () => {
    const REQUEST = 'mutation ($email: String!) { requestPasswordReset(email: $email) }';
    const answersFor = async (email: string, address: string) => {
      const answers = [];
      for (let attempt = 0; attempt < 4; attempt++) {
        answers.push(await api.graphql(REQUEST, { email }, from(address)));
      }
      return answers;
    };
    const known = await answersFor('owner@example.com', '198.51.100.20');
    const unknown = await answersFor(`nobody-${randomUUID()}@example.com`, '198.51.100.21');
    expect(known.slice(0, 3).map((answer) => answer.data)).toEqual(
      Array(3).fill({ requestPasswordReset: true }),
    );
    expect(codeOf(known[3]!)).toBe('RATE_LIMITED');
    expect(unknown.map(codeOf)).toEqual(known.map(codeOf));
    const owners = await api
      .em()
      .getConnection()
      .execute(
        `select count(*)::int as n from email where recipient = 'owner@example.com' and template = 'password-reset'`,
      );
    expect(owners[0]?.n).toBe(3);
  });
});
