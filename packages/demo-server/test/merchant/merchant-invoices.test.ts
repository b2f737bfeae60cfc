import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startMerchant } from './merchant-harness.js';

let harness: Awaited<ReturnType<typeof startMerchant>>;
beforeAll(async () => {
  harness = await startMerchant();
});
afterAll(() => harness.close());

describe('paying an invoice through the reference merchant server', () => {
  it('creates a 24.00 EUR invoice that returns to the checkout page', async () => {
    const created = await harness.browser()('POST', '/api/invoices');
    expect(created.status).toBe(200);
    expect(created.json).toMatchObject({ success: true, projectId: harness.sandbox.project.id });
    expect(created.json.invoice).toMatchObject({
      amount: '24.00',
      currency: 'EUR',
      status: 'pending',
      return_url: 'http://shop.example/checkout',
    });
    expect(created.json.invoice.id).toMatch(/^iv_/);
  });

  it('keeps the unpaid invoice across reloads, and gives another shopper their own', async () => {
    const call = harness.browser();
    const first = await call('POST', '/api/invoices');
    const again = await call('POST', '/api/invoices');
    const other = await harness.browser()('POST', '/api/invoices');
    expect(again.json.invoice.id).toBe(first.json.invoice.id);
    expect(other.json.invoice.id).not.toBe(first.json.invoice.id);
  });

  it('authorizes the invoice with a gateway request token from its hosted page', async () => {
    const call = harness.browser();
    const { invoice } = (await call('POST', '/api/invoices')).json;
    const token = await harness.approveInvoice(invoice.id);
    const paid = await call('POST', '/api/invoices/pay', { invoiceId: invoice.id, token });
    expect(paid.status).toBe(200);
    expect(paid.json.invoice).toMatchObject({ id: invoice.id, status: 'authorized', amount: '24.00' });
    expect(paid.json.transaction).toMatchObject({ status: 'authorized', authorized_amount: '24.00' });
    const current = await call('GET', '/api/invoices/current');
    expect(current.json.invoice).toMatchObject({ id: invoice.id, status: 'authorized' });
  });

  it('starts a new invoice once the previous one is paid', async () => {
    const call = harness.browser();
    const { invoice } = (await call('POST', '/api/invoices')).json;
    const token = await harness.approveInvoice(invoice.id);
    await call('POST', '/api/invoices/pay', { invoiceId: invoice.id, token });
    const next = await call('POST', '/api/invoices');
    expect(next.json.invoice.id).not.toBe(invoice.id);
    expect(next.json.invoice.status).toBe('pending');
  });

  it('keeps a declined invoice, which the shopper can then pay with another attempt', async () => {
    const call = harness.browser();
    const { invoice } = (await call('POST', '/api/invoices')).json;
    await harness.approveInvoice(invoice.id, 'decline');
    const again = await call('POST', '/api/invoices');
    expect(again.json.invoice).toMatchObject({ id: invoice.id, status: 'failed' });
    const token = await harness.approveInvoice(invoice.id);
    const paid = await call('POST', '/api/invoices/pay', { invoiceId: invoice.id, token });
    expect(paid.json.invoice).toMatchObject({ id: invoice.id, status: 'authorized' });
  });

  it('refuses to pay an invoice that belongs to another shopper session', async () => {
    const victim = (await harness.browser()('POST', '/api/invoices')).json.invoice;
    const attacker = harness.browser();
    await attacker('POST', '/api/invoices');
    const token = await harness.approveInvoice(victim.id);
    const paid = await attacker('POST', '/api/invoices/pay', { invoiceId: victim.id, token });
    expect(paid.status).toBe(403);
    expect(paid.json.error_type).toBe('merchant.session-mismatch');
    const fresh = await harness.browser()('GET', '/api/invoices/current');
    expect(fresh.status).toBe(404);
  });

  it('refuses to pay before the session has an invoice', async () => {
    const paid = await harness.browser()('POST', '/api/invoices/pay', {
      invoiceId: 'iv_someone_else',
      token: 'gway_req_x',
    });
    expect(paid.status).toBe(403);
  });

  it('answers a malformed pay request with the invalid fields', async () => {
    const call = harness.browser();
    await call('POST', '/api/invoices');
    const paid = await call('POST', '/api/invoices/pay', { token: 'card_not_a_request' });
    expect(paid.status).toBe(400);
    expect(paid.json.invalid_fields).toEqual(expect.arrayContaining(['invoiceId', 'token']));
  });

  it('answers a doubled pay request with the first result, and the sandbox authorizes once', async () => {
    const call = harness.browser();
    const { invoice } = (await call('POST', '/api/invoices')).json;
    const token = await harness.approveInvoice(invoice.id);
    const [first, second] = await Promise.all([
      call('POST', '/api/invoices/pay', { invoiceId: invoice.id, token }),
      call('POST', '/api/invoices/pay', { invoiceId: invoice.id, token }),
    ]);
    const answers = [first, second].filter((r) => r.status === 200);
    expect(answers.length).toBeGreaterThanOrEqual(1);
    for (const answer of answers)
      expect(answer.json.invoice).toMatchObject({ id: invoice.id, status: 'authorized' });
    const replay = await call('POST', '/api/invoices/pay', { invoiceId: invoice.id, token });
    expect(replay.json.invoice).toMatchObject({ id: invoice.id, status: 'authorized' });
    expect(await harness.eventsFor(invoice.id, 'transaction.authorized')).toHaveLength(1);
  });
});
