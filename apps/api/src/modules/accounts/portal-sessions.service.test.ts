// Magic links and portal sessions against real Postgres: a link works once (also when used twice at the
// same moment), for 15 minutes, for its own portal; unknown, used, expired and forged links get one and
// the same answer; sessions end at their absolute end, after a week unused, or when signed out; only
// hashes are stored, and a portal token is an affiliate (never a creator) to authenticate.
import { randomUUID } from 'node:crypto';
import { MagicLinkToken, PortalSession } from '@shelf/db/accounts';
import { generateToken, hashToken } from '@shelf/signing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../../../test/harness.ts';
import { AppError } from '../../errors.ts';
import { authenticate } from './accounts.service.ts';
import {
  consumeMagicLink,
  createPortalSession,
  endPortalSession,
  findPortalSession,
  issueMagicLink,
  MAGIC_LINK_TTL_MS,
  PORTAL_SESSION_IDLE_MS,
  PORTAL_SESSION_TTL_MS,
} from './portal-sessions.service.ts';

const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;
const INVALID = {
  code: 'UNAUTHENTICATED',
  message: 'This sign-in link is invalid or has expired. Ask for a new one.',
};

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ SEED_DEMO: 'false' });
});
afterAll(() => api.close());

const email = () => `fan-${randomUUID()}@example.com`;

/** What a use of a link answered: the email, or the error's code and message. */
async function use(token: string, now: Date, purpose: 'affiliate' | 'account' = 'affiliate') {
  try {
    return { email: await consumeMagicLink(api.ctx(), { token, purpose }, now) };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { code: error.code, message: error.message };
  }
}

