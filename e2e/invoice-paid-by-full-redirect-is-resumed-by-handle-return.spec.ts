import { expect, test } from './fixtures.js';
import { decide } from './models/checkout-page.js';
import { DEMO_URL } from './playwright.config.js';

test('authorizes the invoice when the shopper comes back from a full-page redirect', async ({
  checkout,
  sandbox,
  page,
}) => {
  await checkout.goto('redirect', 'pay');
  const { id } = await checkout.merchantInvoice();
  await checkout.chooseAndLeave('PayPal');
  expect(page.url()).toContain(`/${id}/redirect/`);
  await decide(page, 'Approve');

  await page.waitForURL(`${DEMO_URL}/?*`, { waitUntil: 'commit' });
  await expect(page.locator('#paid-status')).toHaveAttribute('data-status', 'authorized');
  await expect(page.locator('#paid-invoice-id')).toHaveText(id);
  await expect(page.locator('#paid-method')).toHaveText('PayPal');
  await expect(checkout.flowOption('Pay now')).toBeChecked();
  await expect(checkout.dueToday).toHaveText('€24.00');

  // handleReturn() removed the result from the address bar; the page keeps the flow instead.
  const query = new URL(page.url()).searchParams;
  for (const name of ['token', 'state', 'invoice_id', 'error_code']) {
    expect(query.has(name), `?${name} left in ${page.url()}`).toBe(false);
  }
  expect(query.get('flow')).toBe('pay');
  expect(await sandbox.invoice(id)).toMatchObject({ status: 'authorized' });
});

test('lets the shopper pay again after canceling on the provider page', async ({
  checkout,
  sandbox,
  page,
}) => {
  await checkout.goto('redirect', 'pay');
  const { id } = await checkout.merchantInvoice();
  await checkout.chooseAndLeave('Bancontact');
  await decide(page, 'Cancel');

  await page.waitForURL(`${DEMO_URL}/?*`, { waitUntil: 'commit' });
  await expect(checkout.widget.getByText('You canceled — choose a payment method').first()).toBeVisible();
  await expect(checkout.method('Bancontact')).toBeEnabled();
  await expect(checkout.flowOption('Pay now')).toBeChecked();
  await expect(checkout.paid).toBeHidden();
  // The unpaid invoice is reused, not replaced.
  expect((await checkout.merchantInvoice()).id).toBe(id);
  expect(await sandbox.invoice(id)).toMatchObject({ status: 'pending' });
});
