// A restart after a crash: the crashed process does no more work (its job workers stop, its fail points
// stay on, nothing is sent to it) and a new API process starts on the same database and data directory,
// as a supervisor would start it again. The crashed process's test database is dropped when it closes, so
// close the restarted processes first.
import { dirname } from 'node:path';
import { postStripeEvent } from '@shelf/test-utils/stripe-stand-in';
import { startTestApi, type TestApi } from '../../test/harness.ts';
import { type StripeTestStore, WEBHOOK_SECRET } from '../../test/stripe-fixtures.ts';

/** The environment startStripeTestStore gives its API, so a restarted process talks to the same Stripe. */
export function stripeEnv(store: StripeTestStore): Record<string, string> {
  return {
    STRIPE_SECRET_KEY: 'sk_test_123',
    STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
    STRIPE_API_BASE: store.stripe.url,
    PUBLIC_URL: 'http://shop.test',
    EMAIL: 'outbox',
  };
}

export async function restartOnSameDatabase(crashed: TestApi, env: Record<string, string>): Promise<TestApi> {
  await crashed.services.jobs.stop();
  const storage = crashed.services.config.storage;
  if (storage.driver !== 'local') throw new Error('restartOnSameDatabase expects the local file store');
  // The database the crashed process used: its own test database, or the one it was itself restarted on.
  const database = crashed.services.config.database;
  const url = 'url' in database ? database.url : crashed.db.url;
  return startTestApi({ ...env, DATABASE_URL: url, DATA_DIR: dirname(storage.rootDir) });
}

/** Sends a signed Stripe event to one API process. */
export function sendStripeEvent(
  api: TestApi,
  event: Record<string, unknown>,
): Promise<{ status: number; body: string }> {
  return postStripeEvent(`${api.url}/webhooks/stripe`, event, { secret: WEBHOOK_SECRET });
}
