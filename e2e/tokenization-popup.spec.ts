import { expect, test } from './fixtures.js';
import { decideAndClose } from './models/checkout-page.js';

test.describe('APM tokenization in a popup', () => {
  test('saves a chargeable customer token after the shopper approves', async ({
    checkout,
    sandbox,
    page,
  }) => {
    await checkout.goto('popup');
    const popup = await checkout.choose('PayPal');
    await expect(popup.getByRole('button', { name: 'Approve', exact: true })).toBeVisible();
    await decideAndClose(popup, 'Approve');

    await expect(checkout.saved.getByRole('heading', { name: 'Payment method saved' })).toBeVisible();
    await expect(page.locator('#saved-verification')).toHaveAttribute('data-status', 'success');
    await expect(page.locator('#saved-chargeable')).toHaveAttribute('data-status', 'yes');

    const { id, customer_id } = await checkout.merchantToken();
    const token = await sandbox.token(customer_id, id);
    expect(token).toMatchObject({
      type: 'gateway_token',
      is_chargeable: true,
      verification_status: 'success',
    });
    await expect(page.locator('#saved-token-id')).toHaveText(id);
  });

  test('lets the shopper choose again after canceling in the popup', async ({ checkout, sandbox }) => {
    await checkout.goto('popup');
    const popup = await checkout.choose('PayPal');
    await decideAndClose(popup, 'Cancel');

    await expect(checkout.widget.getByText(/canceled/i).first()).toBeVisible();
    await expect(checkout.method('PayPal')).toBeEnabled();
    await expect(checkout.saved).toBeHidden();
    const { id, customer_id } = await checkout.merchantToken();
    expect(await sandbox.token(customer_id, id)).toMatchObject({ type: 'pending', is_chargeable: false });
  });

  test('treats a popup the shopper closes as a cancel', async ({ checkout }) => {
    await checkout.goto('popup');
    const popup = await checkout.choose('PayPal');
    await popup.close();

    // The page's pagehide beacon tells the relay; the widget asks it at once and then after 1, 2, 4 s.
    // Under load the beacon can land after the first asks, so allow the back-off's next step.
    await expect(checkout.widget.getByText(/canceled/i).first()).toBeVisible({ timeout: 15_000 });
    await expect(checkout.method('PayPal')).toBeEnabled();
  });
});
