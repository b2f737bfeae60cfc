import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  configId,
  createCustomerAndToken,
  decide,
  startSandbox,
  type TestSandbox,
  tokenPagePath,
} from './helpers.js';

let t: TestSandbox;
beforeEach(async () => {
  t = await startSandbox();
});
afterEach(() => t.close());

async function events(type: string) {
  const list = (await t.api('GET', '/events')).body as unknown as {
    events: Array<{ type: string; data: Record<string, { id: string; status?: string }> }>;
  };
  return list.events.filter((e) => e.type === type);
}

describe('Decline on a hosted page', () => {
  it('fails the token’s verification, keeps it unchargeable and announces token.verification_failed', async () => {
    const { customer, token } = await createCustomerAndToken(t);
    const page = tokenPagePath(t, customer.id, token.id, await configId(t));
    const res = await decide(t, page, 'decline');
    expect(res.body.delivery.message).toMatchObject({ action: 'error', code: 'gateway.declined' });
    const read = (await t.api('GET', `/customers/${customer.id}/tokens/${token.id}`)).body.token;
    expect(read).toMatchObject({ type: 'pending', verification_status: 'failed', is_chargeable: false });
    const [event] = await events('token.verification_failed');
    expect(event?.data.token?.id).toBe(token.id);
  });

  it('lets the shopper approve the same token afterwards', async () => {
    const { customer, token } = await createCustomerAndToken(t);
    await decide(t, tokenPagePath(t, customer.id, token.id, await configId(t)), 'decline');
    const page = tokenPagePath(t, customer.id, token.id, await configId(t, 'klarna'));
    const source = (await decide(t, page, 'approve')).body.delivery.message.data;
    const saved = await t.api('PUT', `/customers/${customer.id}/tokens/${token.id}`, { source });
    expect(saved.body.token).toMatchObject({ verification_status: 'success', is_chargeable: true });
  });

  it('fails the invoice’s payment and announces transaction.failed', async () => {
    const iv = (await t.api('POST', '/invoices', { name: 'Lamp', amount: '10.00', currency: 'EUR' })).body
      .invoice;
    const conf = await configId(t);
    const res = await decide(t, `/checkout/${t.project.id}/${iv.id}/redirect/${conf}`, 'decline');
    expect(res.body.delivery.message).toMatchObject({ action: 'error', code: 'gateway.declined' });
    const read = (await t.api('GET', `/invoices/${iv.id}`)).body.invoice;
    expect(read).toMatchObject({ status: 'failed' });
    expect(read.transaction).toMatchObject({ status: 'failed', gateway_configuration_id: conf });
    const [event] = await events('transaction.failed');
    expect(event?.data.invoice).toMatchObject({ id: iv.id, status: 'failed' });
  });

  it('lets the shopper pay a declined invoice with another attempt', async () => {
    const iv = (await t.api('POST', '/invoices', { name: 'Lamp', amount: '10.00', currency: 'EUR' })).body
      .invoice;
    const page = `/checkout/${t.project.id}/${iv.id}/redirect/${await configId(t)}`;
    await decide(t, page, 'decline');
    const source = (await decide(t, page, 'approve')).body.delivery.message.data;
    const paid = await t.api('POST', `/invoices/${iv.id}/authorize`, { source });
    expect(paid.body.invoice.status).toBe('authorized');
  });

  it('answers 409 on the page of an invoice that is already authorized', async () => {
    const iv = (await t.api('POST', '/invoices', { name: 'Lamp', amount: '10.00', currency: 'EUR' })).body
      .invoice;
    const page = `/checkout/${t.project.id}/${iv.id}/redirect/${await configId(t)}`;
    const source = (await decide(t, page, 'approve')).body.delivery.message.data;
    await t.api('POST', `/invoices/${iv.id}/authorize`, { source });
    expect((await decide(t, page, 'decline')).status).toBe(409);
    expect((await t.api('GET', `/invoices/${iv.id}`)).body.invoice.status).toBe('authorized');
  });
});
