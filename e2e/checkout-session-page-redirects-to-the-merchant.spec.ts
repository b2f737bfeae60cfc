import { expect, test } from './fixtures.js';
import { DEMO_URL } from './playwright.config.js';

interface Session {
  id: string;
  url: string;
  status: string;
  customer_id: string;
  token_id: string;
}

/** A Smartpay-style token-mode checkout session, created by the merchant's server with the secret key. */
async function createSession(sandbox: import('./models/sandbox-api.js').SandboxApi) {
  const body = await sandbox.call<{ checkout_session: Session }>('POST', '/checkout-sessions', {
    mode: 'token',
    customer: { first_name: 'Ada', last_name: 'Lovelace', email: 'ada@example.com', currency: 'EUR' },
    success_url: `${DEMO_URL}/e2e/pages/blank.html?result=success`,
    cancel_url: `${DEMO_URL}/e2e/pages/blank.html?result=cancel`,
    locale: 'en',
  });
  return body.checkout_session;
}

test.describe('the hosted checkout-session page', () => {
  test('activates the token and lands the shopper on the success URL when they confirm', async ({
    page,
    sandbox,
  }) => {
    const session = await createSession(sandbox);
    expect(await sandbox.token(session.customer_id, session.token_id)).toMatchObject({
      is_chargeable: false,
    });

    await page.goto(session.url);
    await page.getByRole('radio', { name: 'PayPal' }).check();
    await page.getByRole('button', { name: 'Confirm', exact: true }).click();

    // The 303 crosses origins: the page's CSP form-action must allow the registered URL, or Chrome stops here.
    await page.waitForURL(/\/e2e\/pages\/blank\.html\?result=success/);
    expect(new URL(page.url()).searchParams.get('checkout_session_id')).toBe(session.id);
    expect(await sandbox.token(session.customer_id, session.token_id)).toMatchObject({
      type: 'gateway_token',
      is_chargeable: true,
    });
    const read = await sandbox.call<{ checkout_session: Session }>('GET', `/checkout-sessions/${session.id}`);
    expect(read.checkout_session.status).toBe('complete');
  });

  test('creates nothing and lands the shopper on the cancel URL when they cancel', async ({
    page,
    sandbox,
  }) => {
    const session = await createSession(sandbox);
    await page.goto(session.url);
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();

    await page.waitForURL(/\/e2e\/pages\/blank\.html\?result=cancel/);
    expect(await sandbox.token(session.customer_id, session.token_id)).toMatchObject({
      is_chargeable: false,
    });
    const again = await page.goto(session.url);
    expect(again?.status()).toBe(409);
  });
});
