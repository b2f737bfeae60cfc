import { expect, test } from './fixtures.js';
import { decideAndClose } from './models/checkout-page.js';
import { blockFirstPopup } from './models/popup-blocker.js';

test('keeps the focus on the chosen method through a popup the shopper cancels', async ({
  checkout,
  page,
}) => {
  await checkout.goto('popup');
  const paypal = checkout.method('PayPal');
  await paypal.focus();
  const popup = page.waitForEvent('popup');
  await page.keyboard.press('Enter');
  await expect(checkout.waiting('PayPal')).toBeVisible();
  await decideAndClose(await popup, 'Cancel');

  await expect(checkout.shows('You canceled — choose a payment method')).toBeVisible();
  await expect(paypal).toBeFocused();
  // From there the keyboard goes on down the list.
  await page.keyboard.press('Tab');
  await expect(checkout.method('Klarna')).toBeFocused();
});

test('moves the focus to Continue after a blocked popup, and Enter there opens it', async ({
  checkout,
  page,
}) => {
  await blockFirstPopup(page);
  await checkout.goto('popup');
  await checkout.method('PayPal').focus();
  await page.keyboard.press('Enter');

  const next = checkout.continueButton('PayPal');
  await expect(next).toBeFocused();
  const popup = page.waitForEvent('popup');
  await page.keyboard.press('Enter');
  await decideAndClose(await popup, 'Approve');
  await expect(page.locator('#saved-verification')).toHaveText('success');
});

test('gives the focus back to the list after Cancel in the drop-in', async ({ checkout, page }) => {
  await checkout.goto('popup');
  await checkout.method('PayPal').focus();
  const popup = page.waitForEvent('popup');
  await page.keyboard.press('Enter');
  await popup;
  const cancel = checkout.widget.getByRole('button', { name: 'Cancel', exact: true });
  await cancel.focus();
  await page.keyboard.press('Enter');

  await expect(checkout.shows('You canceled — choose a payment method')).toBeVisible();
  await expect(checkout.method('PayPal')).toBeFocused();
});
