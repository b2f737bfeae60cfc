import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.js';
import { decideAndClose } from './models/checkout-page.js';

/** axe-core walks open shadow roots, so the drop-in inside #paydrop is checked too. */
async function violations(page: import('@playwright/test').Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target) }));
}

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
  await expect(page.locator('#paid-status')).toHaveText('authorized');
  expect(await violations(page)).toEqual([]);
});
