import { expect, test } from './fixtures.js';
import { decideAndClose } from './models/checkout-page.js';
import { payWith, signIn } from './models/shopper.js';

test('a refund and a void made at the sandbox reach the orders view live, through the merchant’s webhooks', async ({
  checkout,
  sandbox,
  page,
}) => {
  await signIn(page, 'ada', 'pay');
  const captured = await payWith(checkout, 'PayPal', 'now');
  await expect(captured.row.locator('[data-role="status"]')).toHaveText('Captured');
  // Straight to the provider's API, not through the merchant server: only the webhook tells the page.
  await sandbox.call('POST', `/invoices/${captured.invoiceId}/refunds`, { amount: '4.00' });
  await expect(captured.row.locator('[data-role="status"]')).toHaveText('Partly refunded');
  await expect(captured.row).toContainText('refunded €4.00');

  await page.getByRole('button', { name: 'Place another order' }).click();
  const authorized = await payWith(checkout, 'Klarna', 'later');
  await expect(authorized.row.locator('[data-role="status"]')).toHaveText('Authorized');
  await sandbox.call('POST', `/invoices/${authorized.invoiceId}/void`);
  await expect(authorized.row.locator('[data-role="status"]')).toHaveText('Voided');
});

test('a token whose verification fails (token.verification_failed) shows failed in the panel and in the drop-in', async ({
  checkout,
  page,
}) => {
  await signIn(page, 'ada');
  await checkout.goto('popup');
  const popup = await checkout.choose('Bancontact');
  await popup
    .getByRole('textbox', { name: /account/ })
    .fill(`BE71 0961 2345 ${String(Date.now()).slice(-4)}`);
  // Bancontact's asynchronous approval ends failed (the sandbox's rule), announced by webhook.
  await decideAndClose(popup, 'Approve (async)');
  await expect(page.locator('#saved-verification')).toHaveAttribute('data-status', 'pending');
  const tokenId = (await page.locator('#saved-token-id').textContent()) ?? '';
  const method = page.locator(`#methods li[data-token-id="${tokenId}"]`);
  await expect(method.locator('[data-role="state"]')).toHaveText('Verification failed', { timeout: 15_000 });
  await checkout.goto('popup', 'pay');
  const saved = checkout.widget.getByRole('group', { name: 'Your saved methods' });
  const row = saved.getByRole('button', { name: /^Bancontact •••• \d{4}/ }).filter({ hasText: 'Failed' });
  await expect(row.first()).toBeVisible();
  await expect(row.first()).toHaveAttribute('aria-disabled', 'true');
});
