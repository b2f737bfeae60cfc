import { expect, test } from './fixtures.js';
import { decide } from './models/checkout-page.js';
import { DEMO_URL, SANDBOX_URL } from './playwright.config.js';

test('shows the method list again when the shopper goes back from the provider page', async ({
  checkout,
  page,
}) => {
  await page.addInitScript(() => {
    addEventListener('pageshow', (event) => {
      document.documentElement.dataset.restored = String(event.persisted);
    });
  });
  await checkout.goto('redirect');
  await checkout.chooseAndLeave('PayPal');

  await page.goBack({ waitUntil: 'commit' });
  await expect(page).toHaveURL(`${DEMO_URL}/?mode=redirect`);
  await expect(checkout.method('PayPal')).toBeEnabled();
  await expect(checkout.method('Klarna')).toBeEnabled();
  await expect(checkout.widget.getByText(/Redirecting/)).toHaveCount(0);
  const restored = await page.locator('html').getAttribute('data-restored');
  test
    .info()
    .annotations.push({ type: 'came back by', description: restored === 'true' ? 'bfcache' : 'reload' });

  // Not only enabled: choosing again works.
  await checkout.chooseAndLeave('Klarna');
  await decide(page, 'Approve');
  await page.waitForURL(`${DEMO_URL}/?*`, { waitUntil: 'commit' });
  await expect(page.locator('#saved-method')).toHaveText('Klarna');
});

test('resets "Redirecting…" when a pageshow says the page came back from the cache', async ({
  checkout,
  page,
}) => {
  // A 204 answer cancels the navigation, so the page stays on "Redirecting…"; then replay what a
  // bfcache restore fires (Playwright's Chromium does not always keep pages in the bfcache).
  await page.route(`${SANDBOX_URL}/checkout/**`, (route) => route.fulfill({ status: 204 }));
  await checkout.goto('redirect');
  await checkout.method('PayPal').click();
  await expect(checkout.shows('Redirecting to PayPal…')).toBeVisible();
  await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })));

  await expect(checkout.method('PayPal')).toBeEnabled();
  await expect(checkout.widget.getByText(/Redirecting/)).toHaveCount(0);
});
