import { expect, test } from './fixtures.js';
import { decide, decideAndClose } from './models/checkout-page.js';
import { DEMO_PORT, DEMO_URL, SANDBOX_URL } from './playwright.config.js';

const host = (framePath: string) =>
  `http://shop.test:${DEMO_PORT}/e2e/pages/iframe-host.html?frame=${encodeURIComponent(framePath)}`;

test('completes the popup flow from inside a cross-origin iframe', async ({ page, sandbox }) => {
  await page.goto(host('/e2e/pages/widget.html?mode=popup'));
  const frame = page.frameLocator('#checkout');
  const popup = page.waitForEvent('popup');
  await frame.getByRole('button', { name: 'PayPal', exact: true }).click();
  await decideAndClose(await popup, 'Approve');

  const result = frame.locator('#result');
  await expect(result).toHaveText(/^token gway_req_[\w-]+$/);
  const token = (await result.textContent())?.replace('token ', '') ?? '';
  const customerId = (await result.getAttribute('data-customer-id')) ?? '';
  const tokenId = (await result.getAttribute('data-token-id')) ?? '';
  expect(await sandbox.saveToken(customerId, tokenId, token)).toMatchObject({
    type: 'gateway_token',
    is_chargeable: true,
  });
});

test('navigates the top window, not the iframe, to the provider in redirect mode', async ({ page }) => {
  await page.goto(host('/e2e/pages/widget.html?mode=redirect'));
  const frame = page.frameLocator('#checkout');
  await frame.getByRole('button', { name: 'PayPal', exact: true }).click();

  await page.waitForURL(`${SANDBOX_URL}/checkout/**`);
  await expect(page.getByRole('button', { name: 'Approve', exact: true })).toBeVisible();
  expect(page.frames()).toHaveLength(1);
});

test('reports an unknown state, not a stuck page, when the return leg leaves the frame’s storage partition', async ({
  page,
  checkout,
}) => {
  // The pending state was stored by the frame, in storage partitioned under shop.test; the
  // provider returns to the merchant's top-level page, which cannot see that partition.
  await page.goto(host('/e2e/pages/widget.html?mode=redirect'));
  await page.frameLocator('#checkout').getByRole('button', { name: 'PayPal', exact: true }).click();
  await page.waitForURL(`${SANDBOX_URL}/checkout/**`);
  await decide(page, 'Approve');

  await page.waitForURL(`${DEMO_URL}/?*`, { waitUntil: 'commit' });
  await expect(checkout.notice).toHaveText('Unknown or expired state');
  await expect(checkout.method('PayPal')).toBeEnabled();
  await expect(checkout.saved).toBeHidden();
  expect(new URL(page.url()).searchParams.has('token')).toBe(false);
});
