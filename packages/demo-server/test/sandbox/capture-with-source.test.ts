import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { configId, decide, startSandbox, type TestSandbox } from './helpers.js';

let t: TestSandbox;
beforeEach(async () => {
  t = await startSandbox();
});
afterEach(() => t.close());

async function invoiceWithSource(amount: string, currency: string, gateway: string) {
  const iv = (await t.api('POST', '/invoices', { name: 'Lamp', amount, currency })).body.invoice;
  const page = `/checkout/${t.project.id}/${iv.id}/redirect/${await configId(t, gateway)}`;
  const source = (await decide(t, page, 'approve')).body.delivery.message.data ?? '';
  return { id: iv.id, source };
}

async function authorizedEvents() {
  const list = (await t.api('GET', '/events')).body as unknown as { events: Array<{ type: string }> };
  return list.events.filter((e) => e.type === 'transaction.authorized');
}

describe('capture with a source', () => {
  it('authorizes and captures in one call', async () => {
    const { id, source } = await invoiceWithSource('10.00', 'EUR', 'paypal');
    const res = await t.api('POST', `/invoices/${id}/capture`, { source, amount: '4.00' });
    expect(res.status).toBe(200);
    expect(res.body.invoice.status).toBe('partially-captured');
  });

  it('changes nothing when the amount is above the invoice', async () => {
    const { id, source } = await invoiceWithSource('10.00', 'EUR', 'paypal');
    const res = await t.api('POST', `/invoices/${id}/capture`, { source, amount: '20.00' });
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({ error_type: 'request.validation-error', invalid_fields: ['amount'] });
    expect((await t.api('GET', `/invoices/${id}`)).body.invoice).toMatchObject({
      status: 'pending',
      transaction: null,
    });
    expect(await authorizedEvents()).toHaveLength(0);
    // The gateway request was not spent: it still authorizes.
    expect((await t.api('POST', `/invoices/${id}/authorize`, { source })).body.invoice.status).toBe(
      'authorized',
    );
  });

  it('changes nothing on an APM that confirms later, and says why', async () => {
    const { id, source } = await invoiceWithSource('5.00', 'SEK', 'swish');
    const res = await t.api('POST', `/invoices/${id}/capture`, { source });
    expect(res.status).toBe(409);
    expect(res.body.error_type).toBe('transaction.not-capturable');
    expect(res.body.message).toMatch(/later/);
    expect((await t.api('GET', `/invoices/${id}`)).body.invoice.status).toBe('pending');
    const authorized = await t.api('POST', `/invoices/${id}/authorize`, { source });
    expect(authorized.body.invoice.status).toBe('authorization-pending');
  });
});
