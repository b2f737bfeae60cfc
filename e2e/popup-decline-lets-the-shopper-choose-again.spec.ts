import { expect, test } from './fixtures.js';
import { decideAndClose } from './models/checkout-page.js';

test('shows that the provider declined and lets the shopper choose again', async ({
  checkout,
  sandbox,
  page,
}) => {
  await checkout.goto('popup');
  const declined = await checkout.choose('PayPal');
  await decideAndClose(declined, 'Decline');

  await expect(checkout.shows('PayPal declined — try another')).toBeVisible();
  await expect(checkout.announcement).toHaveText('PayPal declined — try another');
  await expect(checkout.method('PayPal')).toBeEnabled();
  await expect(checkout.method('Klarna')).toBeEnabled();
  await expect(checkout.saved).toBeHidden();
  const { id, customer_id } = await checkout.merchantToken();
  expect(await sandbox.token(customer_id, id)).toMatchObject({
    type: 'pending',
    is_chargeable: false,
    verification_status: 'failed',
  });

  // The second choice goes through.
  const approved = await checkout.choose('Klarna');
  await decideAndClose(approved, 'Approve');
  await expect(page.locator('#saved-verification')).toHaveAttribute('data-status', 'success');
  await expect(page.locator('#saved-method')).toHaveText('Klarna');
  expect(await sandbox.token(customer_id, id)).toMatchObject({ type: 'gateway_token', is_chargeable: true });
});
