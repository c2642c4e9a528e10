import { User } from '@shelf/db/accounts';
import { Email } from '@shelf/db/messaging';
import { hashPassword } from '@shelf/signing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApi, type TestApi } from './harness.ts';

let api: TestApi;
let auth: Record<string, string>;
beforeAll(async () => {
  api = await startTestApi();
  const { data } = await api.graphql<{ login: { token: string } }>(
    'mutation { login(email: "owner@example.com", password: "correct horse battery staple") { token } }',
  );
  auth = { authorization: `Bearer ${data!.login.token}` };
});
afterAll(() => api.close());

const EMAILS = `query($status: EmailStatus) { emails(first: 10, status: $status) {
  totalCount nodes { id to template subject status attempts lastError orderNumber text }
} }`;

async function waitForStatus(id: string, status: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const email = await api.em().findOneOrFail(Email, { id });
    if (email.status === status) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`email ${id} never became ${status}`);
}

describe('the email log (dev outbox)', () => {
  it('shows the delivery email of a purchase, sent through the outbox', async () => {
    const { data: catalog } = await api.graphql<{ product: { id: string } }>(
      '{ product(slug: "golden-hour-lightroom-presets") { id } }',
    );
    const { data: started } = await api.graphql<{ createCheckout: { id: string } }>(
      'mutation($id: ID!) { createCheckout(input: { productId: $id }) { id } }',
      { id: catalog!.product.id },
    );
    const { data: paid } = await api.graphql<{ completeTestCheckout: { order: { number: number } } }>(
      'mutation($id: ID!) { completeTestCheckout(id: $id, email: "reader@example.com") { order { number } } }',
      { id: started!.createCheckout.id },
    );
    const email = await api.em().findOneOrFail(Email, { to: 'reader@example.com' });
    await waitForStatus(email.id, 'sent');

    const { data } = await api.graphql<{ emails: any }>(EMAILS, {}, auth);
    expect(data?.emails.totalCount).toBe(1);
    expect(data?.emails.nodes[0]).toMatchObject({
      to: 'reader@example.com',
      template: 'delivery',
      status: 'SENT',
      orderNumber: paid!.completeTestCheckout.order.number,
    });
    expect(data?.emails.nodes[0].text).toContain('Golden Hour Lightroom Presets');
  });

  it('lists failed emails and sends one again on request', async () => {
    const em = api.em();
    const failed = em.create(Email, {
      to: 'bounced@example.com',
      template: 'delivery',
      subject: 'Your download',
      html: '<p>hi</p>',
      text: 'hi',
      idempotencyKey: 'test:failed-email',
      status: 'failed',
      attempts: 9,
      lastError: 'validation_error: invalid from address',
    });
    await em.flush();

    const { data } = await api.graphql<{ emails: any }>(EMAILS, { status: 'FAILED' }, auth);
    expect(data?.emails.nodes).toEqual([
      expect.objectContaining({
        id: failed.id,
        status: 'FAILED',
        lastError: 'validation_error: invalid from address',
      }),
    ]);

    const resent = await api.graphql<{ resendEmail: { status: string; attempts: number } }>(
      'mutation($id: ID!) { resendEmail(id: $id) { status attempts } }',
      { id: failed.id },
      auth,
    );
    expect(resent.errors).toBeUndefined();
    await waitForStatus(failed.id, 'sent');
  });

  it('is for creators only, and refuses unknown or already-sent emails', async () => {
    const anonymous = await api.graphql(EMAILS);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const unknown = await api.graphql(
      'mutation { resendEmail(id: "00000000-0000-4000-8000-000000000000") { id } }',
      {},
      auth,
    );
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const sent = await api.em().findOneOrFail(Email, { to: 'reader@example.com' });
    const again = await api.graphql(
      'mutation($id: ID!) { resendEmail(id: $id) { id } }',
      { id: sent.id },
      auth,
    );
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('shows staff the redacted preview only: full bodies (live links) are the owner’s', async () => {
    const em = api.em();
    em.create(User, {
      email: 'clerk@example.com',
      name: 'Clerk',
      role: 'staff',
      passwordHash: await hashPassword('clerk password 123'),
    });
    await em.flush();
    const { data } = await api.graphql<{ login: { token: string } }>(
      'mutation { login(email: "clerk@example.com", password: "clerk password 123") { token } }',
    );
    const staff = { authorization: `Bearer ${data!.login.token}` };
    const QUERY = 'query($f: Boolean!) { emails(first: 10) { nodes { to preview text @include(if: $f) } } }';

    const preview = await api.graphql<{ emails: { nodes: Array<{ to: string; preview: string }> } }>(
      QUERY,
      { f: false },
      staff,
    );
    expect(preview.errors).toBeUndefined();
    const delivery = preview.data!.emails.nodes.find((node) => node.to === 'reader@example.com');
    expect(delivery?.preview).toBeTruthy();
    expect(delivery?.preview).not.toMatch(/\/download\/[\w-]{8,}/);

    const full = await api.graphql(QUERY, { f: true }, staff);
    expect(full.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const owner = await api.graphql<{ emails: { nodes: Array<{ to: string; text: string }> } }>(
      QUERY,
      { f: true },
      auth,
    );
    expect(owner.data!.emails.nodes.find((node) => node.to === 'reader@example.com')?.text).toMatch(
      /\/download\//,
    );
  });
});
