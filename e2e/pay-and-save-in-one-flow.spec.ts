import { expect, test } from './fixtures.js';
import { decideAndClose } from './models/checkout-page.js';
import { signIn } from './models/shopper.js';

test('Pay now with "Save PayPal for future payments": one provider flow pays the invoice and saves the token', async ({
  checkout,
  sandbox,
  page,
}) => {
  await signIn(page, 'alan', 'pay');
  await expect(checkout.method('PayPal')).toBeVisible();
  const save = checkout.widget.getByRole('checkbox', { name: 'Save PayPal for future payments' });
  // Only for APMs that can tokenize: iDEAL pays, but cannot be saved.
  await expect(checkout.widget.getByRole('checkbox', { name: 'Save iDEAL for future payments' })).toHaveCount(
    0,
  );
  const consent = checkout.widget.getByText(/you allow this shop to charge your PayPal account/);
  await expect(consent).toHaveCount(0);
  await save.check();
  // The consent is shown before the shopper goes on to the provider.
  await expect(consent).toBeVisible();

  const popup = await checkout.choose('PayPal');
  await expect(popup.getByText(/account is also saved/)).toBeVisible();
  await decideAndClose(popup, 'Approve');
  await expect(checkout.paid.getByRole('heading', { name: 'Payment authorized' })).toBeVisible();
  const savedText = (await page.locator('#paid-saved').textContent()) ?? '';
  const tokenId = /tok_[\w-]+/.exec(savedText)?.[0] ?? '';
  expect(tokenId).not.toBe('');

  const invoice = await sandbox.invoice((await checkout.merchantInvoice()).id);
  expect(invoice).toMatchObject({ status: 'authorized', transaction: { authorized_amount: '24.00' } });
  const token = await sandbox.token(String(invoice.customer_id), tokenId);
  expect(token).toMatchObject({ type: 'gateway_token', is_chargeable: true, summary: 'a…@example.com' });
  // The merchant lists it, and the next checkout's drop-in offers it first.
  await expect
    .poll(async () =>
      ((await (await page.request.get('/api/saved-methods')).json()).tokens as { id: string }[]).map(
        (t) => t.id,
      ),
    )
    .toContain(tokenId);
  await page.getByRole('button', { name: 'Place another order' }).click();
  await expect(
    checkout.widget
      .getByRole('group', { name: 'Your saved methods' })
      .getByRole('button', { name: 'PayPal a…@example.com', exact: true }),
  ).toBeVisible();
});

test('without the box ticked, nothing is saved', async ({ checkout, sandbox, page }) => {
  await signIn(page, 'alan', 'pay');
  const ids = async () =>
    ((await (await page.request.get('/api/saved-methods')).json()).tokens as { id: string }[]).map(
      (t) => t.id,
    );
  const before = await ids();
  await decideAndClose(await checkout.choose('Klarna'), 'Approve');
  await expect(page.locator('#paid-saved')).toHaveText('not saved');
  const invoice = await sandbox.invoice((await checkout.merchantInvoice()).id);
  expect(invoice.status).toBe('authorized');
  const added = (await ids()).filter((id) => !before.includes(id));
  const klarna = (
    await Promise.all(added.map((id) => sandbox.token(String(invoice.customer_id), id)))
  ).filter(
    (token) =>
      token.gateway_configuration_id ===
      (invoice.transaction as { gateway_configuration_id: string }).gateway_configuration_id,
  );
  expect(klarna).toEqual([]);
});
