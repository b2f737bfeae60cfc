import { expect, test } from './fixtures.js';
import { decideAndClose } from './models/checkout-page.js';

interface Operation {
  type: string;
  has_failed: boolean;
}

test.describe('bad paths on Pay now end in a clear state, on the page and at the sandbox', () => {
  test('a declined APM: said in the drop-in, the invoice failed with nothing captured, and payable again', async ({
    checkout,
    sandbox,
  }) => {
    await checkout.goto('popup', 'pay');
    await decideAndClose(await checkout.choose('PayPal'), 'Decline');
    await expect(checkout.shows('PayPal declined — try another')).toBeVisible();
    const { id } = await checkout.merchantInvoice();
    expect(await sandbox.invoice(id)).toMatchObject({
      status: 'failed',
      transaction: { status: 'failed', authorized: false, captured_amount: '0.00' },
    });
    await decideAndClose(await checkout.choose('Klarna'), 'Approve');
    await expect(checkout.paid.getByRole('heading', { name: 'Payment authorized' })).toBeVisible();
    expect(await sandbox.invoice(id)).toMatchObject({ status: 'authorized' });
  });

  test('a canceled flow: said in the drop-in, nothing charged', async ({ checkout, sandbox }) => {
    await checkout.goto('popup', 'pay');
    await decideAndClose(await checkout.choose('Klarna'), 'Cancel');
    await expect(checkout.shows('You canceled — choose a payment method')).toBeVisible();
    const { id } = await checkout.merchantInvoice();
    expect(await sandbox.invoice(id)).toMatchObject({ status: 'pending' });
  });

  test('an expired gway_req_: the merchant is refused, the page says so and the shopper pays again', async ({
    checkout,
    sandbox,
    page,
  }) => {
    await checkout.goto('popup', 'pay');
    // The gateway request expires on its way to the merchant server (the sandbox's control, as if 15 min passed).
    await page.route('**/api/invoices/pay', async (route) => {
      const { token } = route.request().postDataJSON() as { token: string };
      await sandbox.call('POST', `/sandbox/gateway-requests/${token}/expire`);
      await route.continue();
    });
    await decideAndClose(await checkout.choose('PayPal'), 'Approve');
    await expect(checkout.notice).toContainText(/couldn.t take that payment: .*expired/i);
    const { id } = await checkout.merchantInvoice();
    expect(await sandbox.invoice(id)).toMatchObject({ status: 'pending' });
    await page.unroute('**/api/invoices/pay');
    await decideAndClose(await checkout.choose('PayPal'), 'Approve');
    await expect(checkout.paid.getByRole('heading', { name: 'Payment authorized' })).toBeVisible();
    expect(await sandbox.invoice(id)).toMatchObject({ status: 'authorized' });
  });

  test('a double submit of one payment is exactly one charge', async ({ checkout, sandbox, page }) => {
    await checkout.goto('popup', 'pay');
    const answers: number[] = [];
    // The page's request goes out twice at once, as a double click or a retried request would.
    await page.route('**/api/invoices/pay', async (route) => {
      const body = route.request().postDataJSON();
      const [first, second] = await Promise.all([
        route.fetch(),
        page.request.post('/api/invoices/pay', { data: body }),
      ]);
      answers.push(first.status(), second.status());
      await route.fulfill({ response: first });
    });
    await decideAndClose(await checkout.choose('PayPal'), 'Approve');
    await expect(checkout.paid.getByRole('heading', { name: 'Payment authorized' })).toBeVisible();
    expect(answers).toEqual([200, 200]);
    const { id } = await checkout.merchantInvoice();
    const invoice = await sandbox.invoice(id);
    const operations = (invoice.transaction as { operations: Operation[] }).operations;
    expect(operations.filter((op) => op.type === 'authorization' && !op.has_failed)).toHaveLength(1);
    expect(invoice).toMatchObject({ status: 'authorized', transaction: { authorized_amount: '24.00' } });
  });
});
