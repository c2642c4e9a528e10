// The dashboard's sign-in against a real API and Postgres, for what creator-sign-in.test.ts leaves out:
// TOTP secrets encrypted at rest (and a tampered one failing closed), a wrong code leaving the challenge
// for another try, a code and a recovery code each working once in turn, and every creator field of the
// accounts and settings modules refused to anonymous callers (and the person-only ones to API keys).
import { randomUUID } from 'node:crypto';
import { ApiKey, User } from '@shelf/db/accounts';
import { hashPassword, hashToken } from '@shelf/signing';
import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './harness.ts';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ SEED_DEMO: 'false' });
});
afterAll(() => api.close());

type Answer = { errors?: Array<{ extensions?: Record<string, unknown> }> };
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const codeOf = (answer: Answer) => answer.errors?.[0]?.extensions?.code;
const epochIn = (steps: number) => Math.floor(Date.now() / 1000) + steps * 30;

const SIGN_IN = `mutation ($email: String!, $password: String!) {
  signIn(email: $email, password: $password) { session { token } twoFactorRequired challenge }
}`;
const COMPLETE = `mutation ($challenge: String!, $code: String!) {
  completeTwoFactorSignIn(challenge: $challenge, code: $code) { token user { email } }
}`;

async function createStaff(): Promise<{ email: string; password: string; token: string }> {
  const email = `staff-${randomUUID()}@example.com`;
  const password = 'staff password 123';
  const em = api.em();
  em.create(User, { email, name: 'Staff', role: 'staff', passwordHash: await hashPassword(password) });
  await em.flush();
  const answer = await api.graphql<{ signIn: { session: { token: string } } }>(SIGN_IN, { email, password });
  return { email, password, token: answer.data!.signIn.session.token };
}

async function challengeFor(staff: { email: string; password: string }): Promise<string> {
  const answer = await api.graphql<{ signIn: { twoFactorRequired: boolean; challenge: string } }>(
    SIGN_IN,
    staff,
  );
  expect(answer.data?.signIn.twoFactorRequired).toBe(true);
  return answer.data!.signIn.challenge;
}

/** Two-factor sign-in turned on through GraphQL: the secret (as the app sees it) and the recovery codes. */
async function enableTwoFactor(token: string): Promise<{ secret: string; recoveryCodes: string[] }> {
  const setup = await api.graphql<{ startTwoFactorSetup: { secret: string } }>(
    'mutation { startTwoFactorSetup { secret } }',
    {},
    bearer(token),
  );
  const { secret } = setup.data!.startTwoFactorSetup;
  const confirmed = await api.graphql<{ confirmTwoFactor: string[] }>(
    'mutation ($code: String!) { confirmTwoFactor(code: $code) }',
    { code: await generate({ secret }) },
    bearer(token),
  );
  expect(confirmed.errors).toBeUndefined();
  return { secret, recoveryCodes: confirmed.data!.confirmTwoFactor };
}

describe('TOTP secrets at rest', () => {
  it('are stored encrypted, the pending one too, and the app’s codes still work', async () => {
    const staff = await createStaff();
    const setup = await api.graphql<{ startTwoFactorSetup: { secret: string } }>(
      'mutation { startTwoFactorSetup { secret } }',
      {},
      bearer(staff.token),
    );
    const pendingSecret = setup.data!.startTwoFactorSetup.secret;
    const pending = await api.em().findOneOrFail(User, { email: staff.email });
    expect(pending.twoFactorPendingSecret).toMatch(/^v1\.[\w-]+$/);
    expect(pending.twoFactorPendingSecret).not.toContain(pendingSecret);

    const secret = pendingSecret;
    const confirmed = await api.graphql(
      'mutation ($code: String!) { confirmTwoFactor(code: $code) }',
      { code: await generate({ secret }) },
      bearer(staff.token),
    );
    expect(confirmed.errors).toBeUndefined();
    const row = await api.em().findOneOrFail(User, { email: staff.email });
    expect(row.twoFactorSecret).toMatch(/^v1\./);
    expect(row.twoFactorSecret).not.toContain(secret);
    expect(await api.em().count(User, { twoFactorSecret: { $like: `%${secret}%` } })).toBe(0);

    const challenge = await challengeFor(staff);
    const done = await api.graphql(COMPLETE, {
      challenge,
      code: await generate({ secret, epoch: epochIn(1) }),
    });
    expect(done.errors).toBeUndefined();
  });

  it('fail closed when the stored value was tampered with: no code of the app works, recovery codes do', async () => {
    const staff = await createStaff();
    const { secret, recoveryCodes } = await enableTwoFactor(staff.token);
    const stored = (await api.em().findOneOrFail(User, { email: staff.email })).twoFactorSecret!;
    const last = stored.at(-1) === 'A' ? 'B' : 'A';
    await api
      .em()
      .nativeUpdate(User, { email: staff.email }, { twoFactorSecret: `${stored.slice(0, -1)}${last}` });

    const refused = await api.graphql(COMPLETE, {
      challenge: await challengeFor(staff),
      code: await generate({ secret, epoch: epochIn(1) }),
    });
    expect(codeOf(refused)).toBe('UNAUTHENTICATED');
    // A secret copied from another user's row does not decrypt either.
    const other = await createStaff();
    await enableTwoFactor(other.token);
    const othersSecret = (await api.em().findOneOrFail(User, { email: other.email })).twoFactorSecret!;
    await api.em().nativeUpdate(User, { email: staff.email }, { twoFactorSecret: othersSecret });
    const copied = await api.graphql(COMPLETE, {
      challenge: await challengeFor(staff),
      code: await generate({ secret, epoch: epochIn(1) }),
    });
    expect(codeOf(copied)).toBe('UNAUTHENTICATED');

    const recovered = await api.graphql(COMPLETE, {
      challenge: await challengeFor(staff),
      code: recoveryCodes[0]!,
    });
    expect(recovered.errors).toBeUndefined();
    // Put back, the stored value works again: it was the tampering that refused the code.
    await api.em().nativeUpdate(User, { email: staff.email }, { twoFactorSecret: stored });
    const restored = await api.graphql(COMPLETE, {
      challenge: await challengeFor(staff),
      code: await generate({ secret, epoch: epochIn(1) }),
    });
    expect(restored.errors).toBeUndefined();
  });
});

