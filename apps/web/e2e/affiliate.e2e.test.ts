// The affiliate programme end to end in a real browser: the owner signs in to the dashboard and creates a
// link, a shopper arrives through `?ref=` (a bad code sets nothing and breaks nothing) and buys in test
// mode, and the affiliate asks for a sign-in link, opens it from the dev outbox, signs in and sees the sale
// and its commission on the earnings page, then signs out.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAllImages, type Stack, screenshotPath, startStack, waitForPage } from './support/stack.ts';

let stack: Stack;

beforeAll(async () => {
  stack = await startStack();
});

afterAll(async () => {
  await stack?.close();
});

// A person's desktop browser: headless Chromium's own name is a bot's, and bots' visits are not counted.
const DESKTOP_CHROME =
  'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';
const AFFILIATE = { email: 'anna@example.com', name: 'Anna Example', code: 'anna' } as const;
const SIGN_IN_SENT =
  'If that email belongs to an affiliate, a sign-in link is on its way. It works once, for 15 minutes.';

/** One GraphQL operation against the API, as the owner when `token` is given. */
async function graphql<T>(query: string, variables: Record<string, unknown>, token?: string): Promise<T> {
  const response = await fetch(`${stack.apiUrl}/graphql`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: Array<{ message: string }> };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** The newest sign-in link emailed to `to`, read from the dev outbox as the owner reads it. */
async function signInLinkFromOutbox(to: string): Promise<string> {
  const { login } = await graphql<{ login: { token: string } }>(
    'mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { token } }',
    stack.owner,
  );
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const { emails } = await graphql<{
      emails: { nodes: Array<{ to: string; text: string; html: string }> };
    }>('query Outbox { emails(first: 25) { nodes { to text html } } }', {}, login.token);
    const email = emails.nodes.find((node) => node.to === to);
    const link =
      email && /https?:\/\/[^\s"'<>]+\/affiliate\/sign-in\?token=[\w-]+/.exec(email.text || email.html);
    if (link) return link[0];
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`No sign-in link for ${to} in the outbox`);
}

async function refCookie(page: Page) {
  return (await page.context().cookies()).find((cookie) => cookie.name === 'shelf_ref');
}

describe('the affiliate programme', () => {
  let dashboard: Page;

  it('sends a signed-out creator to the login, and back to the affiliates page after it', async () => {
    dashboard = await stack.newPage();
    await dashboard.goto(`${stack.webUrl}/dashboard/affiliates`);
    await waitForPage(dashboard, /\/dashboard\/login\?redirectTo=%2Fdashboard%2Faffiliates$/);

    await dashboard.getByLabel('Email address').fill(stack.owner.email);
    await dashboard.getByLabel('Password').fill('not the password');
    await dashboard.getByRole('button', { name: 'Sign in' }).click();
    await dashboard.getByRole('alert').getByText('The email or password is not correct.').waitFor();

    await dashboard.getByLabel('Password').fill(stack.owner.password);
    await dashboard.getByRole('button', { name: 'Sign in' }).click();
    await waitForPage(dashboard, `${stack.webUrl}/dashboard/affiliates`);
    await dashboard.getByRole('heading', { level: 1, name: 'Affiliates' }).waitFor();
    const [session] = (await dashboard.context().cookies()).filter((c) => c.name === 'shelf_session');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
  });

  it('creates a link for one product on the dashboard, with errors beside their fields', async () => {
    const form = dashboard.getByRole('region', { name: 'New link' });
    await form.getByLabel('Affiliate’s email').fill(AFFILIATE.email);
    await form.getByLabel('Name').fill(AFFILIATE.name);
    await form.getByLabel('Code').fill(AFFILIATE.code);
    expect(await form.getByLabel('Commission (%)').inputValue()).toBe('30');
    await form.getByLabel('Product').selectOption({ label: 'Aurora UI Kit for Figma' });
    await form.getByRole('button', { name: 'Create link' }).click();
    await form.getByRole('status').getByText(`Link ${AFFILIATE.code} created.`).waitFor();

    const affiliate = dashboard.getByRole('listitem').filter({ hasText: AFFILIATE.email });
    await affiliate.getByRole('heading', { name: AFFILIATE.name }).waitFor();
    const row = affiliate.getByRole('row').filter({ hasText: AFFILIATE.code });
    await row.getByText('Aurora UI Kit for Figma').waitFor();
    await row.getByText('30%').waitFor();

    // The same code again, whatever its case: refused beside the Code field, nothing created.
    await form.getByLabel('Affiliate’s email').fill('someone@example.com');
    await form.getByLabel('Code').fill(AFFILIATE.code.toUpperCase());
    await form.getByRole('button', { name: 'Create link' }).click();
    const codeField = form.getByLabel('Code');
    await form.getByText('Another link already uses this code.').waitFor();
    expect(await codeField.getAttribute('aria-invalid')).toBe('true');
    expect(await dashboard.getByRole('listitem').filter({ hasText: 'someone@example.com' }).count()).toBe(0);
  });

  it('ignores a bad ?ref= without breaking the page, and remembers a valid one for 30 days', async () => {
    const shopper = await stack.newPage({ userAgent: DESKTOP_CHROME });
    for (const ref of ['nobody', '<script>']) {
      const response = await shopper.goto(
        `${stack.webUrl}/products/aurora-figma-ui-kit?ref=${encodeURIComponent(ref)}`,
      );
      expect(response?.status()).toBe(200);
      await shopper.getByRole('heading', { level: 1, name: 'Aurora UI Kit for Figma' }).waitFor();
      expect(await refCookie(shopper)).toBeUndefined();
    }

    await shopper.goto(`${stack.webUrl}/products/aurora-figma-ui-kit?ref=${AFFILIATE.code}`);
    const cookie = await refCookie(shopper);
    expect(cookie).toMatchObject({ value: AFFILIATE.code, httpOnly: true, sameSite: 'Lax', path: '/' });
    const days = (cookie!.expires - Date.now() / 1000) / 86_400;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThanOrEqual(30);

    // A later unknown code leaves the valid one in place: the last valid click wins.
    await shopper.goto(`${stack.webUrl}/products/aurora-figma-ui-kit?ref=nobody`);
    expect((await refCookie(shopper))?.value).toBe(AFFILIATE.code);

    await shopper.getByRole('button', { name: 'Buy now' }).click();
    await waitForPage(shopper, /\/checkout\/test\/[^/]+$/);
    await shopper.getByLabel('Email address').fill('buyer@example.com');
    await shopper.getByRole('button', { name: 'Pay $49.00' }).click();
    await waitForPage(shopper, /\/checkout\/success\?session_id=/);
    await shopper.getByRole('heading', { name: 'Thank you for your purchase!' }).waitFor();

    await dashboard.reload();
    const row = dashboard
      .getByRole('listitem')
      .filter({ hasText: AFFILIATE.email })
      .getByRole('row')
      .filter({ hasText: AFFILIATE.code });
    const cells = await row.getByRole('cell').allTextContents();
    expect(cells.slice(0, 5)).toEqual([AFFILIATE.code, 'Aurora UI Kit for Figma', '30%', '1', '1']);
  });

  it('lets the affiliate sign in by emailed link and see the sale and its commission', async () => {
    const affiliate = await stack.newPage();
    await affiliate.goto(`${stack.webUrl}/affiliate`);
    const email = affiliate.getByLabel('Email address');
    const send = affiliate.getByRole('button', { name: 'Email me a sign-in link' });

    await email.fill('not-an-email');
    await send.click();
    await affiliate.locator('#email-error').getByText('Enter a valid email address.').waitFor();
    expect(await email.getAttribute('aria-invalid')).toBe('true');

    // The same answer whether or not the email is an affiliate's.
    await email.fill('stranger@example.com');
    await send.click();
    await affiliate.getByRole('status').getByText(SIGN_IN_SENT).waitFor();
    await affiliate.goto(`${stack.webUrl}/affiliate`);
    await affiliate.getByLabel('Email address').fill(AFFILIATE.email);
    await affiliate.getByRole('button', { name: 'Email me a sign-in link' }).click();
    await affiliate.getByRole('status').getByText(SIGN_IN_SENT).waitFor();

    const link = await signInLinkFromOutbox(AFFILIATE.email);
    expect(new URL(link).origin).toBe(stack.webUrl);

    // Opening the link (as a mail scanner would, twice) signs no one in and uses nothing.
    await affiliate.goto(link);
    await affiliate.goto(link);
    await affiliate.getByRole('heading', { name: 'Sign in to your earnings' }).waitFor();
    await affiliate.getByRole('button', { name: 'Sign in' }).click();
    await waitForPage(affiliate, `${stack.webUrl}/affiliate`);

    await affiliate.getByRole('heading', { level: 1, name: `Hello, ${AFFILIATE.name}` }).waitFor();
    const session = (await affiliate.context().cookies()).find((c) => c.name === 'shelf_affiliate');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/affiliate' });
    expect(session!.expires).toBeGreaterThan(Date.now() / 1000);

    const stat = async (label: string) =>
      (
        await affiliate.locator('.stat').filter({ hasText: label }).locator('.stat-value').textContent()
      )?.trim();
    expect(await stat('Pending')).toBe('$14.70');
    expect(await stat('Clicks')).toBe('1');
    expect(await stat('Conversions')).toBe('1');
    expect(await stat('Conversion rate')).toBe('100%');

    const url = affiliate.getByRole('textbox', { name: `Link for ${AFFILIATE.code}` });
    expect(await url.inputValue()).toMatch(new RegExp(`^${stack.webUrl}/.*ref=${AFFILIATE.code}`, 'i'));
    expect(await url.getAttribute('readonly')).not.toBeNull();
    await affiliate.getByRole('button', { name: `Copy the link for ${AFFILIATE.code}` }).waitFor();

    const sales = affiliate.getByRole('table');
    const [header, sale] = await sales.getByRole('row').all();
    expect(await header!.getByRole('columnheader').allTextContents()).toEqual([
      'Date',
      'Product',
      'Amount',
      'Commission',
      'Status',
    ]);
    const cells = await sale!.getByRole('cell').allTextContents();
    expect(cells[0]).toMatch(/^\d{1,2} [A-Z][a-z]{2} \d{4}$/);
    expect(cells.slice(1)).toEqual(['Aurora UI Kit for Figma', '$49.00', '$14.70', 'Pending']);
    // Never the buyer's details.
    expect(await affiliate.locator('main').textContent()).not.toContain('buyer@example.com');

    await loadAllImages(affiliate);
    await affiliate.screenshot({ path: screenshotPath('affiliate-earnings.png'), fullPage: true });

    // The link worked once: a second sign-in with it is refused, with a way to ask for a new one.
    const other = await stack.newPage();
    await other.goto(link);
    await other.getByRole('button', { name: 'Sign in' }).click();
    await other.getByRole('heading', { name: 'This link no longer works' }).waitFor();
    await other.getByRole('link', { name: 'Email me a new link' }).waitFor();

    await affiliate.getByRole('button', { name: 'Sign out' }).click();
    await waitForPage(affiliate, `${stack.webUrl}/affiliate`);
    await affiliate.getByRole('button', { name: 'Email me a sign-in link' }).waitFor();
    expect((await affiliate.context().cookies()).find((c) => c.name === 'shelf_affiliate')).toBeUndefined();
  });

  it('exports the balances as CSV and records a payout once the refund window has passed', async () => {
    const csv = async () => {
      const response = await dashboard.request.get(`${stack.webUrl}/dashboard/affiliates/balances.csv`);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('text/csv; charset=utf-8');
      expect(response.headers()['content-disposition']).toMatch(
        /^attachment; filename="affiliate-balances-\d{4}-\d{2}-\d{2}\.csv"$/,
      );
      return response.text();
    };
    const header = 'affiliate_email,affiliate_name,currency,approved,owed_back,payable\r\n';
    // The sale's commission is still inside the refund window: nothing is payable yet.
    expect(await csv()).toBe(header);
    const anonymous = await fetch(`${stack.webUrl}/dashboard/affiliates/balances.csv`, {
      redirect: 'manual',
    });
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get('location')).toMatch(/^\/dashboard\/login\?redirectTo=/);

    // The refund window passes (the store approves due commission every few minutes).
    await stack.sql(
      "update commission set status = 'approved', approved_at = now(), available_at = now() where status = 'pending'",
    );
    expect(await csv()).toBe(`${header}${AFFILIATE.email},${AFFILIATE.name},USD,14.70,0.00,14.70\r\n`);

    await dashboard.reload();
    const balance = dashboard
      .getByRole('region', { name: 'Balances to pay' })
      .getByRole('listitem')
      .filter({ hasText: AFFILIATE.name });
    const form = balance.getByRole('form', { name: `Record a payout to ${AFFILIATE.name}` });
    const amount = form.getByLabel('Amount');
    expect(await amount.inputValue()).toBe('14.70');

    await amount.fill('20.00');
    await form.getByLabel('Method').fill('Bank transfer');
    await form.getByRole('button', { name: 'Record payout' }).click();
    await balance
      .getByRole('alert')
      .getByText(/payable balance is \$14\.70/)
      .waitFor();

    await amount.fill('10.00');
    await form.getByLabel('Reference (optional)').fill('T-1001');
    await form.getByRole('button', { name: 'Record payout' }).click();
    await dashboard
      .getByRole('region', { name: 'Balances to pay' })
      .getByRole('status')
      .getByText('Payout recorded.')
      .waitFor();
    // The form starts again from the new payable balance.
    await expect.poll(() => amount.inputValue()).toBe('4.70');
    expect(await form.getByLabel('Reference (optional)').inputValue()).toBe('');

    const card = dashboard
      .getByRole('region', { name: 'Affiliates and links' })
      .getByRole('listitem')
      .filter({ hasText: AFFILIATE.email });
    const total = (label: string) =>
      card.locator('dl.totals > div').filter({ hasText: label }).locator('dd').textContent();
    await expect.poll(() => total('Paid')).toBe('$10.00');
    expect(await total('Approved')).toBe('$4.70');
    expect(await total('Balance')).toBe('$4.70');
    expect(await csv()).toBe(`${header}${AFFILIATE.email},${AFFILIATE.name},USD,4.70,0.00,4.70\r\n`);
  });

  it('pauses, resumes and archives, and an archived code is remembered no more', async () => {
    const card = dashboard
      .getByRole('region', { name: 'Affiliates and links' })
      .getByRole('listitem')
      .filter({ hasText: AFFILIATE.email });
    await card.getByRole('button', { name: `Pause ${AFFILIATE.name}` }).click();
    await card.getByRole('button', { name: `Resume ${AFFILIATE.name}` }).click();
    await card.getByRole('button', { name: `Pause ${AFFILIATE.name}` }).waitFor();

    await card.getByRole('button', { name: `Archive link ${AFFILIATE.code}` }).click();
    const row = card.getByRole('row').filter({ hasText: AFFILIATE.code });
    await row.getByText(/^Archived \d{1,2} [A-Z][a-z]{2} \d{4}$/).waitFor();
    expect(await row.getByRole('button').count()).toBe(0);

    const shopper = await stack.newPage({ userAgent: DESKTOP_CHROME });
    const response = await shopper.goto(`${stack.webUrl}/products?ref=${AFFILIATE.code}`);
    expect(response?.status()).toBe(200);
    expect(await refCookie(shopper)).toBeUndefined();
  });

  it('pages an affiliate’s links on their card', async () => {
    // Twenty-five links newer than the first: more than the twenty a card shows.
    await stack.sql(
      `insert into affiliate_link (id, affiliate_id, code, commission_percent, created_at)
       select gen_random_uuid(), affiliate.id, 'extra-' || n, 20, now() + n * interval '1 second'
         from affiliate, generate_series(1, 25) as n
        where affiliate.email = ?`,
      [AFFILIATE.email],
    );
    await dashboard.goto(`${stack.webUrl}/dashboard/affiliates`);
    const card = dashboard
      .getByRole('region', { name: 'Affiliates and links' })
      .getByRole('listitem')
      .filter({ hasText: AFFILIATE.email });
    const codes = () => card.locator('tbody tr td:first-child').allTextContents();
    await card.getByText('26 links in all.').waitFor();
    expect(await codes()).toEqual(Array.from({ length: 20 }, (_, n) => `extra-${25 - n}`));

    await card.getByRole('link', { name: 'More links' }).click();
    await waitForPage(
      dashboard,
      /\/dashboard\/affiliates\?linksOf=[0-9a-f-]{36}&linksAfter=[\w-]+#affiliate-/,
    );
    await expect.poll(codes).toEqual(['extra-5', 'extra-4', 'extra-3', 'extra-2', 'extra-1', AFFILIATE.code]);
    expect(await card.getByRole('link', { name: 'More links' }).count()).toBe(0);

    await card.getByRole('link', { name: '← Newest links' }).click();
    await waitForPage(dashboard, /\/dashboard\/affiliates#affiliate-/);
    await expect.poll(async () => (await codes()).length).toBe(20);
  });

  it('refuses a dashboard form post from another site', async () => {
    const response = await fetch(`${stack.webUrl}/dashboard/logout`, {
      method: 'POST',
      headers: { Origin: 'https://evil.example', 'Content-Type': 'application/x-www-form-urlencoded' },
      body: '',
      redirect: 'manual',
    });
    expect(response.status).toBe(403);
  });
});
