import { expect, test } from './fixtures.js';
import { decide } from './models/checkout-page.js';
import { SANDBOX_URL } from './playwright.config.js';

/**
 * The sandbox's hosted page sends a real `Cross-Origin-Opener-Policy: same-origin` (set with the demo page's
 * "Sandbox" control): the merchant tab reads the popup as closed at once and gets no message from it.
 */
test.describe('a popup whose provider page sends Cross-Origin-Opener-Policy', () => {
  test('the demo control makes the hosted page send the header; an approval is saved', async ({
    checkout,
    sandbox,
    page,
  }) => {
    await checkout.goto('popup');
    await checkout.providerHabits({ coop: true, closeWithoutMessage: false });
    // The control's choice survives a reload: the sandbox answers it from its cookie.
    await page.reload();
    await expect(page.getByLabel('Sends Cross-Origin-Opener-Policy')).toBeChecked();

    const hostedPage = page
      .context()
      .waitForEvent(
        'response',
        (r) => r.url().startsWith(`${SANDBOX_URL}/checkout/`) && r.request().isNavigationRequest(),
      );
    const popup = await checkout.choose('PayPal');
    expect(await (await hostedPage).headerValue('cross-origin-opener-policy')).toBe('same-origin');
    await expect(popup.getByRole('button', { name: 'Approve', exact: true })).toBeVisible();
    expect(await popup.evaluate(() => window.opener), 'no opener behind COOP').toBeNull();
    // Reads closed at once, yet the widget waits: it is no cancel.
    await expect(checkout.waiting('PayPal')).toBeVisible();
    await expect(checkout.widget.getByRole('button', { name: 'Cancel' })).toBeEnabled();
    await expect(checkout.shows(/canceled/i)).toHaveCount(0);

    await decide(popup, 'Approve');
    await expect(page.locator('#saved-verification')).toHaveAttribute('data-status', 'success');
    await expect(page.locator('#saved-method')).toHaveText('PayPal');
    const { id, customer_id } = await checkout.savedToken();
    expect(await sandbox.token(customer_id, id)).toMatchObject({
      type: 'gateway_token',
      is_chargeable: true,
    });
  });
});
