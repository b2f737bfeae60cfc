import { expect, test } from './fixtures.js';
import { axeViolations as violations } from './models/axe.js';
import { decideAndClose } from './models/checkout-page.js';

test('has no axe violations while listing the payment methods', async ({ checkout, page }) => {
  await checkout.goto('popup');
  expect(await violations(page)).toEqual([]);
});

test('has no axe violations after a decline notice', async ({ checkout, page }) => {
  await checkout.goto('popup');
  await decideAndClose(await checkout.choose('PayPal'), 'Decline');
  await expect(checkout.shows('PayPal declined — try another')).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('has no axe violations once the payment method is saved', async ({ checkout, page }) => {
  await checkout.goto('popup');
  await decideAndClose(await checkout.choose('PayPal'), 'Approve');
  await expect(page.locator('#saved-verification')).toHaveText('success');
  expect(await violations(page)).toEqual([]);
});
