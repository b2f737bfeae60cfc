import { expect, test } from './fixtures.js';

test('lists only the enabled APMs that accept the invoice currency (EUR)', async ({ checkout }) => {
  await checkout.goto('popup', 'pay');
  await expect(checkout.widget.getByRole('button')).toHaveText(['PayPal', 'Klarna', 'iDEAL', 'Bancontact']);
  // Swish takes SEK, BLIK PLN; Alipay takes EUR but is disabled.
  for (const name of ['Swish', 'BLIK', 'Alipay']) await expect(checkout.method(name)).toHaveCount(0);
});

test('lists the tokenization-capable APMs that take the customer’s currency when saving a method', async ({
  checkout,
}) => {
  await checkout.goto('popup');
  await expect(checkout.methodButtons()).toHaveText(['PayPal', 'Klarna', 'Bancontact']);
  // iDEAL and BLIK are one-off only; Swish tokenizes but takes SEK, and the demo customer pays in EUR.
  for (const name of ['iDEAL', 'BLIK', 'Swish']) await expect(checkout.method(name)).toHaveCount(0);
});
