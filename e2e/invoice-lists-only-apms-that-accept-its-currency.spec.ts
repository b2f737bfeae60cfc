import { expect, test } from './fixtures.js';

test('lists only the enabled APMs that accept the invoice currency (EUR)', async ({ checkout }) => {
  await checkout.goto('popup', 'pay');
  await expect(checkout.widget.getByRole('button')).toHaveText(['PayPal', 'Klarna', 'iDEAL', 'Bancontact']);
  // Swish takes SEK, BLIK PLN; Alipay takes EUR but is disabled.
  for (const name of ['Swish', 'BLIK', 'Alipay']) await expect(checkout.method(name)).toHaveCount(0);
});

test('lists tokenization-capable APMs, whatever their currency, when saving a payment method', async ({
  checkout,
}) => {
  await checkout.goto('popup');
  await expect(checkout.method('Swish')).toBeVisible();
  for (const name of ['iDEAL', 'BLIK']) await expect(checkout.method(name)).toHaveCount(0);
});
