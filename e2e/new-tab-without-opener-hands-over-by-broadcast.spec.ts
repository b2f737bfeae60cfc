import { expect, test } from './fixtures.js';
import { decide } from './models/checkout-page.js';
import { DEMO_URL } from './playwright.config.js';

test('hands the result to the checkout tab over BroadcastChannel when the new tab lost its opener', async ({
  checkout,
  sandbox,
  page,
}) => {
  await checkout.goto('new-tab');
  const tab = await checkout.choose('PayPal');
  await expect(checkout.shows('Continue in the PayPal tab')).toBeVisible();
  await expect(tab.getByRole('button', { name: 'Approve', exact: true })).toBeVisible();
  // Stands in for Cross-Origin-Opener-Policy: the provider page cannot post back any more.
  await tab.evaluate(() => {
    window.opener = null;
  });
  expect(await tab.evaluate(() => window.opener)).toBeNull();

  // Without an opener the provider redirects this tab to the return page.
  // The waiting tab may close the provider tab once it has the result; until then the tab says so.
  const handedOver = tab
    .getByText('You can close this tab')
    .waitFor()
    .then(
      () => 'said so',
      (error: Error) => (tab.isClosed() ? 'closed by the checkout tab' : Promise.reject(error)),
    );
  await decide(tab, 'Approve');
  await tab.waitForURL(`${DEMO_URL}/?*`, { waitUntil: 'commit' });

  await expect(page.locator('#saved-verification')).toHaveAttribute('data-status', 'success');
  await expect(page.locator('#saved-method')).toHaveText('PayPal');
  test.info().annotations.push({ type: 'provider tab', description: await handedOver });
  const { id, customer_id } = await checkout.savedToken();
  expect(await sandbox.token(customer_id, id)).toMatchObject({ type: 'gateway_token', is_chargeable: true });
});
