import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMerchant } from './merchant-harness.js';

let harness: Awaited<ReturnType<typeof startMerchant>>;
beforeAll(async () => {
  harness = await startMerchant();
});
afterAll(() => harness.close());

/** A signed-in shopper's €24.00 order, paid with the given capture policy. */
async function paidOrder(capture: Record<string, unknown> = {}) {
  const call = harness.browser();
  await call('POST', '/api/sign-in', { shopper: 'grace' });
  const { invoice } = (await call('POST', '/api/invoices')).json;
  const token = await harness.approveInvoice(invoice.id);
  const paid = await call('POST', '/api/invoices/pay', { invoiceId: invoice.id, token, ...capture });
  return { call, invoice, order: paid.json.order };
}

const sandboxInvoice = async (id: string | null) =>
  (await harness.sandboxCall('GET', `/invoices/${id}`)).json.invoice as Record<string, unknown>;

describe('the order after authorization, on the merchant server', () => {
  it('authorizes only by default, and captures later from the orders view', async () => {
    const { call, order } = await paidOrder();
    expect(order).toMatchObject({ status: 'authorized', capture_policy: 'later', captured_amount: '0.00' });
    const captured = await call('POST', `/api/orders/${order.id}/capture`, {});
    expect(captured.json.order).toMatchObject({ status: 'completed', captured_amount: '24.00' });
    expect(await sandboxInvoice(order.invoice_id)).toMatchObject({ status: 'completed' });
  });

  it('captures at once with capture "now"', async () => {
    const { order } = await paidOrder({ capture: 'now' });
    expect(order).toMatchObject({ status: 'completed', captured_amount: '24.00' });
  });

  it('hands auto_capture_at to the sandbox with capture "auto"', async () => {
    const at = new Date(Date.now() + 3_600_000).toISOString();
    const { order } = await paidOrder({ capture: 'auto', autoCaptureAt: at });
    expect(order.status).toBe('authorized');
    expect(Date.parse(String(order.auto_capture_at))).toBe(Date.parse(at));
  });

  it('captures part, then the rest, and refunds part, then all', async () => {
    const { call, order } = await paidOrder();
    const part = await call('POST', `/api/orders/${order.id}/capture`, { amount: '10.00' });
    expect(part.json.order).toMatchObject({ status: 'partially-captured', captured_amount: '10.00' });
    const rest = await call('POST', `/api/orders/${order.id}/capture`, {});
    expect(rest.json.order).toMatchObject({ status: 'completed', captured_amount: '24.00' });
    const refund = await call('POST', `/api/orders/${order.id}/refunds`, { amount: '4.00' });
    expect(refund.json.order).toMatchObject({ status: 'partially-refunded', refunded_amount: '4.00' });
    const all = await call('POST', `/api/orders/${order.id}/refunds`, {});
    expect(all.json.order).toMatchObject({ status: 'refunded', refunded_amount: '24.00' });
  });

  it('refuses a refund above the captured amount and leaves the order and the invoice as they were', async () => {
    const { call, order } = await paidOrder();
    await call('POST', `/api/orders/${order.id}/capture`, { amount: '10.00' });
    const refused = await call('POST', `/api/orders/${order.id}/refunds`, { amount: '12.00' });
    expect(refused.status).toBe(422);
    expect(refused.json.error_type).toBe('transaction.amount-exceeds-remaining');
    expect(refused.json.order).toMatchObject({ status: 'partially-captured', refunded_amount: '0.00' });
    expect(refused.json.order.last_error).toMatch(/exceeds/);
    const invoice = await sandboxInvoice(order.invoice_id);
    expect(invoice.transaction).toMatchObject({ refunded_amount: '0.00' });
  });

  it('refuses a capture after the authorization expired, and the order stays uncaptured', async () => {
    const { call, order } = await paidOrder();
    await harness.sandboxCall('POST', `/sandbox/invoices/${order.invoice_id}/expire-authorization`);
    const refused = await call('POST', `/api/orders/${order.id}/capture`, {});
    expect(refused.status).toBe(422);
    expect(refused.json.error_type).toBe('transaction.authorization-expired');
    expect(refused.json.order).toMatchObject({ status: 'authorized', captured_amount: '0.00' });
    expect(refused.json.order.last_error).toMatch(/expired/);
  });

  it('voids an authorized order', async () => {
    const { call, order } = await paidOrder();
    const voided = await call('POST', `/api/orders/${order.id}/void`, {});
    expect(voided.json.order).toMatchObject({ status: 'voided' });
  });

  it('captures once when one capture click is sent twice', async () => {
    const { call, order } = await paidOrder();
    const attempt = 'capture-attempt-1';
    const [a, b] = await Promise.all([
      call('POST', `/api/orders/${order.id}/capture`, { amount: '5.00', attempt }),
      call('POST', `/api/orders/${order.id}/capture`, { amount: '5.00', attempt }),
    ]);
    expect([a.status, b.status]).toContain(200);
    const again = await call('POST', `/api/orders/${order.id}/capture`, { amount: '5.00', attempt });
    expect(again.json.order).toMatchObject({ captured_amount: '5.00' });
    expect((await sandboxInvoice(order.invoice_id)).transaction).toMatchObject({ captured_amount: '5.00' });
  });

  it('does not reveal or touch another shopper’s order', async () => {
    const { order } = await paidOrder();
    const other = harness.browser();
    await other('POST', '/api/sign-in', { shopper: 'alan' });
    const refused = await other('POST', `/api/orders/${order.id}/void`, {});
    expect(refused.status).toBe(404);
    expect(refused.json.error_type).toBe('merchant.order-not-found');
    expect(await sandboxInvoice(order.invoice_id)).toMatchObject({ status: 'authorized' });
  });
});
