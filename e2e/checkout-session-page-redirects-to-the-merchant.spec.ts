import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';
import { decideAndClose } from './models/checkout-page.js';
import type { SandboxApi } from './models/sandbox-api.js';
import { DEMO_URL } from './playwright.config.js';

interface Session {
  id: string;
  url: string;
  status: string;
  customer_id: string;
  token_id: string;
  invoice_id: string | null;
}

const SUCCESS = `${DEMO_URL}/e2e/pages/blank.html?result=success`;
const CANCEL = `${DEMO_URL}/e2e/pages/blank.html?result=cancel`;

/** A Smartpay-style checkout session, created by the merchant's server with the secret key. */
async function createSession(sandbox: SandboxApi, fields: Record<string, unknown> = {}) {
  const body = await sandbox.call<{ checkout_session: Session }>('POST', '/checkout-sessions', {
    mode: 'token',
    customer: { first_name: 'Ada', last_name: 'Lovelace', email: 'ada@example.com', currency: 'EUR' },
    success_url: SUCCESS,
    cancel_url: CANCEL,
    locale: 'en',
    ...fields,
  });
  return body.checkout_session;
}

/** Every Content-Security-Policy violation the page reports (the page's policy is strict). */
function violations(page: Page): string[] {
  const seen: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) seen.push(message.text());
  });
  return seen;
}

/** The drop-in on the session page: pick an APM, approve in its window, then Confirm. */
async function payOnTheDropIn(page: Page, apm: string) {
  const dropIn = page.locator('#paydrop-session');
  const confirm = page.getByRole('button', { name: 'Confirm', exact: true });
  await expect(confirm).toBeDisabled();
  const popup = page.waitForEvent('popup');
  await dropIn.getByRole('button', { name: apm, exact: true }).click();
  await decideAndClose(await popup, 'Approve');
  await expect(page.getByText(`${apm} approved. Confirm to finish.`)).toBeVisible();
  await expect(confirm).toBeFocused();
  await confirm.click();
}

test.describe('the hosted checkout-session page, built on the drop-in', () => {
  test('token mode: the shopper chooses an APM in the drop-in, approves, confirms; the token is active and listed', async ({
    page,
    sandbox,
  }) => {
    const csp = violations(page);
    const session = await createSession(sandbox);
    expect(await sandbox.token(session.customer_id, session.token_id)).toMatchObject({
      is_chargeable: false,
    });

    await page.goto(session.url);
    // The drop-in replaced the plain list of radio buttons.
    await expect(page.getByRole('radio')).toHaveCount(0);
    await payOnTheDropIn(page, 'Klarna');

    // The 303 crosses origins: the page's CSP form-action must allow the registered URL, or Chrome stops here.
    await page.waitForURL(/\/e2e\/pages\/blank\.html\?result=success/);
    expect(new URL(page.url()).searchParams.get('checkout_session_id')).toBe(session.id);
    const list = await sandbox.call<{ tokens: Record<string, unknown>[] }>(
      'GET',
      `/customers/${session.customer_id}/tokens`,
    );
    expect(list.tokens).toContainEqual(
      expect.objectContaining({ id: session.token_id, type: 'gateway_token', is_chargeable: true }),
    );
    const read = await sandbox.call<{ checkout_session: Session & { gateway_configuration_id: string } }>(
      'GET',
      `/checkout-sessions/${session.id}`,
    );
    expect(read.checkout_session.status).toBe('complete');
    expect(read.checkout_session.gateway_configuration_id).toBe(
      (await sandbox.token(session.customer_id, session.token_id)).gateway_configuration_id,
    );
    expect(csp).toEqual([]);
  });

  test('payment mode: the invoice is authorized through the APM flow on the drop-in', async ({
    page,
    sandbox,
  }) => {
    const csp = violations(page);
    const customer = (
      await sandbox.call<{ customer: { id: string } }>('POST', '/customers', {
        first_name: 'Ada',
        currency: 'EUR',
      })
    ).customer;
    const invoice = (
      await sandbox.call<{ invoice: { id: string } }>('POST', '/invoices', {
        name: 'Single-origin club',
        amount: '24.00',
        currency: 'EUR',
        customer_id: customer.id,
        return_url: `${DEMO_URL}/`,
      })
    ).invoice;
    const session = await createSession(sandbox, {
      mode: 'payment',
      invoice_id: invoice.id,
      customer: null,
      customer_id: customer.id,
    });
    await page.goto(session.url);
    await expect(page.getByRole('heading', { name: 'Pay €24.00' })).toBeVisible();
    await payOnTheDropIn(page, 'PayPal');
    await page.waitForURL(/\/e2e\/pages\/blank\.html\?result=success/);
    expect(await sandbox.invoice(invoice.id)).toMatchObject({
      status: 'authorized',
      transaction: { authorized_amount: '24.00' },
    });
    expect(csp).toEqual([]);
  });

  test('creates nothing and lands the shopper on the cancel URL when they cancel', async ({
    page,
    sandbox,
  }) => {
    const session = await createSession(sandbox);
    await page.goto(session.url);
    await expect(
      page.locator('#paydrop-session').getByRole('button', { name: 'PayPal', exact: true }),
    ).toBeVisible();
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();

    await page.waitForURL(/\/e2e\/pages\/blank\.html\?result=cancel/);
    expect(await sandbox.token(session.customer_id, session.token_id)).toMatchObject({
      type: 'pending',
      is_chargeable: false,
    });
    const read = await sandbox.call<{ checkout_session: Session }>('GET', `/checkout-sessions/${session.id}`);
    expect(read.checkout_session.status).toBe('canceled');
    const again = await page.goto(session.url);
    expect(again?.status()).toBe(409);
  });
});
