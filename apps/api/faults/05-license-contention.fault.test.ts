// Lock contention on one license: 50 concurrent activations of a key limited to 3 seats, then a seat
// freed while 20 more race for it. The conditional UPDATE of the activation count lets exactly the
// limit through; the rest are refused with the activation-limit answer, never a 5xx.
import { License, LicenseActivation } from '@shelf/db/licensing';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startTestApi, type TestApi } from '../test/harness.ts';
import { checkInvariants } from './support/invariants.ts';
import { activateLicense, buyLicenseKey, deactivateLicense } from './support/licenses.ts';

let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({ PUBLIC_URL: 'http://shop.test', PAYMENTS: 'test', EMAIL: 'outbox' });
});

afterAll(async () => {
  await api?.close();
});

const LIMIT_REACHED = { activated: false, error: 'This license key has reached the activation limit.' };

async function seats(key: string) {
  const em = api.em();
  const license = await em.findOneOrFail(License, { key });
  return {
    limit: license.activationLimit,
    count: license.activationCount,
    active: await em.count(LicenseActivation, { license, deactivatedAt: null }),
  };
}

it('lets exactly 3 of 50 concurrent activations through on a limit-3 key', async () => {
  const key = await buyLicenseKey(api);
  expect((await seats(key)).limit).toBe(3);

  const answers = await Promise.all(
    Array.from({ length: 50 }, (_, i) => activateLicense(api, key, `machine-${i}`)),
  );
  const accepted = answers.filter((answer) => answer.status === 200);
  expect(accepted).toHaveLength(3);
  const refused = answers.filter((answer) => answer.status !== 200);
  expect(refused).toHaveLength(47);
  for (const answer of refused) {
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual(LIMIT_REACHED);
  }
  expect(await seats(key)).toEqual({ limit: 3, count: 3, active: 3 });

  // One seat freed while 20 more activations race for it: exactly one of them takes it.
  const freed = accepted[0]!.body.instance!.id;
  const [deactivated, ...racers] = await Promise.all([
    deactivateLicense(api, key, freed),
    ...Array.from({ length: 20 }, (_, i) => activateLicense(api, key, `late-${i}`)),
  ]);
  expect(deactivated.status).toBe(200);
  expect(racers.every((answer) => answer.status === 200 || answer.status === 400)).toBe(true);
  const late = racers.filter((answer) => answer.status === 200);
  // The racers that ran before the seat was freed were refused; at most one took it then.
  expect(late.length).toBeLessThanOrEqual(1);
  const after = await seats(key);
  expect(after.count).toBe(2 + late.length);
  expect(after.active).toBe(after.count);

  // With the seat certainly free now, one more activation takes it and the next is refused.
  if (late.length === 0) expect((await activateLicense(api, key, 'after')).status).toBe(200);
  expect(await activateLicense(api, key, 'one-too-many')).toMatchObject({ status: 400, body: LIMIT_REACHED });
  expect(await seats(key)).toEqual({ limit: 3, count: 3, active: 3 });

  await checkInvariants(api);
});
