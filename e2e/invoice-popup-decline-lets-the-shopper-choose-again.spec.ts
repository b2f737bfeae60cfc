import { expect, test } from './fixtures.js';
import { decideAndClose } from './models/checkout-page.js';

test('shows that the provider declined the payment and lets the shopper pay with another APM', async ({
  checkout,
  sandbox,
  page,
}) => {
  await checkout.goto('popup', 'pay');
  await decideAndClose(await checkout.choose('PayPal'), 'Decline');

  await expect(checkout.shows('PayPal declined — try another')).toBeVisible();
  await expect(checkout.method('PayPal')).toBeEnabled();
  await expect(checkout.method('Klarna')).toBeEnabled();
  await expect(checkout.paid).toBeHidden();
  const { id } = await checkout.merchantInvoice();
  // The decline failed the attempt; a failed invoice holds no money and can be paid again.
  expect(await sandbox.invoice(id)).toMatchObject({ status: 'failed' });

  await decideAndClose(await checkout.choose('Klarna'), 'Approve');
  await expect(page.locator('#paid-status')).toHaveAttribute('data-status', 'authorized');
  await expect(page.locator('#paid-method')).toHaveText('Klarna');
  await expect(page.locator('#paid-invoice-id')).toHaveText(id);
  expect(await sandbox.invoice(id)).toMatchObject({ status: 'authorized' });
});

test('lets the shopper choose again after canceling the payment popup', async ({ checkout, sandbox }) => {
  await checkout.goto('popup', 'pay');
  await decideAndClose(await checkout.choose('iDEAL'), 'Cancel');

  await expect(checkout.widget.getByText(/canceled/i).first()).toBeVisible();
  await expect(checkout.method('iDEAL')).toBeEnabled();
  await expect(checkout.paid).toBeHidden();
  const { id } = await checkout.merchantInvoice();
  expect(await sandbox.invoice(id)).toMatchObject({ status: 'pending' });
});
