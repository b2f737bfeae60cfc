import { expect, test } from './fixtures.js';
import { decideAndClose } from './models/checkout-page.js';

test('runs ProcessOut’s published browser sample on Paydrop.Client', async ({ page, sandbox, checkout }) => {
  await page.goto('/e2e/pages/processout-compat.html');
  const links = page.locator('#apms-payment-form .my-apm-link');
  await expect(links.first()).toBeVisible();
  await expect(links).toContainText(['Save payment details with PayPal']);

  const popup = page.waitForEvent('popup');
  await page.getByText('Save payment details with PayPal', { exact: true }).click();
  await decideAndClose(await popup, 'Approve');

  const success = page.locator('#success');
  await expect(success).toHaveText(/^Success! Token gway_req_[\w-]+ on customer cust_[\w-]+$/);
  await expect(page.locator('#errors')).toBeEmpty();
  const text = (await success.textContent()) ?? '';
  const [, token = '', customerId = ''] = /Token (\S+) on customer (\S+)/.exec(text) ?? [];
  const { id, customer_id } = await checkout.merchantToken();
  expect(customerId).toBe(customer_id);
  expect(await sandbox.saveToken(customer_id, id, token)).toMatchObject({ is_chargeable: true });
});

test('reports a cancel through the sample’s error callback', async ({ page }) => {
  await page.goto('/e2e/pages/processout-compat.html');
  const popup = page.waitForEvent('popup');
  await page.getByText('Save payment details with PayPal', { exact: true }).click();
  await decideAndClose(await popup, 'Cancel');

  await expect(page.locator('#errors')).not.toBeEmpty();
  await expect(page.locator('#success')).toBeEmpty();
});
