import { expect, test } from './fixtures.js';
import { decide, decideAndClose } from './models/checkout-page.js';
import { blockFirstPopup } from './models/popup-blocker.js';
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

test('offers a target=_top link when the browser refuses to navigate the top window', async ({ page }) => {
  // A host that lets its frame navigate the top window only on a user's click. A Safari-style
  // block runs the real window.open, which uses up the click's activation, and the window is
  // closed at once; the redirect fallback that follows has no activation left.
  await blockFirstPopup(page, 'closed');
  const sandbox = 'allow-scripts allow-same-origin allow-popups allow-top-navigation-by-user-activation';
  await page.goto(
    `${host('/e2e/pages/widget.html?mode=popup&popupBlocked=redirect')}&sandbox=${encodeURIComponent(sandbox)}`,
  );
  const frame = page.frameLocator('#checkout');
  await frame.getByRole('button', { name: 'PayPal', exact: true }).click();

  const link = frame.getByRole('link', { name: 'Continue to PayPal' });
  await expect(link).toBeVisible();
  await expect(link).toBeFocused();
  await expect(link).toHaveAttribute('target', '_top');
  expect(new URL(page.url()).host).toBe(`shop.test:${DEMO_PORT}`);

  await link.click();
  await page.waitForURL(`${SANDBOX_URL}/checkout/**`);
  await expect(page.getByRole('button', { name: 'Approve', exact: true })).toBeVisible();
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
