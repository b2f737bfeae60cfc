import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { configId, decide, startSandbox, type TestSandbox, tokenPagePath } from './helpers.js';

let t: TestSandbox;
beforeEach(async () => {
  t = await startSandbox();
});
afterEach(() => t.close());

/** A customer, a blank token and a €20.00 invoice for that customer: what a merchant makes for "pay and save". */
async function payAndSaveSetup() {
  const customer = (
    await t.api('POST', '/customers', { first_name: 'Jo', email: 'jo@example.com', currency: 'EUR' })
  ).body.customer;
  const blank = (
    await t.api('POST', `/customers/${customer.id}/tokens`, { return_url: 'https://shop.example/' })
  ).body.token;
  const invoice = (
    await t.api('POST', '/invoices', {
      name: 'Beans',
      amount: '20.00',
      currency: 'EUR',
      customer_id: customer.id,
      return_url: 'https://shop.example/',
    })
  ).body.invoice;
  const page = async (tokenId = blank.id, gateway = 'paypal') =>
    `/checkout/${t.project.id}/${invoice.id}/redirect/${await configId(t, gateway)}?token_id=${tokenId}`;
  return { customer, blank, invoice, page };
}

/** Decides on a page whose path carries a query, as the hosted script posts it (the outcome path keeps it). */
async function approveOn(pageUrl: string, outcome = 'approve') {
  const [path, query] = pageUrl.split('?');
  const res = await t.api(
    'POST',
    `${path}/outcome?${query}`,
    { outcome, state: `s${Math.random()}`.replace('.', '') },
    {
      auth: 'none',
    },
  );
  return res;
}

describe('pay and save in one provider flow', () => {
  it('takes the blank token in the path too, as the widget opens the page (/iv_…/tok_…/redirect/…)', async () => {
    const { blank, invoice } = await payAndSaveSetup();
    const path = `/checkout/${t.project.id}/${invoice.id}/${blank.id}/redirect/${await configId(t, 'paypal')}`;
    const page = await t.api('GET', `${path}?state=abc`, undefined, { auth: 'none' });
    expect(page.status).toBe(200);
    expect(page.text).toContain('is also saved');
    // Another customer's blank token in that place is no page at all.
    const other = (await t.api('POST', '/customers', { first_name: 'Al' })).body.customer;
    const theirs = (await t.api('POST', `/customers/${other.id}/tokens`, {})).body.token;
    const wrong = `/checkout/${t.project.id}/${invoice.id}/${theirs.id}/redirect/${await configId(t, 'paypal')}`;
    expect((await t.api('GET', wrong, undefined, { auth: 'none' })).status).toBe(404);
    const source = (await approveOn(`${path}?state=abc`)).body.delivery.message.data;
    const paid = await t.api('POST', `/invoices/${invoice.id}/authorize`, { source });
    expect(paid.body.token).toMatchObject({ id: blank.id, type: 'gateway_token', is_chargeable: true });
  });

  it('authorizes the invoice and saves the customer token, linked in the answer', async () => {
    const { customer, blank, invoice, page } = await payAndSaveSetup();
    const source = (await approveOn(await page())).body.delivery.message.data;
    const paid = await t.api('POST', `/invoices/${invoice.id}/authorize`, { source });
    expect(paid.status).toBe(200);
    expect(paid.body.invoice).toMatchObject({ status: 'authorized' });
    expect(paid.body.token).toMatchObject({
      id: blank.id,
      type: 'gateway_token',
      is_chargeable: true,
      summary: 'j…@example.com',
    });
    expect(paid.body.matched).toBe(false);
    const token = (await t.api('GET', `/customers/${customer.id}/tokens/${blank.id}`)).body.token;
    expect(token).toMatchObject({ type: 'gateway_token', is_chargeable: true });
    // The saved token then pays without the shopper (MIT).
    const next = (
      await t.api('POST', '/invoices', {
        name: 'Refill',
        amount: '5.00',
        currency: 'EUR',
        customer_id: customer.id,
      })
    ).body.invoice;
    const mit = await t.api('POST', `/invoices/${next.id}/authorize`, { source: blank.id });
    expect(mit.body.invoice).toMatchObject({ status: 'authorized' });
  });

  it('tells the shopper on the provider page that the account is saved too', async () => {
    const { page } = await payAndSaveSetup();
    const html = await (await fetch(`${t.url}${await page()}&state=abc`)).text();
    expect(html).toContain('is also saved');
    expect(html).toMatch(/outcome\?token_id=tok_/);
  });

  it('never saves on its own: the gateway request cannot fill the token without paying', async () => {
    const { customer, blank, page } = await payAndSaveSetup();
    const source = (await approveOn(await page())).body.delivery.message.data;
    const saved = await t.api('PUT', `/customers/${customer.id}/tokens/${blank.id}`, { source });
    expect(saved.status).toBe(400);
    expect(saved.body.error_type).toBe('gateway-request.mismatch');
    expect((await t.api('GET', `/customers/${customer.id}/tokens/${blank.id}`)).body.token.type).toBe(
      'pending',
    );
  });

  it('answers the token the customer already has for that account, flagged matched', async () => {
    const { customer, invoice, page } = await payAndSaveSetup();
    const first = (
      await t.api('POST', `/customers/${customer.id}/tokens`, { return_url: 'https://shop.example/' })
    ).body.token;
    const tokenPage = tokenPagePath(t, customer.id, first.id, await configId(t));
    const earlier = (await decide(t, tokenPage, 'approve')).body.delivery.message.data;
    await t.api('PUT', `/customers/${customer.id}/tokens/${first.id}`, { source: earlier });
    const source = (await approveOn(await page())).body.delivery.message.data;
    const paid = await t.api('POST', `/invoices/${invoice.id}/authorize`, { source });
    expect(paid.body).toMatchObject({ matched: true, token: { id: first.id } });
  });

  it('offers no page for another customer’s token, an APM that cannot save, or an invoice without a customer', async () => {
    const { page } = await payAndSaveSetup();
    const other = await payAndSaveSetup();
    expect((await fetch(`${t.url}${await page(other.blank.id)}`)).status).toBe(404);
    expect((await fetch(`${t.url}${await page(undefined, 'ideal')}`)).status).toBe(404);
    const anonymous = (await t.api('POST', '/invoices', { name: 'x', amount: '1.00', currency: 'EUR' })).body
      .invoice;
    const url = `${t.url}/checkout/${t.project.id}/${anonymous.id}/redirect/${await configId(t)}?token_id=${other.blank.id}`;
    expect((await fetch(url)).status).toBe(404);
  });

  it('saves nothing when the shopper declines', async () => {
    const { customer, blank, invoice, page } = await payAndSaveSetup();
    await approveOn(await page(), 'decline');
    expect((await t.api('GET', `/invoices/${invoice.id}`)).body.invoice.status).toBe('failed');
    expect((await t.api('GET', `/customers/${customer.id}/tokens/${blank.id}`)).body.token.type).toBe(
      'pending',
    );
  });
});
