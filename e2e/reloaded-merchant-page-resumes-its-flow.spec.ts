import { expect, test } from './fixtures.js';
import { decide, decideAndClose } from './models/checkout-page.js';

/**
 * The merchant page is reloaded while the provider window is still open (popup, or popup behind COOP):
 * the reloaded drop-in finds the flow of its customer and token in this browser's storage, waits for it
 * with Cancel, and takes the approval made in the window that stayed open: saved once, and shown.
 */
for (const coop of [false, true]) {
  test(`a merchant page reloaded mid-flow resumes it, and the approval in the open window is saved once${coop ? ' (provider page behind COOP)' : ''}`, async ({
    checkout,
    sandbox,
    page,
  }) => {
    await checkout.goto('popup');
    if (coop) await checkout.providerHabits({ coop: true });
    const popup = await checkout.choose('PayPal');
    await expect(popup.getByRole('button', { name: 'Approve', exact: true })).toBeVisible();

    await page.reload();
    await expect(checkout.waiting('PayPal')).toBeVisible();
    await expect(checkout.widget.getByRole('button', { name: 'Cancel' })).toBeEnabled();

    // Behind COOP the window goes to the return page instead of posting a message and closing.
    await (coop ? decide(popup, 'Approve') : decideAndClose(popup, 'Approve'));
    await expect(page.locator('#saved-verification')).toHaveAttribute('data-status', 'success');
    const { id, customer_id } = await checkout.savedToken();
    expect(await sandbox.token(customer_id, id)).toMatchObject({
      type: 'gateway_token',
      is_chargeable: true,
    });
    if (coop) await checkout.providerHabits({ coop: false });
  });
}
