import type { Locator, Page } from '@playwright/test';
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
  await expect(page.locator('#saved-verification')).toHaveAttribute('data-status', 'success');
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

/** Presses Tab until `target` has the focus (at most `limit` times), as a keyboard-only shopper does. */
async function tabTo(page: Page, target: Locator, limit = 40) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((element) => (element.getRootNode() as Document).activeElement === element))
      return;
    await page.keyboard.press('Tab');
  }
  throw new Error('Tab never reached the target');
}

test('runs a whole flow with the keyboard only: Space starts, Escape cancels, Enter starts again, Approve by keyboard', async ({
  checkout,
  page,
}) => {
  await checkout.goto('popup');
  // Every text the live region takes, in order, once per change.
  await checkout.widget.locator('[role=status]').evaluate((region) => {
    const said: string[] = [];
    (window as unknown as { said: string[] }).said = said;
    new MutationObserver(() => {
      const text = region.textContent ?? '';
      if (text && text !== said.at(-1)) said.push(text);
    }).observe(region, { childList: true, characterData: true, subtree: true });
  });
  const paypal = checkout.method('PayPal');
  await tabTo(page, paypal);

  const first = page.waitForEvent('popup');
  await page.keyboard.press('Space');
  await first;
  await expect(checkout.waiting('PayPal')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(checkout.shows('You canceled — choose a payment method')).toBeVisible();
  await expect(paypal).toBeFocused();

  const second = page.waitForEvent('popup');
  await page.keyboard.press('Enter');
  const popup = await second;
  const approve = popup.getByRole('button', { name: 'Approve', exact: true });
  await approve.waitFor();
  await tabTo(popup, approve);
  const closed = popup.waitForEvent('close');
  await popup.keyboard.press('Enter');
  await closed;
  await expect(page.locator('#saved-verification')).toHaveAttribute('data-status', 'success');

  const said = await page.evaluate(() => (window as unknown as { said: string[] }).said);
  expect(said).toEqual([
    'Continue in the PayPal window',
    'You canceled — choose a payment method',
    'Continue in the PayPal window',
    'PayPal connected',
  ]);
});
