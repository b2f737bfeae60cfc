import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { confirmWith, createSession, pagePath, submit } from './checkout-session-helpers.js';
import { configId, startSandbox, type TestSandbox } from './helpers.js';

let t: TestSandbox;
beforeEach(async () => {
  t = await startSandbox();
});
afterEach(() => t.close());

async function invoice(fields: Record<string, unknown> = {}) {
  const res = await t.api('POST', '/invoices', {
    name: 'Order 7',
    amount: '24.00',
    currency: 'EUR',
    ...fields,
  });
  return res.body.invoice;
}

describe('checkout sessions in payment mode', () => {
  it('authorizes the invoice on Confirm through the APM the shopper picked', async () => {
    const iv = await invoice();
    const session = await createSession(t, { mode: 'payment', invoice_id: iv.id });
    expect(session).toMatchObject({ mode: 'payment', invoice_id: iv.id, token_id: null });
    const klarna = await configId(t, 'klarna');
    const { status, location } = await confirmWith(t, session, 'klarna');
    expect(status).toBe(303);
    expect(new URL(location ?? '').searchParams.get('checkout_session_id')).toBe(session.id);
    const read = (await t.api('GET', `/invoices/${iv.id}`)).body.invoice;
    expect(read).toMatchObject({
      status: 'authorized',
      transaction: { status: 'authorized', gateway_configuration_id: klarna },
    });
  });

  it('lists only enabled APMs that take the invoice currency', async () => {
    const iv = await invoice({ currency: 'SEK', amount: '100.00' });
    const session = await createSession(t, { mode: 'payment', invoice_id: iv.id });
    const html = await (await fetch(`${t.url}${pagePath(session)}`)).text();
    expect(html).toContain('Pay SEK');
    for (const name of ['PayPal', 'Klarna', 'Swish']) expect(html).toContain(`<span>${name}</span>`);
    for (const name of ['iDEAL', 'Bancontact', 'BLIK', 'Alipay'])
      expect(html).not.toContain(`<span>${name}</span>`);
  });

  it('refuses an APM that does not take the invoice currency', async () => {
    const iv = await invoice();
    const session = await createSession(t, { mode: 'payment', invoice_id: iv.id });
    const res = await submit(t, session, 'confirm', await configId(t, 'blik'));
    expect(res.status).toBe(400);
    expect((await t.api('GET', `/invoices/${iv.id}`)).body.invoice.status).toBe('pending');
    expect((await t.api('GET', `/checkout-sessions/${session.id}`)).body.checkout_session.status).toBe(
      'open',
    );
  });

  it('leaves the invoice unpaid on Cancel', async () => {
    const iv = await invoice();
    const session = await createSession(t, { mode: 'payment', invoice_id: iv.id });
    expect((await submit(t, session, 'cancel')).status).toBe(303);
    expect((await t.api('GET', `/invoices/${iv.id}`)).body.invoice).toMatchObject({ status: 'pending' });
  });

  it('takes the invoice customer when no customer is given', async () => {
    const customer = (await t.api('POST', '/customers', { first_name: 'Grace' })).body.customer;
    const iv = await invoice({ customer_id: customer.id });
    const session = await createSession(t, { mode: 'payment', invoice_id: iv.id, customer: null });
    expect(session.customer_id).toBe(customer.id);
  });

  it('refuses an invoice that is already authorized', async () => {
    const iv = await invoice();
    const first = await createSession(t, { mode: 'payment', invoice_id: iv.id });
    const second = await createSession(t, { mode: 'payment', invoice_id: iv.id });
    await confirmWith(t, first);
    const page = await fetch(`${t.url}${pagePath(second)}`);
    expect(page.status).toBe(409);
    const res = await t.api('POST', '/checkout-sessions', {
      mode: 'payment',
      invoice_id: iv.id,
      customer: { first_name: 'Ada' },
      success_url: 'https://shop.example/ok',
      cancel_url: 'https://shop.example/no',
    });
    expect(res.status).toBe(409);
    expect(res.body.error_type).toBe('invoice.already-authorized');
  });
});