describe('magic links', () => {
  it('lasts 15 minutes and stores only the SHA-256 of a 256-bit token', async () => {
    const now = new Date();
    const address = email();
    const link = await issueMagicLink(api.ctx(), { email: address, purpose: 'affiliate' }, now);
    expect(link.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(link.expiresAt.getTime() - now.getTime()).toBe(MAGIC_LINK_TTL_MS);
    const row = await api.em().findOneOrFail(MagicLinkToken, { id: link.id });
    expect(row).toMatchObject({ email: address, purpose: 'affiliate', usedAt: null });
    expect(row.tokenHash).toBe(hashToken(link.token));
    const stored = await api
      .em()
      .getConnection()
      .execute('select * from magic_link_token where id = ?', [link.id]);
    expect(JSON.stringify(stored)).not.toContain(link.token);
  });

  it('signs in once: the email the first time, then the same refusal as for any bad link', async () => {
    const now = new Date();
    const address = email();
    const { token, id } = await issueMagicLink(api.ctx(), { email: address, purpose: 'affiliate' }, now);
    expect(await use(token, new Date(now.getTime() + MINUTE_MS))).toEqual({ email: address });
    expect(await use(token, new Date(now.getTime() + 2 * MINUTE_MS))).toEqual(INVALID);
    const row = await api.em().findOneOrFail(MagicLinkToken, { id });
    expect(row.usedAt?.getTime()).toBe(now.getTime() + MINUTE_MS);
  });

  it('lets exactly one of two uses at the same moment succeed', async () => {
    for (let round = 0; round < 5; round++) {
      const now = new Date();
      const address = email();
      const { token } = await issueMagicLink(api.ctx(), { email: address, purpose: 'affiliate' }, now);
      const answers = await Promise.all([use(token, now), use(token, now), use(token, now)]);
      expect(answers.filter((answer) => 'email' in answer)).toEqual([{ email: address }]);
      expect(answers.filter((answer) => 'code' in answer)).toEqual([INVALID, INVALID]);
    }
  });

  it('refuses a link at the end of its 15 minutes, and leaves it unused', async () => {
    const now = new Date();
    const { token, id } = await issueMagicLink(api.ctx(), { email: email(), purpose: 'affiliate' }, now);
    expect(await use(token, new Date(now.getTime() + MAGIC_LINK_TTL_MS))).toEqual(INVALID);
    expect(await use(token, new Date(now.getTime() + 2 * MAGIC_LINK_TTL_MS))).toEqual(INVALID);
    const row = await api.em().findOneOrFail(MagicLinkToken, { id });
    expect(row.usedAt).toBeNull();
  });

  it('refuses a forged token, a tampered one and one for another portal alike', async () => {
    const now = new Date();
    const address = email();
    const { token } = await issueMagicLink(api.ctx(), { email: address, purpose: 'affiliate' }, now);
    expect(await use(generateToken(), now)).toEqual(INVALID);
    expect(await use(`${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`, now)).toEqual(INVALID);
    expect(await use('', now)).toEqual(INVALID);
    expect(await use(token, now, 'account')).toEqual(INVALID);
    // The wrong portal's attempt did not use it up.
    expect(await use(token, now)).toEqual({ email: address });
  });
});

describe('portal sessions', () => {
  const subjectId = () => randomUUID();

  it('starts a session whose token cannot be taken for an API key, stored as its SHA-256', async () => {
    const now = new Date();
    const subject = subjectId();
    const session = await createPortalSession(api.ctx(), { kind: 'affiliate', subjectId: subject }, now);
    expect(session.token).toMatch(/^portal_[A-Za-z0-9_-]{43}$/);
    expect(session.expiresAt.getTime() - now.getTime()).toBe(PORTAL_SESSION_TTL_MS);
    const row = await api.em().findOneOrFail(PortalSession, { subjectId: subject });
    expect(row.tokenHash).toBe(hashToken(session.token));
    expect(await findPortalSession(api.ctx(), session.token, now)).toEqual({
      kind: 'affiliate',
      subjectId: subject,
      expiresAt: session.expiresAt,
    });
  });

  it('is an affiliate to authenticate, and anonymous once unknown, forged or ended', async () => {
    const subject = subjectId();
    const { token } = await createPortalSession(api.ctx(), { kind: 'affiliate', subjectId: subject });
    expect(await authenticate({ em: api.em() }, `Bearer ${token}`)).toEqual({
      kind: 'affiliate',
      affiliateId: subject,
    });
    expect(await authenticate({ em: api.em() }, `Bearer portal_${generateToken()}`)).toEqual({
      kind: 'anonymous',
    });
    // The same secret without its prefix is not a creator's session either.
    expect(await authenticate({ em: api.em() }, `Bearer ${token.slice('portal_'.length)}`)).toEqual({
      kind: 'anonymous',
    });
    expect(await endPortalSession(api.ctx(), token)).toBe(true);
    expect(await authenticate({ em: api.em() }, `Bearer ${token}`)).toEqual({ kind: 'anonymous' });
    expect(await endPortalSession(api.ctx(), token)).toBe(false);
  });

  it('ends 30 days after sign-in, however busy', async () => {
    const start = new Date();
    const { token } = await createPortalSession(
      api.ctx(),
      { kind: 'affiliate', subjectId: subjectId() },
      start,
    );
    for (let day = 5; day < 30; day += 5) {
      expect(
        await findPortalSession(api.ctx(), token, new Date(start.getTime() + day * DAY_MS)),
      ).not.toBeNull();
    }
    expect(
      await findPortalSession(api.ctx(), token, new Date(start.getTime() + 30 * DAY_MS - 1)),
    ).not.toBeNull();
    expect(await findPortalSession(api.ctx(), token, new Date(start.getTime() + 30 * DAY_MS))).toBeNull();
  });

  it('ends after 7 days unused; each use moves that on', async () => {
    const start = new Date();
    const subject = subjectId();
    const { token } = await createPortalSession(api.ctx(), { kind: 'affiliate', subjectId: subject }, start);
    const at = (ms: number) => new Date(start.getTime() + ms);
    expect(await findPortalSession(api.ctx(), token, at(6 * DAY_MS))).not.toBeNull();
    // Used on day 6, so alive on day 12, but not 7 days after that use.
    expect(await findPortalSession(api.ctx(), token, at(12 * DAY_MS))).not.toBeNull();
    expect(await findPortalSession(api.ctx(), token, at(12 * DAY_MS + PORTAL_SESSION_IDLE_MS))).toBeNull();
    // Exactly 7 days unused is too long.
    const other = await createPortalSession(api.ctx(), { kind: 'affiliate', subjectId: subject }, start);
    expect(await findPortalSession(api.ctx(), other.token, at(PORTAL_SESSION_IDLE_MS))).toBeNull();
  });

  it('writes the last use at most once a minute', async () => {
    const start = new Date();
    const subject = subjectId();
    const { token } = await createPortalSession(api.ctx(), { kind: 'affiliate', subjectId: subject }, start);
    const lastUsed = async () =>
      (await api.em().findOneOrFail(PortalSession, { subjectId: subject })).lastUsedAt.getTime();
    await findPortalSession(api.ctx(), token, new Date(start.getTime() + 30_000));
    expect(await lastUsed()).toBe(start.getTime());
    await findPortalSession(api.ctx(), token, new Date(start.getTime() + 61_000));
    expect(await lastUsed()).toBe(start.getTime() + 61_000);
    await findPortalSession(api.ctx(), token, new Date(start.getTime() + 90_000));
    expect(await lastUsed()).toBe(start.getTime() + 61_000);
  });

  it('ends only the session of the token signed out', async () => {
    const subject = subjectId();
    const first = await createPortalSession(api.ctx(), { kind: 'affiliate', subjectId: subject });
    const second = await createPortalSession(api.ctx(), { kind: 'affiliate', subjectId: subject });
    expect(await endPortalSession(api.ctx(), first.token)).toBe(true);
    expect(await findPortalSession(api.ctx(), first.token)).toBeNull();
    expect(await findPortalSession(api.ctx(), second.token)).not.toBeNull();
    expect(await endPortalSession(api.ctx(), 'not-a-portal-token')).toBe(false);
  });
});
