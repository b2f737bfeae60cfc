import { expect, test } from './fixtures.js';
import { savePayPal, signIn } from './models/shopper.js';

test('a returning shopper sees their saved method first, pays with it in one click and removes it after confirming', async ({
  checkout,
  sandbox,
  page,
}) => {
  await signIn(page, 'grace');
  const tokenId = await savePayPal(checkout);
  const customerId = (await checkout.merchantToken()).customer_id;

  // Pay now: the saved method heads the list, with its masked account, and pays with no provider window.
  await checkout.goto('popup', 'pay');
  const saved = checkout.widget.getByRole('group', { name: 'Your saved methods' });
  const paypal = saved.getByRole('button', { name: 'PayPal g…@example.com', exact: true });
  await expect(paypal).toBeVisible();
  let popups = 0;
  page.on('popup', () => popups++);
  await paypal.click();
  await expect(checkout.paid.getByRole('heading', { name: 'Payment authorized' })).toBeVisible();
  expect(popups).toBe(0);
  const invoice = await checkout.merchantInvoice();
  expect(await sandbox.invoice(invoice.id)).toMatchObject({
    status: 'authorized',
    customer_id: customerId,
    transaction: { token_id: tokenId, authorized_amount: '24.00' },
  });
  const orders = (await (await page.request.get('/api/orders')).json()).orders as { invoice_id: string }[];
  expect(orders.map((o) => o.invoice_id)).toContain(invoice.id);

  // Another order: remove the saved method, which takes a confirmation first.
  await page.getByRole('button', { name: 'Place another order' }).click();
  await saved.getByRole('button', { name: 'Remove PayPal g…@example.com' }).click();
  await expect(saved.getByRole('button', { name: 'Keep' })).toBeFocused();
  await saved.getByRole('button', { name: 'Remove', exact: true }).click();
  await expect(paypal).toBeHidden();
  await expect(checkout.method('PayPal')).toBeVisible();
  // Deleted at the sandbox with the customer session, and token.deleted reached the merchant.
  const list = await sandbox.call<{ tokens: { id: string }[] }>('GET', `/customers/${customerId}/tokens`);
  expect(list.tokens.map((t) => t.id)).not.toContain(tokenId);
  await expect
    .poll(async () => {
      const methods = (await (await page.request.get('/api/saved-methods')).json()).tokens as {
        id: string;
      }[];
      return methods.map((m) => m.id);
    })
    .not.toContain(tokenId);
  await expect(page.locator(`#methods li[data-token-id="${tokenId}"]`)).toHaveCount(0);
});
