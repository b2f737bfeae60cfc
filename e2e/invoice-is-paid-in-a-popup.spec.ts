import { expect, test } from './fixtures.js';
import { decideAndClose } from './models/checkout-page.js';

test('authorizes the invoice when the shopper approves in the popup', async ({ checkout, sandbox, page }) => {
  await checkout.goto('popup', 'pay');
  await expect(checkout.flowOption('Pay now')).toBeChecked();
  await expect(checkout.dueToday).toHaveText('€24.00');
  // The drop-in names the invoice's amount (from the sandbox's list), and the waiting panel says what is paid.
  await expect(checkout.shows('Total: €24.00')).toBeVisible();

  const popup = await checkout.choose('PayPal');
  await expect(checkout.shows('Continue in the PayPal window to pay €24.00')).toBeVisible();
  await expect(checkout.announcement).toHaveText('Continue in the PayPal window to pay €24.00');
  await expect(popup.getByText('€24.00 to Northwind Coffee.')).toBeVisible();
  await decideAndClose(popup, 'Approve');

  await expect(checkout.paid.getByRole('heading', { name: 'Payment authorized' })).toBeFocused();
  await expect(page.locator('#paid-status')).toHaveAttribute('data-status', 'authorized');
  await expect(page.locator('#paid-amount')).toHaveText('€24.00');
  await expect(page.locator('#paid-method')).toHaveText('PayPal');

  const { id } = await checkout.merchantInvoice();
  await expect(page.locator('#paid-invoice-id')).toHaveText(id);
  expect(await sandbox.invoice(id)).toMatchObject({
    status: 'authorized',
    amount: '24.00',
    currency: 'EUR',
    transaction: { status: 'authorized', authorized_amount: '24.00' },
  });
});

test('switches between saving and paying, and keeps the choice and the invoice on reload', async ({
  checkout,
  page,
}) => {
  await checkout.goto('popup');
  await expect(checkout.flowOption('Save for later')).toBeChecked();
  await expect(checkout.dueToday).toHaveText('€0.00');

  await checkout.flowOption('Pay now').check();
  await expect(page).toHaveURL(/[?&]flow=pay/);
  await expect(checkout.dueToday).toHaveText('€24.00');
  await expect(checkout.method('iDEAL')).toBeVisible();
  const invoice = await checkout.merchantInvoice();

  await page.reload();
  await expect(checkout.flowOption('Pay now')).toBeChecked();
  await expect(checkout.method('PayPal')).toBeVisible();
  expect((await checkout.merchantInvoice()).id).toBe(invoice.id);

  await checkout.flowOption('Save for later').check();
  await expect(checkout.dueToday).toHaveText('€0.00');
  await expect(checkout.method('iDEAL')).toBeHidden();
  await expect(checkout.method('PayPal')).toBeVisible();
  // Saving pays nothing: no amount in the drop-in, and its waiting panel says what it always said.
  await expect(checkout.shows(/Total/)).toBeHidden();
  await checkout.choose('PayPal');
  await expect(checkout.announcement).toHaveText('Continue in the PayPal window');
});
