import { expect, test } from './fixtures.js';
import { decideAndClose } from './models/checkout-page.js';

test('pays an invoice through handleInvoiceAction on Paydrop.Client', async ({ page, sandbox, checkout }) => {
  await page.goto('/e2e/pages/processout-invoice.html');
  await expect(page.getByRole('button', { name: 'Pay with iDEAL' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Pay with Swish' })).toHaveCount(0);

  const popup = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Pay with iDEAL' }).click();
  await decideAndClose(await popup, 'Approve');

  const { id } = await checkout.merchantInvoice();
  await expect(page.locator('#success')).toHaveText(`Invoice ${id} authorized with gway_req_…`);
  await expect(page.locator('#errors')).toBeEmpty();
  expect(await sandbox.invoice(id)).toMatchObject({ status: 'authorized' });
});

test('reports a decline through handleInvoiceAction’s error callback', async ({
  page,
  sandbox,
  checkout,
}) => {
  await page.goto('/e2e/pages/processout-invoice.html');
  const popup = page.waitForEvent('popup');
  await page.getByRole('button', { name: 'Pay with PayPal' }).click();
  await decideAndClose(await popup, 'Decline');

  await expect(page.locator('#errors')).toHaveText(/^gateway\.declined: /);
  await expect(page.locator('#success')).toBeEmpty();
  const { id } = await checkout.merchantInvoice();
  expect(await sandbox.invoice(id)).toMatchObject({ status: 'failed' });
});
