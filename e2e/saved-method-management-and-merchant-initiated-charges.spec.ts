import { expect, test } from './fixtures.js';
import { savePayPal, signIn } from './models/shopper.js';

interface Order {
  id: string;
  kind: string;
  source: string | null;
  status: string;
  invoice_id: string | null;
}

test('charge the saved method with no shopper present: a double submit is one charge; disabled, it is refused', async ({
  checkout,
  sandbox,
  page,
}) => {
  await signIn(page, 'grace');
  const tokenId = await savePayPal(checkout, `mit-${Date.now()}@example.com`);
  const customerId = (await checkout.merchantToken()).customer_id;
  const charges = async () =>
    ((await (await page.request.get('/api/orders')).json()).orders as Order[]).filter(
      (o) => o.kind === 'saved-method' && o.source === tokenId,
    );
  const form = page.locator('#charge-form');
  // The shopper may have other saved methods (other tests'): choose this one.
  await expect(form.locator(`#charge-token option[value="${tokenId}"]`)).toHaveCount(1);
  await form.locator('#charge-token').selectOption(tokenId);
  await form.locator('#charge-amount').fill('12.00');
  await form.locator('#charge-capture').selectOption('now');
  // Two clicks before the first answer: one attempt, so one order and one charge.
  await page.locator('#charge-submit').dblclick();
  await expect(page.locator('#charge-result')).toHaveText(/Charged: order captured/);
  await expect.poll(async () => (await charges()).length).toBe(1);
  const [order] = await charges();
  const invoice = await sandbox.invoice(String(order?.invoice_id));
  expect(invoice).toMatchObject({
    status: 'completed',
    customer_id: customerId,
    transaction: { token_id: tokenId, captured_amount: '12.00' },
  });
  const transactions = await sandbox.call<{ transactions: { token_id: string }[] }>(
    'GET',
    `/customers/${customerId}/transactions`,
  );
  expect(transactions.transactions.filter((t) => t.token_id === tokenId)).toHaveLength(1);
  await expect(page.locator(`li.order[data-order-id="${order?.id}"] [data-role="status"]`)).toHaveText(
    'Captured',
  );

  // Disabled from the saved-methods panel: the next charge is refused, with the reason.
  const method = page.locator(`#methods li[data-token-id="${tokenId}"]`);
  await method.getByRole('button', { name: 'Disable' }).click();
  await expect(method.locator('[data-role="state"]')).toHaveText('Disabled');
  await form.locator('#charge-token').selectOption(tokenId);
  await page.locator('#charge-submit').click();
  await expect(page.locator('#charge-result')).toHaveText(/Refused: .*disabled/i);
  await expect
    .poll(async () => (await charges()).map((o) => o.status).sort())
    .toEqual(['completed', 'failed']);
});

test('disable, enable and delete from the saved-methods panel, each reflected in the drop-in', async ({
  checkout,
  sandbox,
  page,
}) => {
  await signIn(page, 'alan');
  const tokenId = await savePayPal(checkout, `manage-${Date.now()}@example.com`);
  const customerId = (await checkout.merchantToken()).customer_id;
  await checkout.goto('popup', 'pay');
  const saved = checkout.widget
    .getByRole('group', { name: 'Your saved methods' })
    .getByRole('button', { name: 'PayPal m…@example.com', exact: true });
  await expect(saved).toBeVisible();
  const method = page.locator(`#methods li[data-token-id="${tokenId}"]`);

  await method.getByRole('button', { name: 'Disable' }).click();
  await expect(method.locator('[data-role="state"]')).toHaveText('Disabled');
  expect(await sandbox.token(customerId, tokenId)).toMatchObject({ is_enabled: false });
  await expect(checkout.method('PayPal')).toBeVisible();
  await expect(saved).toHaveCount(0);

  await method.getByRole('button', { name: 'Enable' }).click();
  await expect(method.locator('[data-role="state"]')).toHaveText('Active');
  expect(await sandbox.token(customerId, tokenId)).toMatchObject({ is_enabled: true });
  await expect(saved).toBeVisible();

  await method.getByRole('button', { name: 'Delete' }).click();
  await expect(method).toHaveCount(0);
  const list = await sandbox.call<{ tokens: { id: string }[] }>('GET', `/customers/${customerId}/tokens`);
  expect(list.tokens.map((t) => t.id)).not.toContain(tokenId);
  await expect(checkout.method('PayPal')).toBeVisible();
  await expect(saved).toHaveCount(0);
});
