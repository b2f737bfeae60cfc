import { expect, test } from './fixtures.js';
import { decideAndClose } from './models/checkout-page.js';

test('shows a pending payment after an async approval, then the authorization', async ({
  checkout,
  sandbox,
  page,
}) => {
  await checkout.goto('popup', 'pay');
  await decideAndClose(await checkout.choose('Klarna'), 'Approve (async)');

  await expect(checkout.paid.getByRole('heading', { name: 'Payment pending' })).toBeVisible();
  // Words for the shopper, the raw status for developers.
  await expect(page.locator('#paid-status')).toHaveText('Awaiting authorization');
  await expect(page.locator('#paid-status')).toHaveAttribute('data-status', 'authorization-pending');
  // The sandbox settles after PAYDROP_ASYNC_VERIFY_MS (1.5 s in e2e); the page polls the merchant server.
  await expect(page.locator('#paid-status')).toHaveAttribute('data-status', 'authorized', {
    timeout: 10_000,
  });
  await expect(page.locator('#paid-status')).toHaveText('Authorized');
  await expect(checkout.paid.getByRole('heading', { name: 'Payment authorized' })).toBeVisible();
  const { id } = await checkout.merchantInvoice();
  expect(await sandbox.invoice(id)).toMatchObject({ status: 'authorized' });
});

test('shows a failed payment when the async approval fails, and the same invoice is paid on the new try', async ({
  checkout,
  page,
  sandbox,
}) => {
  await checkout.goto('popup', 'pay');
  const first = await checkout.merchantInvoice();
  await decideAndClose(await checkout.choose('Bancontact'), 'Approve (async)');

  await expect(page.locator('#paid-status')).toHaveAttribute('data-status', 'failed', { timeout: 10_000 });
  await expect(page.locator('#paid-status')).toHaveText('Failed');
  await expect(checkout.paid.getByRole('heading', { name: 'Payment failed' })).toBeVisible();
  await checkout.paid.getByRole('button', { name: 'Try another method' }).click();
  await expect(checkout.method('PayPal')).toBeEnabled();
  // A failed invoice holds no money: the merchant keeps it and the shopper pays it with another APM.
  expect((await checkout.merchantInvoice()).id).toBe(first.id);
  await decideAndClose(await checkout.choose('PayPal'), 'Approve');
  await expect(page.locator('#paid-status')).toHaveAttribute('data-status', 'authorized');
  expect(await sandbox.invoice(first.id)).toMatchObject({ status: 'authorized' });
});
