// Creator sign-in against a real API and Postgres: sessions that end when idle or at their absolute end,
// signing out everywhere, rehashing an old password hash, two-factor sign-in (real TOTP codes from
// otplib, each usable once; recovery codes used once even at the same moment; challenges that expire),
// password change and reset by emailed link (single use, 30 minutes, the same answer for an unknown
// email), the owner's user management, staff refused where only the owner may act, and the owner's
// "staff must use two-factor sign-in" setting.
import { randomUUID } from 'node:crypto';
import { Session, User } from '@shelf/db/accounts';
import { Email } from '@shelf/db/messaging';
import { hashPassword } from '@shelf/signing';
import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../test/harness.ts';
import { createServiceContext } from '../../context.ts';
import { AppError } from '../../errors.ts';
import {
  authenticate,
  SESSION_IDLE_MS,
  SESSION_TTL_MS,
  TWO_FACTOR_CHALLENGE_TTL_MS,
} from './accounts.service.ts';
import { PASSWORD_RESET_TTL_MS } from './password-reset.service.ts';
import { completeTwoFactorSignIn } from './two-factor.service.ts';
import { setStaffTwoFactorRequired } from './users.service.ts';

const OWNER = { email: 'owner@example.com', password: 'correct horse battery staple' };
const MINUTE_MS = 60_000;

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ SEED_DEMO: 'false' });
});
afterAll(() => api.close());

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
const codeOf = (answer: { errors?: Array<{ extensions?: Record<string, unknown> }> }) =>
  answer.errors?.[0]?.extensions?.code;

const LOGIN = `mutation ($email: String!, $password: String!) {
  login(email: $email, password: $password) { token expiresAt user { email role twoFactorEnabled } }
}`;
const SIGN_IN = `mutation ($email: String!, $password: String!) {
  signIn(email: $email, password: $password) {
    session { token } twoFactorRequired challenge challengeExpiresAt
  }
}`;
const COMPLETE = `mutation ($challenge: String!, $code: String!) {
  completeTwoFactorSignIn(challenge: $challenge, code: $code) { token user { email } }
}`;

async function loginToken(email: string, password: string): Promise<string> {
  const answer = await api.graphql<{ login: { token: string } }>(LOGIN, { email, password });
  expect(answer.errors).toBeUndefined();
  return answer.data!.login.token;
}

/** A staff member with a password, made directly (inviting is tested on its own). */
async function createStaff(password = 'staff password 123'): Promise<{ email: string; password: string }> {
  const email = `staff-${randomUUID()}@example.com`;
  const em = api.em();
  em.create(User, { email, name: 'Staff', role: 'staff', passwordHash: await hashPassword(password) });
  await em.flush();
  return { email, password };
}

/** Turns two-factor sign-in on through GraphQL; returns the secret and the recovery codes. */
async function enableTwoFactor(token: string): Promise<{ secret: string; recoveryCodes: string[] }> {
  const setup = await api.graphql<{
    startTwoFactorSetup: { secret: string; otpauthUri: string; qrSvg: string };
  }>('mutation { startTwoFactorSetup { secret otpauthUri qrSvg } }', {}, bearer(token));
  const { secret } = setup.data!.startTwoFactorSetup;
  const code = await generate({ secret });
  const confirmed = await api.graphql<{ confirmTwoFactor: string[] }>(
    'mutation ($code: String!) { confirmTwoFactor(code: $code) }',
    { code },
    bearer(token),
  );
  expect(confirmed.errors).toBeUndefined();
  return { secret, recoveryCodes: confirmed.data!.confirmTwoFactor };
}

/** The token of the newest password email sent to `email`. */
async function passwordLinkToken(email: string): Promise<string> {
  const sent = await api.em().find(Email, { to: email }, { orderBy: { createdAt: 'desc' } });
  const url = sent[0]?.text.match(/https?:\/\/\S+\/dashboard\/reset-password\?token=(\S+)/);
  expect(url).not.toBeNull();
  return decodeURIComponent(url![1]!);
}

async function appError(
  promise: Promise<unknown>,
): Promise<{ code: string; details: Record<string, unknown> }> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AppError) return { code: error.code, details: error.details };
    throw error;
  }
  throw new Error('expected an AppError');
}

