import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMerchant } from './merchant-harness.js';

let harness: Awaited<ReturnType<typeof startMerchant>>;
beforeAll(async () => {
  harness = await startMerchant();
});
afterAll(() => harness.close());

async function authorizedOrder() {
  const call = harness.browser();
  await call('POST', '/api/sign-in', { shopper: 'ada' });
  const { invoice } = (await call('POST', '/api/invoices')).json;
  const token = await harness.approveInvoice(invoice.id);
  const { order } = (await call('POST', '/api/invoices/pay', { invoiceId: invoice.id, token })).json;
  return { call, invoice, order };
}

const orderNow = (id: string) => harness.merchant.store.orders.find(id);

describe('webhooks drive the merchant’s orders', () => {
  it('follows a capture and a refund made through the sandbox API, not the merchant', async () => {
    const { invoice, order } = await authorizedOrder();
    await harness.sandboxCall('POST', `/invoices/${invoice.id}/capture`, {});
    await expect.poll(() => orderNow(order.id)?.status).toBe('completed');
    await harness.sandboxCall('POST', `/invoices/${invoice.id}/refunds`, { amount: '4.00' });
    await expect.poll(() => orderNow(order.id)?.refundedAmount).toBe('4.00');
    expect(orderNow(order.id)?.status).toBe('partially-refunded');
  });

  it('follows a void made through the sandbox API', async () => {
    const { invoice, order } = await authorizedOrder();
    await harness.sandboxCall('POST', `/invoices/${invoice.id}/void`);
    await expect.poll(() => orderNow(order.id)?.status).toBe('voided');
  });

  it('marks an order disputed when the sandbox raises a chargeback on its capture', async () => {
    const { call, invoice, order } = await authorizedOrder();
    await call('POST', `/api/orders/${order.id}/capture`, {});
    expect(orderNow(order.id)?.disputed).toBe(false);
    await harness.sandboxCall('POST', `/sandbox/invoices/${invoice.id}/chargeback`, { reason: 'fraud' });
    await expect.poll(() => orderNow(order.id)?.disputed).toBe(true);
    const listed = (await call('GET', '/api/orders')).json.orders.find((o) => o.id === order.id);
    expect(listed).toMatchObject({ disputed: true, status: 'completed' });
  });

  it('marks a saved method failed when its asynchronous verification fails', async () => {
    const call = harness.browser();
    await call('POST', '/api/sign-in', { shopper: 'alan' });
    const { customerId, tokenId } = (await call('POST', '/api/checkout')).json;
    const token = await harness.approve(customerId, tokenId, 'approve-async', { gateway: 'bancontact' });
    await call('POST', '/api/tokens/save', { customerId, tokenId, token });
    expect(harness.merchant.store.savedMethods.find(tokenId)?.state).toBe('pending');
    await expect.poll(() => harness.merchant.store.savedMethods.find(tokenId)?.state).toBe('failed');
    const listed = (await call('GET', '/api/saved-methods')).json.tokens;
    expect(listed).toEqual([expect.objectContaining({ id: tokenId, state: 'failed' })]);
  });

  it('streams each change to the shopper’s page as a server-sent event', async () => {
    const { call, invoice, order } = await authorizedOrder();
    const controller = new AbortController();
    const response = await fetch(`${harness.merchantUrl}/api/live`, {
      headers: { cookie: call.cookie() },
      signal: controller.signal,
    });
    expect(response.headers.get('content-type')).toMatch(/text\/event-stream/);
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const decoder = new TextDecoder();
    let seen = '';
    const until = async (text: string) => {
      while (!seen.includes(text)) {
        const { value, done } = await reader.read();
        if (done) throw new Error(`stream ended before ${text}`);
        seen += decoder.decode(value, { stream: true });
      }
    };
    await until('event: ready');
    await harness.sandboxCall('POST', `/invoices/${invoice.id}/void`);
    await until('"status":"voided"');
    expect(seen).toContain(`"id":"${order.id}"`);
    controller.abort();
  });
});
