import { expect, test } from './fixtures.js';
import { decide } from './models/checkout-page.js';
import { DEMO_URL, SANDBOX_URL } from './playwright.config.js';

/**
 * One click, one flow. The provider page is held back a moment (as a slow network would), so the page
 * is still on "Redirecting…" when the second click of the double click lands where the method was: on
 * the Cancel that just appeared there. Before the fix that Cancel stopped the navigation and the
 * shopper never reached the provider.
 */
test('a double click on a method in redirect mode reaches the provider, and its approval is saved', async ({
  checkout,
  sandbox,
  page,
}) => {
  await checkout.goto('redirect');
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(`${SANDBOX_URL}/checkout/**`, async (route) => {
    if (route.request().isNavigationRequest()) await held;
    await route.continue();
  });
  const method = checkout.method('PayPal');
  const box = await method.boundingBox();
  if (!box) throw new Error('PayPal is not on screen');
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2, { clickCount: 2 });
  // Both clicks are in; the page is on "Redirecting…" with its Cancel, the provider page still on its way.
  await page.waitForTimeout(500);
  release();
  await page.waitForURL(`${SANDBOX_URL}/checkout/**`);
  await decide(page, 'Approve');
  await page.waitForURL(`${DEMO_URL}/?*`, { waitUntil: 'commit' });
  await expect(page.locator('#saved-verification')).toHaveAttribute('data-status', 'success');
  const { id, customer_id } = await checkout.savedToken();
  expect(await sandbox.token(customer_id, id)).toMatchObject({ type: 'gateway_token', is_chargeable: true });
});
