import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { approvedGatewayRequest, configId, decide, startSandbox, type TestSandbox } from './helpers.js';

let t: TestSandbox;
beforeEach(async () => {
  t = await startSandbox();
});
afterEach(() => t.close());

const newInvoice = async (fields: Record<string, unknown> = {}) =>
  (await t.api('POST', '/invoices', { name: 'Lamp', amount: '10.00', currency: 'EUR', ...fields })).body
    .invoice;

describe('invoice refusals', () => {
  it('refuses to authorize with a disabled token, and accepts it once re-enabled', async () => {
    const { customer, token, gatewayRequest } = await approvedGatewayRequest(t);
    const base = `/customers/${customer.id}/tokens/${token.id}`;
    await t.api('PUT', base, { source: gatewayRequest });
    await t.api('PUT', `${base}/disable`);
    const iv = await newInvoice({ customer_id: customer.id });
    const refused = await t.api('POST', `/invoices/${iv.id}/authorize`, { source: token.id });
    expect(refused.status).toBe(400);
    expect(refused.body.error_type).toBe('token.not-chargeable');
    expect((await t.api('GET', `/invoices/${iv.id}`)).body.invoice.status).toBe('pending');
    await t.api('PUT', `${base}/enable`);
    const authorized = await t.api('POST', `/invoices/${iv.id}/authorize`, { source: token.id });
    expect(authorized.body.invoice.status).toBe('authorized');
  });

  it('refuses to void an invoice that is not authorized', async () => {
    const pending = await newInvoice();
    const res = await t.api('POST', `/invoices/${pending.id}/void`);
    expect(res.status).toBe(409);
    expect(res.body.error_type).toBe('transaction.not-voidable');

    const captured = await newInvoice();
    const page = `/checkout/${t.project.id}/${captured.id}/redirect/${await configId(t)}`;
    const source = (await decide(t, page, 'approve')).body.delivery.message.data;
    await t.api('POST', `/invoices/${captured.id}/capture`, { source });
    const late = await t.api('POST', `/invoices/${captured.id}/void`);
    expect(late.status).toBe(409);
    expect(late.body.error_type).toBe('transaction.not-voidable');
    expect((await t.api('GET', `/invoices/${captured.id}`)).body.invoice.status).toBe('completed');
  });

  it('answers 404 resource.not-found on every sub-route of an unknown invoice', async () => {
    for (const [action, body] of [
      ['authorize', { source: 'gway_req_unknown' }],
      ['capture', {}],
      ['void', undefined],
      ['refunds', {}],
    ] as const) {
      const res = await t.api('POST', `/invoices/iv_unknown/${action}`, body);
      expect(res.status, action).toBe(404);
      expect(res.body).toMatchObject({ success: false, error_type: 'resource.not-found' });
    }
    expect((await t.api('GET', '/invoices/iv_unknown')).status).toBe(404);
  });

  // Found by the fuzz suite: a bad capture_amount was refused as invalid_fields ["amount"], a field not sent.
  it('names the capture amount field the caller sent, capture_amount or the older amount', async () => {
    const invoice = await newInvoice();
    const page = `/checkout/${t.project.id}/${invoice.id}/redirect/${await configId(t)}`;
    const source = (await decide(t, page, 'approve')).body.delivery.message.data;
    await t.api('POST', `/invoices/${invoice.id}/authorize`, { source });
    for (const [body, field] of [
      [{ capture_amount: '\u0000' }, 'capture_amount'],
      [{ capture_amount: '99.00' }, 'capture_amount'],
      [{ amount: 'x' }, 'amount'],
      [{ amount: '99.00' }, 'amount'],
    ] as const) {
      const res = await t.api('POST', `/invoices/${invoice.id}/capture`, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.invalid_fields, JSON.stringify(body)).toEqual([field]);
    }
    const pending = await newInvoice();
    const pendingPage = `/checkout/${t.project.id}/${pending.id}/redirect/${await configId(t)}`;
    const other = (await decide(t, pendingPage, 'approve')).body.delivery.message.data;
    const legacy = await t.api('POST', `/invoices/${pending.id}/capture`, {
      source: other,
      authorize_only: true,
      amount: '5.00',
    });
    expect(legacy.body.invalid_fields).toEqual(['amount']);
  });
});
