import { expect, test } from './fixtures.js';
import { decideAndClose } from './models/checkout-page.js';
import { blockFirstPopup } from './models/popup-blocker.js';

for (const style of ['null', 'closed'] as const) {
  const browser = style === 'null' ? 'Chrome' : 'Safari';
  test(`offers a Continue button that opens the popup in the new click (${browser}-style block)`, async ({
    checkout,
    sandbox,
    page,
  }) => {
    await blockFirstPopup(page, style);
    await checkout.goto('popup');
    await checkout.method('PayPal').click();

    await expect(checkout.shows('Your browser blocked the PayPal window.')).toBeVisible();
    await expect(checkout.method('PayPal')).toBeDisabled();
    const popup = page.waitForEvent('popup');
    await checkout.continueButton('PayPal').click();
    const provider = await popup;
    await expect(checkout.waiting('PayPal')).toBeVisible();
    await decideAndClose(provider, 'Approve');

    await expect(page.locator('#saved-verification')).toHaveAttribute('data-status', 'success');
    const { id, customer_id } = await checkout.merchantToken();
    expect(await sandbox.token(customer_id, id)).toMatchObject({
      type: 'gateway_token',
      is_chargeable: true,
    });
  });
}

test('lets the headless engine retry a blocked popup from a click of its own', async ({ page, sandbox }) => {
  await blockFirstPopup(page);
  await page.goto('/e2e/pages/engine.html');
  await expect(page.locator('#status')).toHaveText('Ready');
  await page.evaluate(() => {
    void window.engine.tokenize('PayPal', 'popup');
  });

  const popup = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Continue with PayPal' }).click();
  await decideAndClose(await popup, 'Approve');

  await expect(page.locator('#result')).toHaveText(/^token gway_req_[\w-]+$/);
  const token = (await page.locator('#result').textContent())?.replace('token ', '') ?? '';
  const { customerId, tokenId } = await page.evaluate(() => window.engine.checkout);
  expect(await sandbox.saveToken(customerId, tokenId, token)).toMatchObject({ is_chargeable: true });
});