describe('sessions', () => {
  it('end after 12 hours unused and 14 days after sign-in, and are marked used at most once a minute', async () => {
    const token = await loginToken(OWNER.email, OWNER.password);
    const session = await api.em().findOneOrFail(
      Session,
      { expiresAt: { $gt: new Date() } },
      {
        orderBy: { createdAt: 'desc' },
      },
    );
    expect(session.expiresAt.getTime() - session.createdAt.getTime()).toBe(SESSION_TTL_MS);
    const signedInAt = session.lastUsedAt;

    const em = api.em();
    const soon = new Date(signedInAt.getTime() + 30_000);
    expect((await authenticate({ em }, `Bearer ${token}`, soon)).kind).toBe('user');
    expect((await api.em().findOneOrFail(Session, { id: session.id })).lastUsedAt).toEqual(signedInAt);

    // Used 11 hours later: still signed in, and the idle clock starts again from there.
    const later = new Date(signedInAt.getTime() + 11 * 60 * MINUTE_MS);
    expect((await authenticate({ em: api.em() }, `Bearer ${token}`, later)).kind).toBe('user');
    expect((await api.em().findOneOrFail(Session, { id: session.id })).lastUsedAt).toEqual(later);
    const idle = new Date(later.getTime() + SESSION_IDLE_MS + 1);
    expect((await authenticate({ em: api.em() }, `Bearer ${token}`, idle)).kind).toBe('anonymous');

    // Busy all along, it still ends at its absolute end.
    await api
      .em()
      .nativeUpdate(
        Session,
        { id: session.id },
        { lastUsedAt: new Date(session.expiresAt.getTime() - MINUTE_MS) },
      );
    const end = new Date(session.expiresAt.getTime() + 1);
    expect((await authenticate({ em: api.em() }, `Bearer ${token}`, end)).kind).toBe('anonymous');
  });

  it('gives every sign-in a new token; signing out everywhere ends them all', async () => {
    const staff = await createStaff();
    const first = await loginToken(staff.email, staff.password);
    const second = await loginToken(staff.email, staff.password);
    expect(first).not.toBe(second);
    const ended = await api.graphql<{ logoutEverywhere: number }>(
      'mutation { logoutEverywhere }',
      {},
      bearer(first),
    );
    expect(ended.data?.logoutEverywhere).toBe(2);
    for (const token of [first, second]) {
      const me = await api.graphql<{ me: unknown }>('{ me { email } }', {}, bearer(token));
      expect(me.data?.me).toBeNull();
    }
  });

  it('rehashes a password of an older cost on a successful sign-in only', async () => {
    const staff = await createStaff();
    const old = await hashPassword(staff.password, { N: 1024, r: 8, p: 1 });
    await api.em().nativeUpdate(User, { email: staff.email }, { passwordHash: old });
    await api.graphql(LOGIN, { email: staff.email, password: 'not the password' });
    expect((await api.em().findOneOrFail(User, { email: staff.email })).passwordHash).toBe(old);
    await loginToken(staff.email, staff.password);
    const rehashed = (await api.em().findOneOrFail(User, { email: staff.email })).passwordHash;
    expect(rehashed).not.toBe(old);
    expect(rehashed).toMatch(/^scrypt\$32768\$8\$3\$/);
    await loginToken(staff.email, staff.password);
  });
});

