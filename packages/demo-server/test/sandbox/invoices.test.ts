import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AUTHORIZATION_TTL_MS } from '../../src/sandbox/services/invoice-payments.js';
import {
  approvedGatewayRequest,
  configId,
  decide,
  eventually,
  startSandbox,
  type TestSandbox,
} from './helpers.js';

let t: TestSandbox;
beforeEach(async () => {
  t = await startSandbox();
});
afterEach(async () => {
  vi.useRealTimers();
  await t.close();
});

async function invoice(fields: Record<string, unknown> = {}) {
  return (
    await t.api('POST', '/invoices', {
      name: 'Amazing item',
      amount: '9.99',
      currency: 'EUR',
      ...fields,
      return_url: 'https://shop.example/r',
    })
  ).body.invoice;
}
async function paidByPage(ivId: string, outcome = 'approve', gateway = 'paypal') {
  const page = `/checkout/${t.project.id}/${ivId}/redirect/${await configId(t, gateway)}`;
  return (await decide(t, page, outcome)).body.delivery;
}

describe('invoices', () => {
  it('creates an invoice with a decimal amount in the currency’s minor units', async () => {
    const iv = await invoice();
    expect(iv).toMatchObject({ amount: '9.99', currency: 'EUR', status: 'pending', name: 'Amazing item' });
    expect(iv.id).toMatch(/^iv_/);
    const yen = await t.api('POST', '/invoices', { name: 'x', amount: '1000', currency: 'JPY' });
    expect(yen.body.invoice.amount).toBe('1000');
  });

  it('rejects amounts with more decimals than the currency has', async () => {
    for (const [amount, currency] of [
      ['1.5', 'JPY'],
      ['9.999', 'EUR'],
      ['-1', 'EUR'],
      ['abc', 'USD'],
    ]) {
      const res = await t.api('POST', '/invoices', { name: 'x', amount, currency });
      expect(res.status).toBe(400);
      expect(res.body.invalid_fields).toEqual(['amount']);
    }
  });

  it('rejects amounts sent as JSON numbers: amounts are decimal strings', async () => {
    const created = await t.api('POST', '/invoices', { name: 'x', amount: 9.99, currency: 'EUR' });
    expect(created.status).toBe(400);
    expect(created.body.invalid_fields).toEqual(['amount']);
    expect(created.body.message).toContain('decimal string');
    const iv = await invoice();
    const delivery = await paidByPage(iv.id);
    const capture = await t.api('POST', `/invoices/${iv.id}/capture`, {
      source: delivery.message.data,
      amount: 1,
    });
    expect(capture.body.invalid_fields).toEqual(['amount']);
    const refund = await t.api('POST', `/invoices/${iv.id}/refunds`, { amount: 1 });
    expect(refund.body.invalid_fields).toEqual(['amount']);
  });

  it('authorizes with a gateway request from its hosted page, then captures in part and in full', async () => {
    const iv = await invoice({ amount: '24.00' });
    const delivery = await paidByPage(iv.id);
    expect(new URL(delivery.redirect_url ?? '').searchParams.get('invoice_id')).toBe(iv.id);
    const auth = await t.api('POST', `/invoices/${iv.id}/authorize`, { source: delivery.message.data });
    expect(auth.body.invoice).toMatchObject({ status: 'authorized' });
    const part = await t.api('POST', `/invoices/${iv.id}/capture`, { amount: '10.00' });
    expect(part.body.invoice).toMatchObject({ status: 'partially-captured' });
    const rest = await t.api('POST', `/invoices/${iv.id}/capture`, {});
    expect(rest.body.invoice).toMatchObject({ status: 'completed' });
    expect((rest.body.invoice.transaction as Record<string, unknown>).captured_amount).toBe('24.00');
  });

  it('reads refunded once everything a partial capture took is refunded', async () => {
    const iv = await invoice({ amount: '10.00' });
    await t.api('POST', `/invoices/${iv.id}/capture`, {
      source: (await paidByPage(iv.id)).message.data,
      amount: '6.00',
    });
    const refund = await t.api('POST', `/invoices/${iv.id}/refunds`, {});
    expect(refund.body.invoice.status).toBe('refunded');
    expect(refund.body.invoice.transaction).toMatchObject({
      captured_amount: '6.00',
      refunded_amount: '6.00',
    });
  });

  it('refuses a gateway request minted for a token', async () => {
    const iv = await invoice();
    const { gatewayRequest } = await approvedGatewayRequest(t);
    const res = await t.api('POST', `/invoices/${iv.id}/authorize`, { source: gatewayRequest });
    expect(res.body.error_type).toBe('gateway-request.mismatch');
  });

  it('charges a chargeable customer token but not a pending one', async () => {
    const { customer, token, gatewayRequest } = await approvedGatewayRequest(t);
    const iv = await invoice({ customer_id: customer.id });
    const early = await t.api('POST', `/invoices/${iv.id}/authorize`, { source: token.id });
    expect(early.body.error_type).toBe('token.not-chargeable');
    await t.api('PUT', `/customers/${customer.id}/tokens/${token.id}`, { source: gatewayRequest });
    const res = await t.api('POST', `/invoices/${iv.id}/authorize`, { source: token.id });
    expect(res.body.invoice.status).toBe('authorized');
  });

  it('does not capture after the 7-day authorization window', async () => {
    const iv = await invoice();
    await t.api('POST', `/invoices/${iv.id}/authorize`, { source: (await paidByPage(iv.id)).message.data });
    vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + AUTHORIZATION_TTL_MS + 1000 });
    const res = await t.api('POST', `/invoices/${iv.id}/capture`, {});
    expect(res.body.error_type).toBe('transaction.authorization-expired');
  });

  it('voids an authorization and refunds a capture', async () => {
    const a = await invoice();
    await t.api('POST', `/invoices/${a.id}/authorize`, { source: (await paidByPage(a.id)).message.data });
    expect((await t.api('POST', `/invoices/${a.id}/void`)).body.invoice.status).toBe('voided');
    expect((await t.api('POST', `/invoices/${a.id}/capture`, {})).status).toBe(409);

    const b = await invoice();
    await t.api('POST', `/invoices/${b.id}/capture`, { source: (await paidByPage(b.id)).message.data });
    const partial = await t.api('POST', `/invoices/${b.id}/refunds`, { amount: '1.99', reason: 'damaged' });
    expect(partial.body.invoice.status).toBe('partially-refunded');
    const full = await t.api('POST', `/invoices/${b.id}/refunds`, {});
    expect(full.body.invoice.status).toBe('refunded');
    expect((await t.api('POST', `/invoices/${b.id}/refunds`, {})).body.error_type).toBe(
      'transaction.not-refundable',
    );
  });

  it('settles an asynchronous APM payment later and captures automatically when due', async () => {
    const iv = await invoice({ amount: '5.00', currency: 'SEK' });
    const source = (await paidByPage(iv.id, 'approve', 'swish')).message.data;
    const res = await t.api('POST', `/invoices/${iv.id}/authorize`, {
      source,
      auto_capture_at: new Date(Date.now() + 100).toISOString(),
    });
    expect(res.body.invoice.status).toBe('authorization-pending');
    const done = await eventually(async () => {
      const read = (await t.api('GET', `/invoices/${iv.id}`)).body.invoice;
      return read.status === 'completed' ? read : undefined;
    });
    expect(done.status).toBe('completed');
  });

  it('answers 404 for the hosted page of an APM that does not take the invoice currency', async () => {
    const iv = await invoice({ currency: 'USD' });
    const res = await fetch(
      `${t.url}/checkout/${t.project.id}/${iv.id}/redirect/${await configId(t, 'ideal')}?state=s`,
    );
    expect(res.status).toBe(404);
  });
});
