import { expect, test } from './fixtures.js';
import { decide } from './models/checkout-page.js';
import { DEMO_URL } from './playwright.config.js';

test('saves the token when the shopper comes back from a full-page redirect', async ({
  checkout,
  sandbox,
  page,
}) => {
  await checkout.goto('redirect');
  await checkout.chooseAndLeave('PayPal');
  await decide(page, 'Approve');

  await page.waitForURL(`${DEMO_URL}/?*`, { waitUntil: 'commit' });
  await expect(page.locator('#saved-verification')).toHaveAttribute('data-status', 'success');
  await expect(page.locator('#saved-chargeable')).toHaveAttribute('data-status', 'yes');
  await expect(page.locator('#saved-method')).toHaveText('PayPal');

  // handleReturn() removed the result from the address bar, so a reload cannot replay it.
  const query = new URL(page.url()).searchParams;
  for (const name of ['token', 'state', 'customer_id', 'token_id', 'error_code']) {
    expect(query.has(name), `?${name} left in ${page.url()}`).toBe(false);
  }
  const { id, customer_id } = await checkout.merchantToken();
  expect(await sandbox.token(customer_id, id)).toMatchObject({
    type: 'gateway_token',
    is_chargeable: true,
    verification_status: 'success',
  });
});

test('lets the shopper choose again after canceling on the provider page', async ({ checkout, page }) => {
  await checkout.goto('redirect');
  await checkout.chooseAndLeave('PayPal');
  await decide(page, 'Cancel');

  await page.waitForURL(`${DEMO_URL}/?*`, { waitUntil: 'commit' });
  await expect(checkout.widget.getByText('You canceled — choose a payment method').first()).toBeVisible();
  await expect(checkout.method('PayPal')).toBeEnabled();
  await expect(checkout.saved).toBeHidden();
  expect(new URL(page.url()).searchParams.has('error_code')).toBe(false);
});

test('a decline after a full-page redirect is said in words on the whole page, never as a raw code', async ({
  checkout,
  page,
}) => {
  await checkout.goto('redirect', 'pay');
  await checkout.chooseAndLeave('PayPal');
  await decide(page, 'Decline');

  await page.waitForURL(`${DEMO_URL}/?*`, { waitUntil: 'commit' });
  await expect(checkout.shows('PayPal declined — try another')).toBeVisible();
  await expect(checkout.method('PayPal')).toBeEnabled();
  // Neither the merchant's page nor the drop-in shows the error's code or its developer message (issue 14).
  await expect(page.locator('body')).not.toContainText(/Provider error|gateway\.declined/);
  await expect(checkout.widget).not.toContainText(/gateway\.declined/);
  await expect(checkout.notice).toBeHidden();
});