describe('the second step of signing in', () => {
  it('refuses a wrong code and keeps the challenge; a right code works once; a recovery code once', async () => {
    const staff = await createStaff();
    const { secret, recoveryCodes } = await enableTwoFactor(staff.token);
    const challenge = await challengeFor(staff);
    const wrong = await api.graphql(COMPLETE, { challenge, code: '000000' });
    expect(codeOf(wrong)).toBe('UNAUTHENTICATED');
    const garbage = await api.graphql(COMPLETE, { challenge, code: 'not a code' });
    expect(codeOf(garbage)).toBe('UNAUTHENTICATED');

    const code = await generate({ secret, epoch: epochIn(1) });
    const good = await api.graphql<{ completeTwoFactorSignIn: { token: string; user: { email: string } } }>(
      COMPLETE,
      { challenge, code },
    );
    expect(good.data?.completeTwoFactorSignIn.user.email).toBe(staff.email);
    const me = await api.graphql<{ me: { email: string } }>(
      '{ me { email } }',
      {},
      bearer(good.data!.completeTwoFactorSignIn.token),
    );
    expect(me.data?.me.email).toBe(staff.email);

    const reused = await api.graphql(COMPLETE, { challenge: await challengeFor(staff), code });
    expect(codeOf(reused)).toBe('UNAUTHENTICATED');

    const recovery = recoveryCodes[5]!;
    const first = await api.graphql(COMPLETE, { challenge: await challengeFor(staff), code: recovery });
    expect(first.errors).toBeUndefined();
    const second = await api.graphql(COMPLETE, { challenge: await challengeFor(staff), code: recovery });
    expect(codeOf(second)).toBe('UNAUTHENTICATED');
    expect((await api.em().findOneOrFail(User, { email: staff.email })).recoveryCodeHashes).toHaveLength(9);
  });
});

describe('who may ask', () => {
  const creatorOnly = [
    '{ users { email } }',
    '{ staffTwoFactorRequired }',
    '{ storeSettings { storeName } }',
    'mutation { logout }',
    'mutation { logoutEverywhere }',
    'mutation { changePassword(currentPassword: "correct horse battery staple", newPassword: "a brand new password") }',
    'mutation { startTwoFactorSetup { secret } }',
    'mutation { confirmTwoFactor(code: "123456") }',
    'mutation { disableTwoFactor(password: "correct horse battery staple", code: "123456") }',
    'mutation { inviteStaff(email: "anonymous-invite@example.com", name: "X") { id } }',
    `mutation { removeUser(id: "${randomUUID()}") }`,
    'mutation { setStaffTwoFactorRequired(required: true) }',
    'mutation { updateStoreSettings(input: { storeName: "Anonymous Store" }) { storeName } }',
  ];

  it('refuses every creator field of accounts and settings to anonymous callers, changing nothing', async () => {
    const owner = await api.em().findOneOrFail(User, { role: 'owner' });
    for (const query of creatorOnly) {
      expect([query, codeOf(await api.graphql(query))]).toEqual([query, 'UNAUTHENTICATED']);
    }
    expect((await api.graphql<{ me: unknown }>('{ me { email } }')).data?.me).toBeNull();
    expect(await api.em().count(User, { email: 'anonymous-invite@example.com' })).toBe(0);
    const after = await api.em().findOneOrFail(User, { role: 'owner' });
    expect(after.passwordHash).toBe(owner.passwordHash);
    expect(after.requireStaffTwoFactor).toBe(false);
  });

  it('refuses an API key what only a signed-in person does to their own account', async () => {
    const owner = await api.em().findOneOrFail(User, { role: 'owner' });
    const key = `shelf_${randomUUID().replace(/-/g, '')}`;
    const em = api.em();
    em.create(ApiKey, {
      name: 'test key',
      prefix: key.slice(0, 12),
      keyHash: hashToken(key),
      scopes: ['users:read'],
      createdBy: em.getReference(User, owner.id),
    });
    await em.flush();
    for (const query of [
      'mutation { startTwoFactorSetup { secret } }',
      'mutation { changePassword(currentPassword: "correct horse battery staple", newPassword: "a brand new password") }',
      'mutation { logoutEverywhere }',
    ]) {
      expect([query, codeOf(await api.graphql(query, {}, bearer(key)))]).toEqual([query, 'UNAUTHENTICATED']);
    }
    // The key itself works for the creator's fields.
    expect((await api.graphql('{ users { email } }', {}, bearer(key))).errors).toBeUndefined();
    const row = await api.em().findOneOrFail(User, { id: owner.id });
    expect(row.twoFactorPendingSecret).toBeNull();
    expect(row.passwordHash).toBe(owner.passwordHash);
  });
});
