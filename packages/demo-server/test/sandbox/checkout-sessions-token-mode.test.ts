import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CANCEL_URL, confirmWith, createSession, readToken, submit } from './checkout-session-helpers.js';
import { configId, startSandbox, type TestSandbox } from './helpers.js';

let t: TestSandbox;
beforeEach(async () => {
  t = await startSandbox();
});
afterEach(() => t.close());

describe('checkout sessions in token mode', () => {
  it('creates the customer and a blank, unchargeable token with the session', async () => {
    const session = await createSession(t);
    expect(session).toMatchObject({
      id: expect.stringMatching(/^cs_[A-Za-z0-9_-]{32}$/),
      url: `${t.url}/checkout-sessions/${session.id}/pay`,
      status: 'open',
      mode: 'token',
      customer_id: expect.stringMatching(/^cust_/),
      token_id: expect.stringMatching(/^tok_/),
      invoice_id: null,
      success_url: 'https://shop.example/done?cart=42',
      cancel_url: CANCEL_URL,
    });
    const hours = (Date.parse(String(session.expires_at)) - Date.parse(String(session.created_at))) / 3.6e6;
    expect(hours).toBe(24);
    const customer = (await t.api('GET', `/customers/${session.customer_id}`)).body.customer;
    expect(customer).toMatchObject({ first_name: 'Ada', email: 'ada@example.com', currency: 'EUR' });
    expect(await readToken(t, session)).toMatchObject({
      type: 'pending',
      is_chargeable: false,
      verification_status: 'not-requested',
      gateway_configuration_id: null,
    });
  });

  it('uses an existing customer given by customer_id', async () => {
    const customer = (await t.api('POST', '/customers', { first_name: 'Grace' })).body.customer;
    const session = await createSession(t, { customer: null, customer_id: customer.id });
    expect(session.customer_id).toBe(customer.id);
  });

  it('reads the session back with GET', async () => {
    const session = await createSession(t);
    const res = await t.api('GET', `/checkout-sessions/${session.id}`);
    expect(res.status).toBe(200);
    expect(res.body.checkout_session).toEqual(session);
  });

  it('activates the token on Confirm and only then makes it chargeable', async () => {
    const session = await createSession(t);
    const paypal = await configId(t, 'paypal');
    const { status, location } = await submit(t, session, 'confirm', paypal);
    expect(status).toBe(303);
    expect(location).toBe(`https://shop.example/done?cart=42&checkout_session_id=${session.id}`);
    expect(await readToken(t, session)).toMatchObject({
      type: 'gateway_token',
      is_chargeable: true,
      verification_status: 'success',
      gateway_configuration_id: paypal,
    });
    const read = (await t.api('GET', `/checkout-sessions/${session.id}`)).body.checkout_session;
    expect(read).toMatchObject({ status: 'complete', gateway_configuration_id: paypal });
  });

  it('charges an invoice with the token once the session is complete', async () => {
    const session = await createSession(t);
    const invoice = (await t.api('POST', '/invoices', { name: 'Box', amount: '5.00', currency: 'EUR' })).body
      .invoice;
    const early = await t.api('POST', `/invoices/${invoice.id}/authorize`, { source: session.token_id });
    expect(early.body.error_type).toBe('token.not-chargeable');
    await confirmWith(t, session);
    const later = await t.api('POST', `/invoices/${invoice.id}/authorize`, { source: session.token_id });
    expect(later.body.invoice).toMatchObject({ status: 'authorized' });
  });

  it('creates and activates nothing on Cancel and sends the shopper to cancel_url', async () => {
    const session = await createSession(t);
    const { status, location } = await submit(t, session, 'cancel');
    expect(status).toBe(303);
    expect(location).toBe(`${CANCEL_URL}?checkout_session_id=${session.id}`);
    expect(await readToken(t, session)).toMatchObject({ type: 'pending', is_chargeable: false });
    const tokens = (await t.api('GET', `/customers/${session.customer_id}/tokens`)).body.tokens;
    expect(tokens).toHaveLength(1);
    const read = (await t.api('GET', `/checkout-sessions/${session.id}`)).body.checkout_session;
    expect(read).toMatchObject({ status: 'canceled', gateway_configuration_id: null });
  });

  it('keeps a canceled blank token unusable for payments', async () => {
    const session = await createSession(t);
    await submit(t, session, 'cancel');
    const invoice = (await t.api('POST', '/invoices', { name: 'Box', amount: '5.00', currency: 'EUR' })).body
      .invoice;
    const res = await t.api('POST', `/invoices/${invoice.id}/authorize`, { source: session.token_id });
    expect(res.status).toBe(400);
    expect(res.body.error_type).toBe('token.not-chargeable');
  });
});
