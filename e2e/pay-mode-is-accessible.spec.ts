import { expect, test } from './fixtures.js';
import { axeViolations as violations } from './models/axe.js';
import { decideAndClose } from './models/checkout-page.js';

test('has no axe violations while listing the methods that can pay the invoice', async ({
  checkout,
  page,
}) => {
  await checkout.goto('popup', 'pay');
  expect(await violations(page)).toEqual([]);
});

test('has no axe violations after a declined payment', async ({ checkout, page }) => {
  await checkout.goto('popup', 'pay');
  await decideAndClose(await checkout.choose('PayPal'), 'Decline');
  await expect(checkout.shows('PayPal declined — try another')).toBeVisible();
  expect(await violations(page)).toEqual([]);
});

test('has no axe violations once the payment is authorized', async ({ checkout, page }) => {
  await checkout.goto('popup', 'pay');
  await decideAndClose(await checkout.choose('PayPal'), 'Approve');
  await expect(page.locator('#paid-status')).toHaveAttribute('data-status', 'authorized');
  expect(await violations(page)).toEqual([]);
});
