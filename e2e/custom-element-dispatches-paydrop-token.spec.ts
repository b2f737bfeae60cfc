import { expect, test } from './fixtures.js';
import { decideAndClose } from './models/checkout-page.js';

test('<paydrop-checkout> from the script tag dispatches paydrop-token after an approval', async ({
  page,
  sandbox,
}) => {
  await page.goto('/e2e/pages/custom-element.html');
  const element = page.locator('paydrop-checkout');
  // Playwright pierces the element's open shadow root.
  const popup = page.waitForEvent('popup');
  await element.getByRole('button', { name: 'PayPal', exact: true }).click();
  await decideAndClose(await popup, 'Approve');

  const result = page.locator('#result');
  await expect(result).toHaveText(/^token gway_req_[\w-]+ customer cust_\S+ tokenId tok_\S+$/);
  const [, token = '', customerId = '', tokenId = ''] =
    /token (\S+) customer (\S+) tokenId (\S+)/.exec((await result.textContent()) ?? '') ?? [];
  expect(await element.getAttribute('customer-id')).toBe(customerId);
  expect(await element.getAttribute('token-id')).toBe(tokenId);
  expect(await sandbox.saveToken(customerId, tokenId, token)).toMatchObject({ is_chargeable: true });
});

test('<paydrop-checkout> dispatches paydrop-error when the shopper cancels', async ({ page }) => {
  await page.goto('/e2e/pages/custom-element.html');
  const popup = page.waitForEvent('popup');
  await page.locator('paydrop-checkout').getByRole('button', { name: 'PayPal', exact: true }).click();
  await decideAndClose(await popup, 'Cancel');
  await expect(page.locator('#result')).toHaveText('error customer.canceled');
});
