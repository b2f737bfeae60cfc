import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { approvedGatewayRequest, configId, decide, startSandbox, type TestSandbox } from './helpers.js';

let t: TestSandbox;
beforeEach(async () => {
  t = await startSandbox();
});
afterEach(() => t.close());

async function authorizedInvoice() {
  const iv = (await t.api('POST', '/invoices', { name: 'Lamp', amount: '10.00', currency: 'EUR' })).body
    .invoice;
  const page = `/checkout/${t.project.id}/${iv.id}/redirect/${await configId(t)}`;
  const source = (await decide(t, page, 'approve')).body.delivery.message.data;
  await t.api('POST', `/invoices/${iv.id}/authorize`, { source });
  return iv;
}

const events = async (type: string, id: string) =>
  (
    (await t.api('GET', '/events')).body as unknown as { events: { type: string; data: unknown }[] }
  ).events.filter((e) => e.type === type && JSON.stringify(e.data).includes(id));

describe('sandbox simulations', () => {
  it('raises transaction.chargeback on a captured invoice, recorded on its transaction', async () => {
    const iv = await authorizedInvoice();
    await t.api('POST', `/invoices/${iv.id}/capture`, {});
    const res = await t.api('POST', `/sandbox/invoices/${iv.id}/chargeback`, {
      amount: '4.00',
      reason: 'fraud',
    });
    expect(res.status).toBe(200);
    expect(res.body.invoice.transaction).toMatchObject({
      chargedback: true,
      chargedback_amount: '4.00',
      available_amount: '6.00',
    });
    expect(await events('transaction.chargeback', iv.id)).toHaveLength(1);
    const rest = await t.api('POST', `/sandbox/invoices/${iv.id}/chargeback`, {});
    expect(rest.body.invoice.transaction).toMatchObject({
      chargedback_amount: '10.00',
      available_amount: '0.00',
    });
    const again = await t.api('POST', `/sandbox/invoices/${iv.id}/chargeback`, {});
    expect(again.status).toBe(409);
    expect(again.body.error_type).toBe('transaction.not-disputable');
  });

  it('refuses a chargeback on an invoice with nothing captured, and sends no event', async () => {
    const iv = await authorizedInvoice();
    const res = await t.api('POST', `/sandbox/invoices/${iv.id}/chargeback`, {});
    expect(res.status).toBe(409);
    expect(res.body.error_type).toBe('transaction.not-disputable');
    expect(await events('transaction.chargeback', iv.id)).toHaveLength(0);
  });

  it('expires an authorization, after which a capture is refused and nothing is captured', async () => {
    const iv = await authorizedInvoice();
    expect((await t.api('POST', `/sandbox/invoices/${iv.id}/expire-authorization`)).status).toBe(200);
    const capture = await t.api('POST', `/invoices/${iv.id}/capture`, {});
    expect(capture.status).toBe(400);
    expect(capture.body.error_type).toBe('transaction.authorization-expired');
    const after = (await t.api('GET', `/invoices/${iv.id}`)).body.invoice;
    expect(after).toMatchObject({ status: 'authorized', transaction: { captured_amount: '0.00' } });
  });

  it('expires a gateway request, after which saving with it is refused', async () => {
    const { customer, token, gatewayRequest } = await approvedGatewayRequest(t);
    expect((await t.api('POST', `/sandbox/gateway-requests/${gatewayRequest}/expire`)).status).toBe(200);
    const saved = await t.api('PUT', `/customers/${customer.id}/tokens/${token.id}`, {
      source: gatewayRequest,
    });
    expect(saved.status).toBe(400);
    expect(saved.body.error_type).toBe('gateway-request.expired');
    expect((await t.api('GET', `/customers/${customer.id}/tokens/${token.id}`)).body.token.type).toBe(
      'pending',
    );
  });

  it('takes the secret key only', async () => {
    const iv = await authorizedInvoice();
    const res = await t.api('POST', `/sandbox/invoices/${iv.id}/expire-authorization`, undefined, {
      auth: 'public',
    });
    expect(res.status).toBe(401);
  });
});
