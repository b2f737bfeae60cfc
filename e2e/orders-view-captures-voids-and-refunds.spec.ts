import { expect, test } from './fixtures.js';
import { payWith, signIn } from './models/shopper.js';

test('capture part, then the rest, refund part; a refund above what is captured is refused; a chargeback marks it disputed', async ({
  checkout,
  sandbox,
  page,
}) => {
  await signIn(page, 'ada', 'pay');
  const { invoiceId, row } = await payWith(checkout, 'Klarna', 'later');
  const status = row.locator('[data-role="status"]');
  const amount = row.getByRole('textbox', { name: /Amount for/ });
  await expect(status).toHaveText('Authorized');
  await expect(row).toContainText('authorization valid until');

  await amount.fill('10.00');
  await row.getByRole('button', { name: 'Capture amount' }).click();
  await expect(status).toHaveText('Partly captured');
  await expect(row).toContainText('captured €10.00');
  await row.getByRole('button', { name: 'Capture', exact: true }).click();
  await expect(status).toHaveText('Captured');
  await expect(row).toContainText('captured €24.00');

  await row.getByRole('textbox', { name: /Amount for/ }).fill('5.00');
  await row.getByRole('button', { name: 'Refund amount' }).click();
  await expect(status).toHaveText('Partly refunded');
  await expect(row).toContainText('refunded €5.00');

  // More than is left to refund: refused, said on the order, nothing moves.
  await row.getByRole('textbox', { name: /Amount for/ }).fill('100.00');
  await row.getByRole('button', { name: 'Refund amount' }).click();
  await expect(row.getByRole('alert')).toContainText(/above|exceeds|remaining|more than/i);
  await expect(status).toHaveText('Partly refunded');
  expect(await sandbox.invoice(invoiceId)).toMatchObject({
    transaction: { captured_amount: '24.00', refunded_amount: '5.00' },
  });

  // The shopper's bank disputes it (the sandbox's control): the webhook marks the order, live.
  await sandbox.call('POST', `/sandbox/invoices/${invoiceId}/chargeback`, { reason: 'fraud' });
  await expect(row.locator('[data-role="disputed"]')).toHaveText('Disputed');
  // Words, not the enums: the raw status stays reachable for developers as data-status.
  await expect(status).toHaveAttribute('data-status', 'partially-refunded');
  await expect(page.locator('#orders')).not.toContainText(
    /partially-|authorization-pending|completed|\bdisputed\b/,
  );
});

test('capture after the authorization expired is refused and said; void then releases it', async ({
  checkout,
  sandbox,
  page,
}) => {
  await signIn(page, 'ada', 'pay');
  const { invoiceId, row } = await payWith(checkout, 'PayPal', 'later');
  const status = row.locator('[data-role="status"]');
  await expect(status).toHaveText('Authorized');
  await sandbox.call('POST', `/sandbox/invoices/${invoiceId}/expire-authorization`);
  await row.getByRole('button', { name: 'Capture', exact: true }).click();
  await expect(row.getByRole('alert')).toContainText(/expired/i);
  await expect(status).toHaveText('Authorized');
  expect((await sandbox.invoice(invoiceId)).transaction).toMatchObject({ captured_amount: '0.00' });

  await row.getByRole('button', { name: 'Void' }).click();
  await expect(status).toHaveText('Voided');
  expect(await sandbox.invoice(invoiceId)).toMatchObject({ status: 'voided' });
});

test('capture now, and capture by itself at auto_capture_at', async ({ checkout, sandbox, page }) => {
  await signIn(page, 'ada', 'pay');
  const now = await payWith(checkout, 'PayPal', 'now');
  await expect(now.row.locator('[data-role="status"]')).toHaveText('Captured');
  expect(await sandbox.invoice(now.invoiceId)).toMatchObject({ transaction: { captured_amount: '24.00' } });

  await page.getByRole('button', { name: 'Place another order' }).click();
  const auto = await payWith(checkout, 'PayPal', 'auto');
  await expect(auto.row.locator('[data-role="status"]')).toHaveText('Authorized');
  await expect(auto.row).toContainText('captures by itself at');
  const invoice = await sandbox.invoice(auto.invoiceId);
  expect(Date.parse(String(invoice.auto_capture_at))).toBeGreaterThan(Date.now() + 30 * 60 * 1000);
});
