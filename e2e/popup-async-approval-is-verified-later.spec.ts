import { expect, test } from './fixtures.js';
import { decideAndClose } from './models/checkout-page.js';

test('shows a pending verification after an async approval, then success', async ({
  checkout,
  sandbox,
  page,
}) => {
  await checkout.goto('popup');
  const popup = await checkout.choose('PayPal');
  await decideAndClose(popup, 'Approve (async)');

  await expect(checkout.saved.getByRole('heading', { name: 'Payment method saved' })).toBeVisible();
  await expect(page.locator('#saved-verification')).toHaveAttribute('data-status', 'pending');
  await expect(page.locator('#saved-verification')).toHaveText('Being verified');
  await expect(page.locator('#saved-chargeable')).toHaveAttribute('data-status', 'no');
  await expect(page.locator('#saved-chargeable')).toHaveText('Not yet');
  // No green tick over a verification still pending.
  await expect(
    checkout.saved.getByRole('heading', { name: 'Payment method saved, being verified' }),
  ).toBeVisible();
  await expect(page.locator('#saved-check')).toHaveClass('check pending');

  // PAYDROP_ASYNC_VERIFY_MS is 1500 in the e2e config; the demo page polls every second.
  await expect(page.locator('#saved-verification')).toHaveAttribute('data-status', 'success');
  await expect(page.locator('#saved-verification')).toHaveText('Verified');
  await expect(page.locator('#saved-chargeable')).toHaveText('Yes');
  await expect(page.locator('#saved-check')).toHaveClass('check success');
  const { id, customer_id } = await checkout.merchantToken();
  expect(await sandbox.token(customer_id, id)).toMatchObject({
    verification_status: 'success',
    is_chargeable: true,
  });
});
