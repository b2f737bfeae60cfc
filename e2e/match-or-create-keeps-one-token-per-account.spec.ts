import { expect, test } from './fixtures.js';
import { savePayPal, signIn } from './models/shopper.js';

test('saving the same APM account twice answers the token saved first (matched), not a second one', async ({
  checkout,
  sandbox,
  page,
}) => {
  await signIn(page, 'grace');
  const account = `twice-${Date.now()}@example.com`;
  const first = await savePayPal(checkout, account);
  await page.getByRole('button', { name: 'Use another method' }).click();
  const second = await savePayPal(checkout, account.toUpperCase());
  expect(second).toBe(first);
  const customerId = (await checkout.merchantToken()).customer_id;
  const { tokens } = await sandbox.call<{ tokens: { id: string; type: string; summary: string }[] }>(
    'GET',
    `/customers/${customerId}/tokens`,
  );
  const same = tokens.filter((t) => t.type === 'gateway_token' && t.summary === 't…@example.com');
  expect(same.map((t) => t.id)).toEqual([first]);
});
