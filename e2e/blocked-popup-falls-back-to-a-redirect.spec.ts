import { expect, test } from './fixtures.js';
import { decide } from './models/checkout-page.js';
import { blockFirstPopup } from './models/popup-blocker.js';
import { DEMO_URL, SANDBOX_URL } from './playwright.config.js';

test('navigates to the provider when the popup is blocked and the fallback is a redirect', async ({
  page,
  checkout,
  sandbox,
}) => {
  await blockFirstPopup(page);
  await page.goto('/e2e/pages/engine.html?popupBlocked=redirect');
  await expect(page.locator('#status')).toHaveText('Ready');
  const { customerId, tokenId } = await page.evaluate(() => window.engine.checkout);

  // The promise stays pending while the page navigates away, so it is not awaited.
  await page.evaluate(() => {
    void window.engine.tokenize('PayPal', 'popup');
  });
  await page.waitForURL(`${SANDBOX_URL}/checkout/**`);
  expect(new URL(page.url()).pathname).toContain(`/${customerId}/${tokenId}/redirect/`);
  await decide(page, 'Approve');

  // The registered return_url is the demo checkout page, whose handleReturn() finishes the flow.
  await page.waitForURL(`${DEMO_URL}/**`);
  await expect(page.locator('#saved-verification')).toHaveAttribute('data-status', 'success');
  expect(await checkout.merchantToken()).toMatchObject({ id: tokenId, customer_id: customerId });
  expect(await sandbox.token(customerId, tokenId)).toMatchObject({
    type: 'gateway_token',
    is_chargeable: true,
  });
});