describe('two-factor sign-in', () => {
  it('sets up with a QR code, then asks for a code at sign-in; each code works once', async () => {
    const staff = await createStaff();
    const token = await loginToken(staff.email, staff.password);
    const setup = await api.graphql<{
      startTwoFactorSetup: { secret: string; otpauthUri: string; qrSvg: string };
    }>('mutation { startTwoFactorSetup { secret otpauthUri qrSvg } }', {}, bearer(token));
    const { secret, otpauthUri, qrSvg } = setup.data!.startTwoFactorSetup;
    expect(otpauthUri).toMatch(/^otpauth:\/\/totp\//);
    expect(otpauthUri).toContain(`secret=${secret}`);
    expect(qrSvg).toMatch(/^<svg[\s\S]*<\/svg>\s*$/);

    // Pending until confirmed: signing in still gives a session at once, and a wrong code confirms nothing.
    expect((await api.graphql<{ signIn: any }>(SIGN_IN, staff)).data?.signIn.twoFactorRequired).toBe(false);
    const wrong = await api.graphql('mutation { confirmTwoFactor(code: "000000") }', {}, bearer(token));
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });

    // Kept: on a slow machine the clock may pass into the next 30 s step before it is sent again.
    const confirmingCode = await generate({ secret });
    const confirmed = await api.graphql<{ confirmTwoFactor: string[] }>(
      'mutation ($code: String!) { confirmTwoFactor(code: $code) }',
      { code: confirmingCode },
      bearer(token),
    );
    const recoveryCodes = confirmed.data!.confirmTwoFactor;
    expect(recoveryCodes).toHaveLength(10);
    expect(new Set(recoveryCodes).size).toBe(10);
    const row = await api.em().findOneOrFail(User, { email: staff.email });
    expect(row.twoFactorSecret).toMatch(/^v1\./);
    expect(row.twoFactorSecret).not.toContain(secret);
    expect(row.twoFactorPendingSecret).toBeNull();
    expect(row.recoveryCodeHashes.join(' ')).not.toContain(recoveryCodes[0]!.replace('-', ''));

    // login (for callers that expect a token) says why it refuses; signIn gives a challenge, no session.
    const refused = await api.graphql(LOGIN, staff);
    expect(refused.errors?.[0]?.extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'TWO_FACTOR_REQUIRED',
    });
    const started = await api.graphql<{ signIn: any }>(SIGN_IN, staff);
    expect(started.data?.signIn).toMatchObject({ session: null, twoFactorRequired: true });
    const { challenge } = started.data!.signIn;

    // The code confirming the setup was of this time step: it does not work again.
    const sameStep = await api.graphql(COMPLETE, { challenge, code: confirmingCode });
    expect(codeOf(sameStep)).toBe('UNAUTHENTICATED');
    // The next step's code (one step of clock drift) works, once, and uses up the challenge.
    const next = await generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 });
    const done = await api.graphql<{ completeTwoFactorSignIn: { token: string; user: { email: string } } }>(
      COMPLETE,
      { challenge, code: next },
    );
    expect(done.data?.completeTwoFactorSignIn.user.email).toBe(staff.email);
    const me = await api.graphql<{ me: any }>(
      '{ me { email twoFactorEnabled } }',
      {},
      bearer(done.data!.completeTwoFactorSignIn.token),
    );
    expect(me.data?.me).toEqual({ email: staff.email, twoFactorEnabled: true });
    expect(codeOf(await api.graphql(COMPLETE, { challenge, code: next }))).toBe('UNAUTHENTICATED');

    const again = await api.graphql<{ signIn: any }>(SIGN_IN, staff);
    const replay = await api.graphql(COMPLETE, { challenge: again.data!.signIn.challenge, code: next });
    expect(codeOf(replay)).toBe('UNAUTHENTICATED');
  });

  it('uses a recovery code once, even when it is sent twice at the same moment', async () => {
    const staff = await createStaff();
    const { recoveryCodes } = await enableTwoFactor(await loginToken(staff.email, staff.password));
    const challenges = await Promise.all(
      [1, 2].map(
        async () => (await api.graphql<{ signIn: any }>(SIGN_IN, staff)).data!.signIn.challenge as string,
      ),
    );
    const code = recoveryCodes[3]!.toLowerCase().replace('-', ' ');
    const answers = await Promise.all(
      challenges.map((challenge) => api.graphql(COMPLETE, { challenge, code })),
    );
    expect(answers.filter((answer) => !answer.errors)).toHaveLength(1);
    expect(answers.map(codeOf).filter(Boolean)).toEqual(['UNAUTHENTICATED']);
    const row = await api.em().findOneOrFail(User, { email: staff.email });
    expect(row.recoveryCodeHashes).toHaveLength(9);
    // Another recovery code still works.
    const challenge = (await api.graphql<{ signIn: any }>(SIGN_IN, staff)).data!.signIn.challenge;
    expect((await api.graphql(COMPLETE, { challenge, code: recoveryCodes[4]! })).errors).toBeUndefined();
  });

  it('lets a challenge expire after 5 minutes', async () => {
    const staff = await createStaff();
    const { secret } = await enableTwoFactor(await loginToken(staff.email, staff.password));
    const started = await api.graphql<{ signIn: any }>(SIGN_IN, staff);
    const { challenge, challengeExpiresAt } = started.data!.signIn;
    const issuedAt = new Date(new Date(challengeExpiresAt).getTime() - TWO_FACTOR_CHALLENGE_TTL_MS);
    expect(Math.abs(issuedAt.getTime() - Date.now())).toBeLessThan(MINUTE_MS);
    const late = new Date(issuedAt.getTime() + TWO_FACTOR_CHALLENGE_TTL_MS + 1000);
    const code = await generate({ secret, epoch: Math.floor(late.getTime() / 1000) + 30 });
    const expired = await appError(completeTwoFactorSignIn(api.ctx(), { challenge, code, ip: null }, late));
    expect(expired.code).toBe('UNAUTHENTICATED');
    const inTime = new Date(issuedAt.getTime() + TWO_FACTOR_CHALLENGE_TTL_MS - 1000);
    const grant = await completeTwoFactorSignIn(
      api.ctx(),
      {
        challenge,
        code: await generate({ secret, epoch: Math.floor(inTime.getTime() / 1000) }),
        ip: null,
      },
      inTime,
    );
    expect(grant.user.email).toBe(staff.email);
  });

  it('turns off only with the password and a code', async () => {
    const staff = await createStaff();
    const token = await loginToken(staff.email, staff.password);
    const { secret } = await enableTwoFactor(token);
    const DISABLE =
      'mutation ($password: String!, $code: String!) { disableTwoFactor(password: $password, code: $code) }';
    const code = await generate({ secret, epoch: Math.floor(Date.now() / 1000) + 30 });
    const badPassword = await api.graphql(DISABLE, { password: 'wrong password!', code }, bearer(token));
    expect(badPassword.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'password' });
    const badCode = await api.graphql(DISABLE, { password: staff.password, code: '123456' }, bearer(token));
    expect(badCode.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    expect((await api.em().findOneOrFail(User, { email: staff.email })).twoFactorSecret).not.toBeNull();
    const off = await api.graphql(DISABLE, { password: staff.password, code }, bearer(token));
    expect(off.errors).toBeUndefined();
    const row = await api.em().findOneOrFail(User, { email: staff.email });
    expect(row).toMatchObject({ twoFactorSecret: null, recoveryCodeHashes: [] });
    await loginToken(staff.email, staff.password);
  });
});

