import { expect, test } from './fixtures.js';
import { axeViolations as violations } from './models/axe.js';
import { decideAndClose } from './models/checkout-page.js';
import { savePayPal, signIn } from './models/shopper.js';

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
  await expect(page.locator('#saved-verification')).toHaveAttribute('data-status', 'success');
  expect(await violations(page)).toEqual([]);
});

test('has no axe violations with saved methods listed, and in the remove confirmation', async ({
  checkout,
  page,
}) => {
  await signIn(page, 'grace');
  await savePayPal(checkout);
  await checkout.goto('popup', 'pay');
  const saved = checkout.widget.getByRole('group', { name: 'Your saved methods' });
  await expect(saved.getByRole('button', { name: 'PayPal g…@example.com', exact: true })).toBeVisible();
  expect(await violations(page)).toEqual([]);
  await saved.getByRole('button', { name: 'Remove PayPal g…@example.com' }).click();
  await expect(saved.getByRole('button', { name: 'Keep' })).toBeFocused();
  expect(await violations(page)).toEqual([]);
});
