import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMerchant } from './merchant-harness.js';

let harness: Awaited<ReturnType<typeof startMerchant>>;
beforeAll(async () => {
  harness = await startMerchant();
});
afterAll(() => harness.close());

describe('a signed-in shopper’s checkout with saved methods', () => {
  it('gives a guest no blank token to save, and a signed-in shopper one of their own customer', async () => {
    expect((await harness.browser()('POST', '/api/invoices')).json.saveTokenId).toBeNull();
    const call = harness.browser();
    await call('POST', '/api/sign-in', { shopper: 'grace' });
    const { invoice, saveTokenId } = (await call('POST', '/api/invoices')).json as unknown as {
      invoice: { customer_id: string };
      saveTokenId: string;
    };
    const token = await harness.sandboxCall('GET', `/customers/${invoice.customer_id}/tokens/${saveTokenId}`);
    expect(token.json.token).toMatchObject({ type: 'pending', customer_id: invoice.customer_id });
  });

  it('pays with a saved tok_ the shopper chose in the drop-in, and refuses another customer’s', async () => {
    const { call, tokenId } = await harness.shopperWithSavedMethod('ada');
    const { invoice } = (await call('POST', '/api/invoices')).json as { invoice: { id: string } };
    const paid = await call('POST', '/api/invoices/pay', { invoiceId: invoice.id, token: tokenId });
    expect(paid.status).toBe(200);
    expect(paid.json.invoice).toMatchObject({ status: 'authorized', transaction: { token_id: tokenId } });

    const other = harness.browser();
    await other('POST', '/api/sign-in', { shopper: 'alan' });
    const theirs = (await other('POST', '/api/invoices')).json as { invoice: { id: string } };
    const refused = await other('POST', '/api/invoices/pay', {
      invoiceId: theirs.invoice.id,
      token: tokenId,
    });
    expect(refused.status).toBe(422);
    expect(refused.json.error_type).toBe('token.customer-mismatch');
  });

  it('records the token a pay and save saved, and lists it', async () => {
    const call = harness.browser();
    await call('POST', '/api/sign-in', { shopper: 'alan' });
    const { invoice, saveTokenId } = (await call('POST', '/api/invoices')).json as unknown as {
      invoice: { id: string };
      saveTokenId: string;
    };
    const configs = await harness.sandboxCall(
      'GET',
      '/gateway-configurations?filter=alternative-payment-methods',
    );
    const paypal = (configs.json.gateway_configurations as { id: string; gateway: { name: string } }[]).find(
      (c) => c.gateway.name === 'paypal',
    );
    const source = await harness.decide(`${invoice.id}/${saveTokenId}/redirect/${paypal?.id}`, 'approve');
    const paid = await call('POST', '/api/invoices/pay', { invoiceId: invoice.id, token: source });
    expect(paid.json.token).toMatchObject({ id: saveTokenId, type: 'gateway_token', is_chargeable: true });
    const listed = (await call('GET', '/api/saved-methods')).json.tokens as { id: string; state: string }[];
    expect(listed).toContainEqual(expect.objectContaining({ id: saveTokenId, state: 'active' }));
    expect(harness.merchant.store.savedMethods.find(saveTokenId)).toMatchObject({ state: 'active' });
  });
});