describe('passwords', () => {
  const CHANGE =
    'mutation ($currentPassword: String!, $newPassword: String!) { changePassword(currentPassword: $currentPassword, newPassword: $newPassword) }';
  const RESET =
    'mutation ($token: String!, $newPassword: String!) { resetPassword(token: $token, newPassword: $newPassword) }';
  const REQUEST = 'mutation ($email: String!) { requestPasswordReset(email: $email) }';

  it('changes with the current password, 12 to 256 characters, and ends the other sessions', async () => {
    const staff = await createStaff();
    const current = await loginToken(staff.email, staff.password);
    const other = await loginToken(staff.email, staff.password);
    const short = await api.graphql(
      CHANGE,
      { currentPassword: staff.password, newPassword: 'too short' },
      bearer(current),
    );
    expect(short.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    const long = await api.graphql(
      CHANGE,
      { currentPassword: staff.password, newPassword: 'x'.repeat(257) },
      bearer(current),
    );
    expect(long.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    const wrong = await api.graphql(
      CHANGE,
      { currentPassword: 'not it at all', newPassword: 'a new password 1' },
      bearer(current),
    );
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'currentPassword' });
    expect(
      (await api.graphql<{ me: unknown }>('{ me { email } }', {}, bearer(other))).data?.me,
    ).not.toBeNull();

    const changed = await api.graphql(
      CHANGE,
      { currentPassword: staff.password, newPassword: 'a new password 1' },
      bearer(current),
    );
    expect(changed.errors).toBeUndefined();
    expect((await api.graphql<{ me: unknown }>('{ me { email } }', {}, bearer(other))).data?.me).toBeNull();
    expect(
      (await api.graphql<{ me: unknown }>('{ me { email } }', {}, bearer(current))).data?.me,
    ).not.toBeNull();
    expect(codeOf(await api.graphql(LOGIN, staff))).toBe('UNAUTHENTICATED');
    await loginToken(staff.email, 'a new password 1');
  });

  it('resets by an emailed link that works once, for 30 minutes, and ends every session', async () => {
    const staff = await createStaff();
    const session = await loginToken(staff.email, staff.password);
    const asked = await api.graphql<{ requestPasswordReset: boolean }>(REQUEST, {
      email: staff.email.toUpperCase(),
    });
    expect(asked.data?.requestPasswordReset).toBe(true);
    const email = await api.em().findOneOrFail(Email, { to: staff.email, template: 'password-reset' });
    expect(email.text).toContain(`/dashboard/reset-password?token=`);
    expect(email.text).toContain('30 minutes');
    const token = await passwordLinkToken(staff.email);

    const short = await api.graphql(RESET, { token, newPassword: 'short' });
    expect(short.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
    const [first, second] = await Promise.all([
      api.graphql(RESET, { token, newPassword: 'reset password one' }),
      api.graphql(RESET, { token, newPassword: 'reset password two' }),
    ]);
    expect([first, second].filter((answer) => !answer.errors)).toHaveLength(1);
    expect([codeOf(first), codeOf(second)].filter(Boolean)).toEqual(['UNAUTHENTICATED']);
    expect((await api.graphql<{ me: unknown }>('{ me { email } }', {}, bearer(session))).data?.me).toBeNull();
    const winner = first.errors ? 'reset password two' : 'reset password one';
    await loginToken(staff.email, winner);
  });

  it('refuses a reset link after 30 minutes', async () => {
    const staff = await createStaff();
    await api.graphql(REQUEST, { email: staff.email });
    const token = await passwordLinkToken(staff.email);
    const [link] = await api
      .em()
      .getConnection()
      .execute(`select expires_at, created_at from magic_link_token where email = ?`, [staff.email]);
    expect(new Date(link!.expires_at).getTime() - new Date(link!.created_at).getTime()).toBe(
      PASSWORD_RESET_TTL_MS,
    );
    expect(PASSWORD_RESET_TTL_MS).toBe(30 * MINUTE_MS);
    await api
      .em()
      .getConnection()
      .execute(`update magic_link_token set expires_at = now() - interval '1 second' where email = ?`, [
        staff.email,
      ]);
    const late = await api.graphql(RESET, { token, newPassword: 'a late new password' });
    expect(codeOf(late)).toBe('UNAUTHENTICATED');
    await loginToken(staff.email, staff.password);
  });

  it('answers an unknown email exactly like a known one, and sends nothing', async () => {
    const staff = await createStaff();
    const known = await api.graphql(REQUEST, { email: staff.email });
    const unknown = await api.graphql(REQUEST, { email: 'nobody-here@example.com' });
    expect(unknown).toEqual(known);
    expect(await api.em().count(Email, { to: 'nobody-here@example.com' })).toBe(0);
    const malformed = await api.graphql(REQUEST, { email: 'not an email' });
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
  });
});

describe('roles', () => {
  it('lets the owner invite staff, who choose a password by link, list and remove them', async () => {
    const owner = await loginToken(OWNER.email, OWNER.password);
    const email = `invited-${randomUUID()}@example.com`;
    const INVITE =
      'mutation ($email: String!, $name: String!) { inviteStaff(email: $email, name: $name) { id email role } }';
    const invited = await api.graphql<{ inviteStaff: { id: string; role: string } }>(
      INVITE,
      { email, name: 'Grace' },
      bearer(owner),
    );
    expect(invited.data?.inviteStaff.role).toBe('STAFF');
    const duplicate = await api.graphql(INVITE, { email, name: 'Grace' }, bearer(owner));
    expect(codeOf(duplicate)).toBe('CONFLICT');
    const invitation = await api.em().findOneOrFail(Email, { to: email });
    expect(invitation.template).toBe('staff-invitation');
    const token = await passwordLinkToken(email);
    const set = await api.graphql(
      'mutation ($token: String!) { resetPassword(token: $token, newPassword: "my own password") }',
      { token },
    );
    expect(set.errors).toBeUndefined();
    const staffToken = await loginToken(email, 'my own password');

    const users = await api.graphql<{ users: Array<{ email: string; role: string }> }>(
      '{ users { email role } }',
      {},
      bearer(owner),
    );
    expect(users.data?.users[0]).toEqual({ email: OWNER.email, role: 'OWNER' });
    expect(users.data?.users.map((user) => user.email)).toContain(email);

    const self = await api.graphql<{ me: { id: string } }>('{ me { id } }', {}, bearer(owner));
    const removeSelf = await api.graphql(
      'mutation ($id: ID!) { removeUser(id: $id) }',
      { id: self.data!.me.id },
      bearer(owner),
    );
    expect(codeOf(removeSelf)).toBe('FORBIDDEN');
    const removed = await api.graphql(
      'mutation ($id: ID!) { removeUser(id: $id) }',
      { id: invited.data!.inviteStaff.id },
      bearer(owner),
    );
    expect(removed.errors).toBeUndefined();
    expect(
      (await api.graphql<{ me: unknown }>('{ me { email } }', {}, bearer(staffToken))).data?.me,
    ).toBeNull();
    expect(await api.em().count(User, { email })).toBe(0);
  });

  it('refuses staff what only the owner may do, and everyone else with UNAUTHENTICATED', async () => {
    const staff = await createStaff();
    const token = await loginToken(staff.email, staff.password);
    const ownerOnly = [
      '{ users { email } }',
      '{ staffTwoFactorRequired }',
      'mutation { inviteStaff(email: "x@example.com", name: "X") { id } }',
      `mutation { removeUser(id: "${randomUUID()}") }`,
      'mutation { setStaffTwoFactorRequired(required: true) }',
      'mutation { updateStoreSettings(input: { storeName: "Staff Store" }) { storeName } }',
    ];
    for (const query of ownerOnly) {
      expect(codeOf(await api.graphql(query, {}, bearer(token)))).toBe('FORBIDDEN');
      expect(codeOf(await api.graphql(query))).toBe('UNAUTHENTICATED');
    }
    expect(await api.em().count(User, { email: 'x@example.com' })).toBe(0);
    // Staff keep the creator's everyday work.
    expect(
      (await api.graphql('{ orders(first: 1) { totalCount } }', {}, bearer(token))).errors,
    ).toBeUndefined();
  });

  it('holds staff without two-factor sign-in to setting it up when the owner requires it', async () => {
    const owner = await loginToken(OWNER.email, OWNER.password);
    const staff = await createStaff();
    const token = await loginToken(staff.email, staff.password);
    const required = await api.graphql(
      'mutation { setStaffTwoFactorRequired(required: true) }',
      {},
      bearer(owner),
    );
    expect(required.errors).toBeUndefined();
    try {
      const orders = await api.graphql('{ orders(first: 1) { totalCount } }', {}, bearer(token));
      expect(orders.errors?.[0]?.extensions).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'TWO_FACTOR_SETUP_REQUIRED',
      });
      // The owner is not held, and the staff member can still see who they are and set it up.
      expect(
        (await api.graphql('{ orders(first: 1) { totalCount } }', {}, bearer(owner))).errors,
      ).toBeUndefined();
      expect((await api.graphql<{ me: any }>('{ me { email } }', {}, bearer(token))).data?.me.email).toBe(
        staff.email,
      );
      await enableTwoFactor(token);
      expect(
        (await api.graphql('{ orders(first: 1) { totalCount } }', {}, bearer(token))).errors,
      ).toBeUndefined();
    } finally {
      await api.graphql('mutation { setStaffTwoFactorRequired(required: false) }', {}, bearer(owner));
    }
  });

  it('does the same for a service context of a signed-in staff member', async () => {
    const staff = await createStaff();
    const user = await api.em().findOneOrFail(User, { email: staff.email });
    const ctx = createServiceContext(api.services, {
      requestId: 'test',
      actor: { kind: 'user', user, role: 'staff', via: 'session' },
    });
    expect((await appError(setStaffTwoFactorRequired(ctx, { required: true }))).code).toBe('FORBIDDEN');
  });
});
